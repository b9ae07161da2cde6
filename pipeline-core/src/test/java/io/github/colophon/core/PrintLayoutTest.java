package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Book-grade print layout, read back from the PDF: folios, page labels, headers, breaks. */
class PrintLayoutTest {
  @TempDir static Path root;
  private static Path pdf;

  private static final String PARAGRAPH =
      "开放银行是指银行在客户授权的前提下，通过标准接口与第三方机构共享数据和服务能力，"
          + "从而把金融服务嵌入客户所处的场景之中（例如电商、出行与政务平台）。这种模式要求银行在"
          + "安全、合规与体验之间取得平衡，也要求合作方具备相应的风险管理能力。";

  @BeforeAll
  static void build() {
    StringBuilder longTable = new StringBuilder("| 序号 | 机构 | 说明 |\n|---|---|---|\n");
    for (int i = 1; i <= 120; i++) {
      longTable.append("| ").append(i).append(" | 示例银行").append(i).append(" | 统一接口平台建设 |\n");
    }
    StringBuilder chapterOne = new StringBuilder("# 开放银行 {#sec-one}\n\n");
    for (int i = 0; i < 12; i++) {
      chapterOne.append(PARAGRAPH).append(i == 8 ? "这一点有专门的说明[^note]。" : "").append("\n\n");
    }
    chapterOne.append("[^note]: 脚注正文：开放接口的定义以监管文件为准。\n\n");
    chapterOne.append("如 @tbl-long 所示。\n\n").append(longTable).append("\n: 长表 {#tbl-long}\n");
    TestPublication p =
        TestPublication.create(
                root,
                "book",
                """
                title: 测试之书
                subtitle: 开放银行的理论与实践
                kind: book
                language: zh-CN
                version: "1.0"
                date: 2026-11-29
                authors: [作者]
                publisher: 出版社
                front: [preface.md]
                chapters: [chapters/01.md, chapters/02.md]
                """)
            .file("preface.md", "# 序 {#sec-preface}\n\n" + PARAGRAPH + "\n")
            .file("chapters/01.md", chapterOne.toString())
            .file("chapters/02.md", "# 第二章的题目 {#sec-two}\n\n" + PARAGRAPH + "\n");
    pdf = p.buildPdf(root.resolve("out"));
  }

  private static List<String> pages(PdfProbe probe) {
    List<String> pages = new ArrayList<>();
    try {
      for (int p = 1; p <= probe.pdf.getNumberOfPages(); p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(probe.pdf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static int pageStartingUnit(List<String> pages, String heading) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).replaceAll("\\s+", "").contains(heading) && !pages.get(i).contains("目录")) {
        return i;
      }
    }
    throw new AssertionError("no page with " + heading);
  }

  @Test
  void whenTheBodyOpensWithAPartItsPageIsArabicOneAndEveryFolioMatchesItsLabel() throws Exception {
    TestPublication p =
        TestPublication.create(
                root,
                "parts",
                """
                title: 分部之书
                kind: book
                language: zh-CN
                version: "1.0"
                date: 2026-11-29
                front: [preface.md]
                chapters:
                  - part: 第一部分 基础
                    chapters: [chapters/01.md, chapters/02.md]
                """)
            .file("preface.md", "# 序 {#sec-preface}\n\n" + PARAGRAPH + "\n")
            .file("chapters/01.md", "# 第一章 {#sec-one}\n\n" + (PARAGRAPH + "\n\n").repeat(14))
            .file("chapters/02.md", "# 第二章 {#sec-two}\n\n" + PARAGRAPH + "\n");
    BuildResult result =
        new Pipeline()
            .build(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("parts-out")).edition(Edition.RELEASE).build());
    assertTrue(result.succeeded(), result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(root.resolve("parts-out/parts/parts.pdf"))) {
      List<String> pages = pages(probe);
      String[] labels = probe.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      int part = pageStartingUnit(pages, "第一部分基础");
      assertEquals("1", labels[part], "the part page is the body's first page");
      for (int page = part; page < pages.size(); page++) {
        String text = pages.get(page).replaceAll("\\s+", " ").strip();
        if (text.isEmpty() || page == part) {
          continue; // blank versos and the part page print no folio
        }
        assertTrue(
            java.util.Arrays.asList(text.split(" ")).contains(labels[page]),
            "page " + page + " is labelled " + labels[page] + " and must print that folio: " + text);
      }
    }
  }

  /**
   * The cover is set flush left and the title page centred: the first-line indent of Chinese
   * prose must not reach their paragraphs (it once pushed the subtitle, authors and version line
   * of every Chinese cover 2 em to the right of the title).
   */
  @Test
  void coverLinesStartFlushAndTitlePageLinesShareOneCentre() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<PdfProbe.Line> cover = probe.lines(0);
      assertTrue(cover.stream().anyMatch(l -> l.text().contains("开放银行的理论与实践")), cover::toString);
      float flush = cover.get(0).left();
      assertEquals(
          List.of(),
          cover.stream().filter(l -> Math.abs(l.left() - flush) > 0.5f).toList(),
          "cover lines not starting where the first does (" + flush + ")");

      int titlePage = 1;
      while (!probe.pageText(titlePage).contains("开放银行的理论与实践")) {
        titlePage++;
      }
      List<PdfProbe.Line> title = probe.lines(titlePage);
      assertTrue(title.size() >= 4, title::toString); // title, subtitle, authors, publisher
      float centre = title.get(0).centre();
      assertEquals(
          List.of(),
          title.stream().filter(l -> Math.abs(l.centre() - centre) > 1f).toList(),
          "title-page lines off the title's centre (" + centre + ")");
    }
  }

  @Test
  void frontMatterIsLabelledRomanAndTheBodyStartsAtArabicOne() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      String[] labels = probe.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      int chapterOne = pageStartingUnit(pages(probe), "第1章开放银行");
      assertEquals("1", labels[chapterOne]);
      assertEquals("i", labels[0]);
      assertEquals("ii", labels[1]);
      assertTrue(chapterOne >= 4, "cover, title, copyright, contents and preface come first");
      assertEquals("2", labels[chapterOne + 1]);
    }
  }

  /**
   * Justified lines reach the text block's edge and not beyond: the renderer lays every page out
   * at the width of the default page, so the mirrored margins of versos and rectos must add up to
   * the default's, or each line runs past the inner or outer margin and is clipped there.
   */
  @Test
  void everyLineOfABookStaysInsideItsPagesTextBlock() throws Exception {
    float mm = 72f / 25.4f;
    try (PdfProbe probe = new PdfProbe(pdf)) {
      int chapterOne = pageStartingUnit(pages(probe), "第1章开放银行");
      List<String> outside = new ArrayList<>();
      for (int index = chapterOne; index < probe.pdf.getNumberOfPages(); index++) {
        float width = probe.pdf.getPage(index).getMediaBox().getWidth();
        boolean recto = index % 2 == 0; // page 1 of the PDF is a recto
        float left = (recto ? 24 : 20) * mm;
        float right = width - (recto ? 20 : 24) * mm;
        int page = index;
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                float x = text.getXDirAdj();
                if (text.getDir() == 0 && (x < left - 0.5f || x + text.getWidthDirAdj() > right + 0.5f)) {
                  outside.add("page " + (page + 1) + " '" + text.getUnicode() + "' at x=" + x);
                }
              }
            };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(probe.pdf);
      }
      assertEquals(List.of(), outside.stream().limit(5).toList(), "glyphs outside the text block");
    }
  }

  @Test
  void theContentsGiveFrontMatterTheRomanFolioPrintedOnItsPage() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      String[] labels = probe.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      int preface = pageStartingUnit(pages, "序");
      String folio = labels[preface];
      assertTrue(folio.matches("[ivxlc]+"), folio);
      String contents = pages.stream().filter(p -> p.contains("目录")).findFirst().orElseThrow();
      List<String> entries =
          java.util.Arrays.stream(contents.split("\n"))
              .map(line -> line.replaceAll("[\\s.]+", ""))
              .filter(line -> line.startsWith("序"))
              .toList();
      assertEquals(List.of("序" + folio), entries, "the contents' line for the preface");
      assertTrue(
          java.util.Arrays.asList(pages.get(preface).split("\\s+")).contains(folio),
          "the folio " + folio + " is printed on the preface's page: " + pages.get(preface));
    }
  }

  @Test
  void chaptersOfABookOpenOnARectoAndTheFillerVersoIsBlank() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      int chapterOne = pageStartingUnit(pages, "第1章开放银行");
      int chapterTwo = pageStartingUnit(pages, "第2章第二章的题目");
      assertEquals(0, chapterOne % 2, "chapter 1 on an odd (recto) page");
      assertEquals(0, chapterTwo % 2, "chapter 2 on an odd (recto) page");
      for (int start : List.of(chapterOne, chapterTwo)) {
        String before = pages.get(start - 1).replaceAll("\\s+", "");
        boolean onlyFolioOrHeader = before.matches("(测试之书)?[0-9ivxlcdm]+");
        assertTrue(!onlyFolioOrHeader, "a filler verso must be blank, not carry a folio: '" + before + "'");
      }
    }
  }

  @Test
  void runningHeadersShowThePublicationOnVersosAndTheChapterOnRectos() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      int chapterOne = pageStartingUnit(pages, "第1章开放银行");
      String verso = pages.get(chapterOne + 1).strip();
      String recto = pages.get(chapterOne + 2).strip();
      assertTrue(verso.startsWith("测试之书"), verso);
      assertTrue(recto.replaceAll("\\s+", "").startsWith("第1章开放银行"), recto);
    }
  }

  @Test
  void longTableSpansPagesWithItsHeaderRowRepeated() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      List<Integer> withRows = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("示例银行")) {
          withRows.add(i);
        }
      }
      assertTrue(withRows.size() >= 2, "the table spans pages: " + withRows);
      for (int page : withRows) {
        assertTrue(pages.get(page).contains("序号 机构 说明"), "header row on page " + (page + 1));
      }
    }
  }

  @Test
  void noLineStartsWithClosingChinesePunctuation() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      for (String line : probe.text().split("\n")) {
        String l = line.strip();
        assertTrue(l.isEmpty() || PdfProbe.CLOSING_PUNCTUATION.indexOf(l.charAt(0)) < 0, "line starts with closing punctuation: " + l);
      }
    }
  }

  @Test
  void contentsShowThePrintedFolioOfEachChapter() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      String[] labels = probe.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      String contents =
          pages.stream().filter(p -> p.contains("目录")).findFirst().orElseThrow();
      for (String line : contents.split("\n")) {
        String compact = line.replaceAll("[\\s.]+", "");
        if (compact.startsWith("第1章")) {
          String folio = labels[pageStartingUnit(pages, "第1章开放银行")];
          assertEquals("第1章开放银行" + folio, compact);
        }
        if (compact.startsWith("第2章")) {
          String folio = labels[pageStartingUnit(pages, "第2章第二章的题目")];
          assertEquals("第2章第二章的题目" + folio, compact);
        }
      }
      assertTrue(contents.replaceAll("\\s+", "").contains("第2章"), contents);
    }
  }

  @Test
  void aFootnoteIsSetAtTheFootOfThePageThatCallsIt() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<String> pages = pages(probe);
      int calling = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).replaceAll("\\s+", "").contains("这一点有专门的说明")) {
          calling = i;
        }
      }
      assertTrue(calling >= 0, "the calling sentence is in the PDF");
      String page = pages.get(calling).replaceAll("\\s+", "");
      assertTrue(page.contains("脚注正文：开放接口的定义以监管文件为准。"), "footnote on the calling page: " + page);
      assertTrue(
          page.indexOf("脚注正文") > page.indexOf("这一点有专门的说明"), "the note comes after the text, at the foot");
    }
  }
}

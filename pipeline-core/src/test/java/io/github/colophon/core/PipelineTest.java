package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole publications through the facade, with the PDF read back by PDFBox. */
class PipelineTest {
  private static final Pipeline PIPELINE = new Pipeline();
  @TempDir static Path shared;
  private static Path pdf;
  private static Path html;

  static final String CHAPTER_ONE =
      """
      # 开放银行的兴起 {#sec-rise}

      开放银行是指银行在客户授权的前提下，通过标准接口与第三方机构共享数据和服务能力。

      ## 发展动因 {#sec-drivers}

      客户需求的变化推动了银行开放[^1]，详见 @sec-models 与 @case-city。

      [^1]: 本注释仅用于测试脚注。

      ::: {.case #case-city}
      ### 某城市商业银行的接口平台

      该行用十八个月建成统一接口平台，接入合作机构六十余家。
      :::
      """;

  static final String CHAPTER_TWO =
      """
      # 生态模式 {#sec-models}

      | 模式 | 特点 |
      |---|---|
      | 平台型 | 连接多方 |

      : 生态模式比较 {#tbl-models}

      如 @tbl-models 所示，平台型模式连接多方参与者。
      """;

  static TestPublication paper(Path root) {
    return TestPublication.create(
            root,
            "open-banking",
            """
            title: 开放银行生态白皮书
            subtitle: 架构与实践
            kind: white-paper
            language: zh-CN
            version: "2022.1"
            date: 2022-11-15
            authors: [开放银行研究组]
            publisher: 示例出版社
            keywords: [开放银行, API]
            front: [summary.md]
            chapters: [chapters/01.md, chapters/02.md]
            """)
        .file("summary.md", "# 执行摘要\n\n本白皮书讨论开放银行的生态建设。\n")
        .file("chapters/01.md", CHAPTER_ONE)
        .file("chapters/02.md", CHAPTER_TWO);
  }

  static BuildOptions options(Path out) {
    return BuildOptions.builder().outputDirectory(out).buildTime(Instant.parse("2022-11-15T00:00:00Z")).build();
  }

  @BeforeAll
  static void buildOnce() {
    BuildResult result = PIPELINE.build(paper(shared.resolve("src")).folder(), options(shared.resolve("out")));
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    pdf = shared.resolve("out/open-banking/open-banking.pdf");
    html = shared.resolve("out/open-banking/html/index.html");
    assertEquals(List.of(pdf, html), result.outputs());
    assertTrue(result.pages() >= 4, "pages: " + result.pages());
  }

  @Test
  void pdfTextHasTheChineseSentencesAndResolvedNumbers() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      String text = probe.compactText();
      assertTrue(text.contains("开放银行是指银行在客户授权的前提下，通过标准接口与第三方机构共享数据和服务能力。"), text);
      assertTrue(text.contains("详见第2章与案例1"), text);
      assertTrue(text.contains("如表2.1所示"), text);
      assertTrue(text.contains("案例1某城市商业银行的接口平台"), text);
      assertTrue(text.contains("本注释仅用于测试脚注"), text);
    }
  }

  @Test
  void everyFontIsAnEmbeddedSubset() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      List<PdfProbe.FontUse> fonts = probe.fonts();
      assertFalse(fonts.isEmpty());
      for (PdfProbe.FontUse font : fonts) {
        assertTrue(font.embedded() && font.subset(), "not an embedded subset: " + font);
      }
      assertTrue(fonts.stream().anyMatch(f -> f.name().contains("NotoSansSC")), fonts::toString);
    }
  }

  @Test
  void noIdeographExtractsAsARadicalLookAlike() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      String text = probe.text();
      text.codePoints()
          .filter(cp -> (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF))
          .findFirst()
          .ifPresent(cp -> {
            throw new AssertionError("extracted U+%04X".formatted(cp));
          });
      assertTrue(text.contains("一") || text.contains("人") || text.contains("十"), text);
    }
  }

  @Test
  void metadataOutlineAndLinksAreSet() throws Exception {
    try (PdfProbe probe = new PdfProbe(pdf)) {
      var info = probe.pdf.getDocumentInformation();
      assertEquals("开放银行生态白皮书", info.getTitle());
      assertEquals("开放银行研究组", info.getAuthor());
      assertEquals("开放银行, API", info.getKeywords());
      assertEquals("架构与实践", info.getSubject());
      assertEquals("zh-CN", probe.pdf.getDocumentCatalog().getLanguage());
      assertEquals(Instant.parse("2022-11-15T00:00:00Z"), info.getCreationDate().toInstant());
      assertEquals(
          List.of("目录", "执行摘要", "第 1 章 开放银行的兴起", "  1.1 发展动因", "第 2 章 生态模式"),
          probe.outlineTitles());
      // TOC entries plus the three references in the text.
      assertTrue(probe.internalLinks() >= 7, "links: " + probe.internalLinks());
    }
  }

  @Test
  void htmlEditionHasALandingPageAPagePerFileAndALinkToThePdf() throws Exception {
    String index = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(index.contains("<html lang=\"zh-CN\">"), index);
    assertTrue(index.contains("<a href=\"sec-rise.html\"><span class=\"toc-label\">第 1 章</span> 开放银行的兴起</a>"), index);
    assertTrue(index.contains("<a href=\"summary.html\">执行摘要</a>"), index);
    assertTrue(index.contains("href=\"../open-banking.pdf\""), index);
    String chapter = Files.readString(html.resolveSibling("sec-rise.html"), StandardCharsets.UTF_8);
    assertTrue(chapter.contains("<a href=\"sec-models.html#sec-models\" class=\"xref\">第 2 章</a>"), chapter);
    assertTrue(chapter.contains("<a href=\"#case-city\" class=\"xref\">"), chapter);
    assertTrue(chapter.contains("<a href=\"#sec-rise\" aria-current=\"page\">"), chapter);
    for (String file : List.of("colophon.css", "colophon.js", "search-index.js", "summary.html", "sec-models.html")) {
      assertTrue(Files.exists(html.resolveSibling(file)), file);
    }
  }

  @Test
  void failedBuildLeavesThePreviousEditionUntouched(@TempDir Path root) throws Exception {
    TestPublication p = paper(root.resolve("src"));
    Path out = root.resolve("out");
    assertTrue(PIPELINE.build(p.folder(), options(out)).succeeded());
    Path built = out.resolve("open-banking/open-banking.pdf");
    byte[] before = Files.readAllBytes(built);

    p.file("chapters/02.md", CHAPTER_TWO + "\n另见 @fig-missing。\n");
    BuildResult failed = PIPELINE.build(p.folder(), options(out));

    assertFalse(failed.succeeded());
    assertTrue(failed.outputs().isEmpty());
    assertArrayEquals(before, Files.readAllBytes(built));
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(out.resolve("open-banking")), left.toList(), "no staging folders left behind");
    }
  }

  @Test
  void onlyTheRequestedFormatsAreWritten(@TempDir Path root) {
    BuildOptions htmlOnly =
        BuildOptions.builder().outputDirectory(root.resolve("out")).formats(EnumSet.of(Format.HTML)).build();

    BuildResult result = PIPELINE.build(paper(root.resolve("src")).folder(), htmlOnly);

    assertEquals(List.of(root.resolve("out/open-banking/html/index.html")), result.outputs());
    assertFalse(Files.exists(root.resolve("out/open-banking/open-banking.pdf")));
  }

  @Test
  void checkWritesNothing(@TempDir Path root) {
    BuildResult result = PIPELINE.check(paper(root.resolve("src")).folder(), options(root.resolve("out")));

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    assertFalse(Files.exists(root.resolve("out")));
  }

  @Test
  void aLineIsToldAsEachStageEndsWithWhatItMade(@TempDir Path root) {
    TestPublication p = paper(root.resolve("src"));
    List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    BuildResult result =
        PIPELINE.build(
            p.folder(),
            BuildOptions.builder()
                .outputDirectory(root.resolve("out"))
                .buildTime(Instant.parse("2022-11-15T00:00:00Z"))
                .progress(lines::add)
                .build());

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    List<String> stages = lines.stream().map(l -> l.replaceFirst("^" + p.folder().getFileName() + ": (\\w+) .*", "$1")).toList();
    assertEquals(List.of("load", "parse", "check", "pdf", "finish", "html", "write"), stages, lines::toString);
    assertTrue(lines.get(1).matches(".*: parse \\d+\\.\\d s, 3 files"), lines.get(1));
    assertTrue(lines.get(3).matches(".*: pdf \\d+\\.\\d s, " + result.pages() + " pages"), lines.get(3));
    assertTrue(lines.get(5).matches(".*: html \\d+\\.\\d s, \\d+ pages"), lines.get(5));
  }

  @Test
  void pdfReferencesCanShowThePageOfTheirTarget(@TempDir Path root) throws Exception {
    TestPublication p = paper(root.resolve("src"));
    p.file("publication.yaml", new String(java.nio.file.Files.readAllBytes(p.folder().resolve("publication.yaml")), StandardCharsets.UTF_8)
        + "crossref:\n  page-numbers: true\n");

    BuildResult result = PIPELINE.build(p.folder(), options(root.resolve("out")));

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      var m = java.util.regex.Pattern.compile("详见第2章（第(\\d+)页）").matcher(probe.compactText());
      assertTrue(m.find(), probe::compactText);
      // The reference shows the printed folio; the body restarts at 1 after the front matter.
      int page = probe.pdf.getDocumentCatalog().getPageLabels().getPageIndicesByLabels().get(m.group(1)) + 1;
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(probe.pdf).replaceAll("\\s+", "");
      assertTrue(text.contains("第2章生态模式") && !text.contains("目录"), "page " + page + ": " + text);
    }
  }

  @Test
  void failOnWarningMakesWarningsErrorsAndWritesNothing(@TempDir Path root) {
    TestPublication p = paper(root.resolve("src"));
    p.file("chapters/02.md", CHAPTER_TWO + "\n#### 跳级标题\n\n正文。\n");
    BuildOptions strict =
        BuildOptions.builder().outputDirectory(root.resolve("out")).failOnWarning(true).build();

    BuildResult lenient = PIPELINE.check(p.folder(), options(root.resolve("out")));
    BuildResult result = PIPELINE.build(p.folder(), strict);

    assertTrue(lenient.succeeded());
    assertEquals(List.of("heading-level-skip"), lenient.diagnostics().stream().map(Diagnostic::code).toList());
    assertFalse(result.succeeded());
    assertEquals(Severity.ERROR, result.diagnostics().get(0).severity());
    assertTrue(result.diagnostics().get(0).message().endsWith("(a warning; failOnWarning is set)"));
    assertFalse(Files.exists(root.resolve("out/open-banking")));
  }

  @Test
  void listsOfFiguresAndTablesFollowTheContentsWhenAsked(@TempDir Path root) throws Exception {
    TestPublication p = paper(root.resolve("src"));
    p.file("publication.yaml", Files.readString(p.folder().resolve("publication.yaml"), StandardCharsets.UTF_8)
        + "crossref:\n  lot: true\n");

    BuildResult result = PIPELINE.build(p.folder(), options(root.resolve("out")));

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      String text = probe.compactText();
      assertTrue(text.contains("表目录表2.1生态模式比较"), text);
      assertFalse(text.contains("图目录"), "no list of figures unless asked");
    }
  }

  @Test
  void partsGroupTheirChaptersInTheOutline(@TempDir Path root) throws Exception {
    TestPublication p =
        TestPublication.create(
                root,
                "book",
                """
                title: 分部之书
                front: [preface.md]
                chapters:
                  - chapters/01.md
                  - part: 第一部分 实践
                    chapters: [chapters/02.md, chapters/03.md]
                cases: [cases/c1.md]
                appendices: [appendix.md]
                """)
            .file("preface.md", "# 序\n\n正文。\n")
            .file("chapters/01.md", "# 总论\n\n正文。\n")
            .file("chapters/02.md", "# 实践一\n\n## 小节\n\n正文。\n")
            .file("chapters/03.md", "# 实践二\n\n正文。\n")
            .file("cases/c1.md", "# 某行案例\n\n正文。\n")
            .file("appendix.md", "# 术语\n\n正文。\n");

    BuildResult result = PIPELINE.build(p.folder(), options(root.resolve("out")));

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      assertEquals(
          List.of("目录", "序", "第 1 章 总论", "第一部分 实践", "  第 2 章 实践一", "    2.1 小节",
              "  第 3 章 实践二", "案例 1 某行案例", "附录 A 术语"),
          probe.outlineTitles());
      String[] labels = probe.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      var chapterOne = probe.pdf.getDocumentCatalog().getDocumentOutline().children().iterator();
      chapterOne.next();
      chapterOne.next();
      int index = probe.pdf.getPages().indexOf(chapterOne.next().findDestinationPage(probe.pdf));
      assertEquals("1", labels[index], "the body starts at arabic 1 with chapter 1");
    }
  }

  @Test
  void theSummarySaysWhereTheTimeWent(@TempDir Path root) {
    BuildResult result = PIPELINE.build(paper(root.resolve("src")).folder(), options(root.resolve("out")));

    assertEquals(
        List.of("load", "parse", "check", "pdf", "finish", "html", "write"), List.copyOf(result.stages().keySet()));
    assertTrue(
        result.summary().matches("open-banking: pdf \\d+ pages, html, [\\d.]+ s \\(load [\\d.]+ s, parse .*, write [\\d.]+ s\\)"),
        result.summary());
  }

  @Test
  void withAllowRemoteARemoteImageIsLinkedNotCopiedAndAnUnreachableOneDoesNotFailTheBuild(@TempDir Path root)
      throws Exception {
    // A closed port on this machine: the fetch fails at once and the PDF is built without it.
    String url = "http://127.0.0.1:9/figure.png";
    TestPublication p = paper(root.resolve("src"));
    p.file("chapters/02.md", CHAPTER_TWO + "\n![远程图片](" + url + ")\n");
    BuildOptions allow = BuildOptions.builder().outputDirectory(root.resolve("out")).allowRemote(true).build();

    BuildResult result = PIPELINE.build(p.folder(), allow);

    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    assertTrue(Files.exists(root.resolve("out/open-banking/open-banking.pdf")));
    String page = Files.readString(root.resolve("out/open-banking/html/sec-models.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("src=\"" + url + "\""), page);
  }
}

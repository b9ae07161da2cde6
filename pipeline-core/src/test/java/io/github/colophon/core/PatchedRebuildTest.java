package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.bench.SyntheticBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of a rebuild in the same JVM (issue 10): a draft whose only change is one unit's
 * text gets that unit re-rendered and patched into the last PDF. What it gives must read exactly
 * as a full rebuild of the same sources does: every page's text, label, fonts and links, and the
 * outline. Edits it cannot take must give the full rebuild itself.
 */
class PatchedRebuildTest {
  @TempDir Path dir;

  private final List<String> progress = new CopyOnWriteArrayList<>();

  private BuildOptions options(Path out, Edition edition) {
    return BuildOptions.builder()
        .outputDirectory(out)
        .buildTime(Instant.parse("2026-11-29T08:00:00Z"))
        .edition(edition)
        .progress(progress::add)
        .build();
  }

  private Path book() {
    return SyntheticBook.write(dir.resolve("books"), "book", 50, 20261129L);
  }

  private static Path pdfOf(Path out, Path folder) {
    String name = folder.getFileName().toString();
    return out.resolve(name).resolve(name + ".pdf");
  }

  private boolean lastPdfLineSays(String words) {
    String pdf = progress.stream().filter(line -> line.contains(": pdf ")).reduce((a, b) -> b).orElseThrow();
    return pdf.contains(words);
  }

  /** The PDF of a fresh pipeline (a new JVM's first build) from the same sources. */
  private Path fullBuild(Path folder, String out, Edition edition) {
    Path target = dir.resolve(out);
    BuildResult result = new Pipeline().build(folder, options(target, edition));
    assertTrue(result.succeeded(), result.diagnostics().toString());
    return pdfOf(target, folder);
  }

  /** A pipeline that has built {@code folder} once, as a draft: what a rebuild patches from. */
  private Pipeline builtOnce(Path folder, Path out) {
    Pipeline pipeline = new Pipeline();
    assertTrue(pipeline.build(folder, options(out, Edition.DRAFT)).succeeded(), progress.toString());
    return pipeline;
  }

  /**
   * Rebuilds {@code folder} with {@code pipeline}, requires the log to say that {@code units}
   * were re-rendered, and the PDF to read as a fresh full build's.
   */
  private void rebuildIsPatched(Pipeline pipeline, Path folder, Path out, String units) throws IOException {
    assertTrue(pipeline.build(folder, options(out, Edition.DRAFT)).succeeded());
    assertTrue(lastPdfLineSays(units + " re-rendered"), progress.toString());
    assertEquals(
        describe(fullBuild(folder, "full-" + progress.size(), Edition.DRAFT)),
        describe(pdfOf(out, folder)),
        units + ": the patched PDF against a full rebuild");
  }

  @Test
  void anEditedChapterIsReRenderedAloneAndReadsAsAFullRebuild() throws IOException {
    Path folder = book();
    Path out = dir.resolve("out");
    Pipeline pipeline = builtOnce(folder, out);
    for (int round = 1; round <= 2; round++) {
      SyntheticBook.editOneChapter(folder, round);
      rebuildIsPatched(pipeline, folder, out, "book/chapters/02.md");
    }
    SyntheticBook.editOneChapter(folder, 3);
    appendToFirstParagraph(folder.resolve("preface.md"), "（前言也改了一句。）");
    rebuildIsPatched(pipeline, folder, out, "book/preface.md, book/chapters/02.md");
  }

  @Test
  void theFrontMatterACaseStudyAndAWhitePaperArePatchedAsWell() throws IOException {
    Path folder = book();
    Path out = dir.resolve("out");
    Pipeline pipeline = builtOnce(folder, out);
    for (String file : List.of("preface.md", "cases/case-02.md")) {
      appendToFirstParagraph(folder.resolve(file), "（修订：补充一句。）");
      rebuildIsPatched(pipeline, folder, out, "book/" + file);
    }

    TestPublication paper =
        TestPublication.whitePaper(dir.resolve("papers"), "# 概述 {#sec-a}\n\n第一段，见 @sec-b 。\n")
            .file("chapters/02.md", "# 方法 {#sec-b}\n\n第二章的内容，回到 @sec-a 。\n")
            .file("publication.yaml", """
                title: 开放银行白皮书
                kind: white-paper
                language: zh-CN
                version: "1.0"
                date: 2026-11-29
                chapters: [chapters/01.md, chapters/02.md]
                """);
    pipeline.build(paper.folder(), options(out, Edition.DRAFT));
    paper.file("chapters/02.md", "# 方法 {#sec-b}\n\n第二章的内容，改过一遍，回到 @sec-a 。\n");
    rebuildIsPatched(pipeline, paper.folder(), out, "paper/chapters/02.md");
  }

  @Test
  void aChapterMayGrowIntoTheBlankVersoBeforeTheNext() throws IOException {
    TestPublication book =
        TestPublication.create(dir, "short-book", """
                title: 短书
                kind: book
                language: zh-CN
                version: "1.0"
                date: 2026-11-29
                chapters:
                  - part: 第一部分 (the body opens with a part page)
                    chapters: [chapters/01.md, chapters/02.md]
                """)
            .file("chapters/01.md", "# 第一章 {#sec-one}\n\n只有一段，第二章见 @sec-two 。\n")
            .file("chapters/02.md", "# 第二章 {#sec-two}\n\n回到 @sec-one 。\n");
    Path out = dir.resolve("out");
    Pipeline pipeline = new Pipeline();
    BuildResult first = pipeline.build(book.folder(), options(out, Edition.DRAFT));
    String longer = "这一句话用来把第一章加长到第二页上去，直到越过页底。".repeat(70);
    book.file("chapters/01.md", "# 第一章 {#sec-one}\n\n只有一段，第二章见 @sec-two 。\n\n" + longer + "\n");
    rebuildIsPatched(pipeline, book.folder(), out, "short-book/chapters/01.md");
    try (PDDocument pdf = Loader.loadPDF(pdfOf(out, book.folder()).toFile())) {
      assertEquals(first.pages(), pdf.getNumberOfPages(), "chapter 2 still opens on the same recto");
      int pagesWithTheNewText = 0;
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pagesWithTheNewText += stripper.getText(pdf).replaceAll("\\s+", "").contains("这一句话用来") ? 1 : 0;
      }
      assertEquals(2, pagesWithTheNewText, "chapter 1 now fills the verso that was blank");
    }
  }

  private static void appendToFirstParagraph(Path file, String words) throws IOException {
    String text = Files.readString(file);
    int end = text.indexOf("\n\n", text.indexOf("\n\n") + 2);
    Files.writeString(file, text.substring(0, end) + words + text.substring(end));
  }

  @Test
  void anEditThatMovesPagesOrAnImageRendersTheWholeBookAgain() throws IOException {
    Path folder = book();
    Path out = dir.resolve("out");
    Pipeline pipeline = builtOnce(folder, out);

    SyntheticBook.lengthenOneChapter(folder);
    pipeline.build(folder, options(out, Edition.DRAFT));
    assertFalse(lastPdfLineSays("re-rendered"), progress.toString());
    assertArrayEquals(
        Files.readAllBytes(fullBuild(folder, "full-longer", Edition.DRAFT)),
        Files.readAllBytes(pdfOf(out, folder)),
        "a whole render in a warm pipeline gives the bytes of a fresh one");

    Files.writeString(
        folder.resolve("publication.yaml"),
        Files.readString(folder.resolve("publication.yaml")) + "crossref:\n  page-numbers: true\n");
    pipeline.build(folder, options(out, Edition.DRAFT));
    SyntheticBook.editOneChapter(folder, 1);
    pipeline.build(folder, options(out, Edition.DRAFT));
    assertFalse(lastPdfLineSays("re-rendered"), "references print their pages: " + progress);

    Path image = folder.resolve("images/fig-c2-1.svg");
    Files.writeString(image, Files.readString(image).replace("</svg>", "<circle cx=\"5\" cy=\"5\" r=\"2\"/></svg>"));
    SyntheticBook.editOneChapter(folder, 1);
    pipeline.build(folder, options(out, Edition.DRAFT));
    assertFalse(lastPdfLineSays("re-rendered"), "an image the Markdown names changed: " + progress);
  }

  @Test
  void anUnchangedDraftKeepsItsPdf() throws IOException {
    Path folder = book();
    Path out = dir.resolve("out");
    Pipeline pipeline = builtOnce(folder, out);
    byte[] first = Files.readAllBytes(pdfOf(out, folder));
    pipeline.build(folder, options(out, Edition.DRAFT));
    assertTrue(lastPdfLineSays("unchanged"), progress.toString());
    assertArrayEquals(first, Files.readAllBytes(pdfOf(out, folder)));
  }

  @Test
  void releaseEditionsAreAlwaysRenderedWhole() throws IOException {
    TestPublication paper = TestPublication.whitePaper(dir, "# 概述\n\n开放银行的第一段。\n\n第二段。\n");
    Path out = dir.resolve("out");
    Pipeline pipeline = new Pipeline();
    assertTrue(pipeline.build(paper.folder(), options(out, Edition.RELEASE)).succeeded());
    paper.file("chapters/01.md", "# 概述\n\n开放银行的第一段，改过了。\n\n第二段。\n");
    assertTrue(pipeline.build(paper.folder(), options(out, Edition.RELEASE)).succeeded());
    assertFalse(lastPdfLineSays("re-rendered"), progress.toString());
    assertFalse(lastPdfLineSays("unchanged"), progress.toString());
    assertArrayEquals(
        Files.readAllBytes(fullBuild(paper.folder(), "full", Edition.RELEASE)),
        Files.readAllBytes(pdfOf(out, paper.folder())));
  }

  @Test
  void noPageOfABookCarriesOnlyARunningHeaderAndAFolio() throws IOException {
    Path folder = book();
    Path pdf = fullBuild(folder, "out", Edition.RELEASE);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      int blank = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).replaceAll("\\s+", "");
        assertFalse(
            text.matches("(数字金融创新基准文集（约50页）)?[0-9ivxlcdm]+"),
            "page " + page + " is a filler page, yet shows a running header or a folio: " + text);
        blank += text.isEmpty() ? 1 : 0;
      }
      assertTrue(blank > 1, "the book has blank versos before its recto chapter openings");
    }
  }

  /**
   * A PDF as a reader meets it, page by page: label, text, fonts (without subset tags), each
   * link's area and where it leads; then the outline with each entry's page and height.
   */
  static List<String> describe(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        PDPage page = pdf.getPage(i);
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        lines.add("page " + i + " label " + labels[i]);
        lines.add(stripper.getText(pdf).strip());
        TreeSet<String> fonts = new TreeSet<>();
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
        lines.add("fonts " + fonts);
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDRectangle r = annotation.getRectangle();
          lines.add(
              String.format(Locale.ROOT, "link %.1f %.1f %.1f %.1f %s",
                  r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY(), target(pdf, annotation)));
        }
      }
      outline(pdf, pdf.getDocumentCatalog().getDocumentOutline(), "", lines);
    }
    return lines;
  }

  private static String target(PDDocument pdf, PDAnnotation annotation) throws IOException {
    if (annotation instanceof PDAnnotationLink link) {
      if (link.getAction() instanceof PDActionURI uri) {
        return "uri " + uri.getURI();
      }
      if (link.getAction() instanceof PDActionGoTo go && go.getDestination() instanceof PDPageXYZDestination xyz) {
        return "page " + pdf.getPages().indexOf(xyz.getPage()) + " top " + xyz.getTop();
      }
    }
    return annotation.getSubtype();
  }

  private static void outline(PDDocument pdf, PDOutlineNode node, String indent, List<String> lines)
      throws IOException {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      String at =
          item.getDestination() instanceof PDPageXYZDestination xyz
              ? pdf.getPages().indexOf(xyz.getPage()) + " top " + xyz.getTop()
              : String.valueOf(item.getDestination());
      lines.add("outline " + indent + item.getTitle() + " -> " + at);
      outline(pdf, item, indent + "  ", lines);
    }
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draft and release editions: the draft is marked on every PDF page and in the HTML; the release
 * is unmarked, and refuses to build a manuscript that is not ready.
 */
class EditionTest {
  private static final Pipeline PIPELINE = new Pipeline();
  @TempDir Path dir;

  private BuildResult build(TestPublication publication, Edition edition) {
    return PIPELINE.build(
        publication.folder(),
        BuildOptions.builder()
            .outputDirectory(dir.resolve("out"))
            .buildTime(Instant.parse("2022-11-15T08:30:00Z"))
            .edition(edition)
            .revision("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432")
            .build());
  }

  /** The text of each page, extracted on its own. */
  private static List<String> pageTexts(Path pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    try (PdfProbe probe = new PdfProbe(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= probe.pdf.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(probe.pdf));
      }
    }
    return pages;
  }

  @Test
  void draftIsWatermarkedOnEveryPageAndBanneredInHtml() throws Exception {
    BuildResult result = build(PipelineTest.paper(dir.resolve("src")), Edition.DRAFT);
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    List<String> pages = pageTexts(result.outputs().get(0));
    assertTrue(pages.size() >= 4, "pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      String text = pages.get(i).replaceAll("\\s+", "");
      assertTrue(text.contains("草稿/DRAFT"), "page " + (i + 1) + ": " + text);
      assertTrue(text.contains("版本2022.1·构建于2022-11-15·修订9f8e7d6c5b4a"), "page " + (i + 1) + ": " + text);
    }
    // The watermark is filed apart from the body lines: a body sentence still reads whole.
    assertTrue(
        String.join("", pages).replaceAll("\\s+", "").contains("开放银行是指银行在客户授权的前提下，通过标准接口与第三方机构共享数据和服务能力。"));
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      for (PdfProbe.FontUse font : probe.fonts()) {
        assertTrue(font.embedded() && font.subset(), "not an embedded subset: " + font);
      }
    }
    String html = Files.readString(result.outputs().get(1), StandardCharsets.UTF_8);
    assertTrue(
        html.contains("草稿 / DRAFT · 版本 2022.1 · 构建于 2022-11-15 · 修订 9f8e7d6c5b4a</div>"), html);
  }

  @Test
  void englishDraftSaysDraft() throws Exception {
    TestPublication paper =
        TestPublication.create(
                dir.resolve("src"),
                "en",
                """
                title: Open Finance
                language: en
                version: "1.0"
                date: 2026-11-29
                chapters: [one.md]
                """)
            .file("one.md", "# Open finance\n\nBanks share data with consent.\n");
    BuildResult result = build(paper, Edition.DRAFT);
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    for (String page : pageTexts(result.outputs().get(0))) {
      assertTrue(page.contains("DRAFT") && !page.contains("草稿"), page);
    }
    assertTrue(Files.readString(result.outputs().get(1)).contains("DRAFT · Version 1.0 · built 2022-11-15"));
  }

  @Test
  void releaseHasNoWatermarkAndNoBanner() throws Exception {
    BuildResult result = build(PipelineTest.paper(dir.resolve("src")), Edition.RELEASE);
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    for (String page : pageTexts(result.outputs().get(0))) {
      assertFalse(page.contains("草稿") || page.contains("DRAFT"), page);
    }
    String html = Files.readString(result.outputs().get(1), StandardCharsets.UTF_8);
    assertFalse(html.contains("colophon-draft-banner") || html.contains("草稿"));
    assertTrue(
        Files.readString(dir.resolve("out/open-banking/release.json")).contains("\"edition\": \"release\""));
  }

  @Test
  void releaseFailsOnTodoAndFixmeMarkersWithTheirPlace() {
    TestPublication paper =
        TestPublication.whitePaper(
            dir.resolve("src"), "# 引言\n\n开放银行TODO补充数据。\n\n<!-- FIXME: 核对来源 -->\n\n待办事项 todo 不算。\n");
    BuildResult result = build(paper, Edition.RELEASE);
    assertFalse(result.succeeded());
    List<Diagnostic> markers = only(result, d -> d.code().equals("release-todo-marker"));
    assertEquals(2, markers.size(), markers::toString);
    assertEquals("paper/chapters/01.md:3:5: error: TODO marker left in the text [release-todo-marker]",
        markers.get(0).format().lines().findFirst().orElseThrow());
    assertEquals(5, markers.get(1).line());
    assertTrue(markers.get(1).message().startsWith("FIXME"));
    assertTrue(result.outputs().isEmpty());
    assertFalse(Files.exists(dir.resolve("out/paper")), "nothing is written");
    // The same manuscript builds as a draft.
    assertTrue(build(paper, Edition.DRAFT).succeeded());
  }

  @Test
  void releaseFailsOnASnapshotVersionAtItsLine() {
    TestPublication paper =
        TestPublication.create(
                dir.resolve("src"),
                "paper",
                """
                title: 白皮书
                language: zh-CN
                version: 2.0-SNAPSHOT
                date: 2026-11-29
                chapters: [01.md]
                """)
            .file("01.md", "# 引言\n\n正文。\n");
    BuildResult result = build(paper, Edition.RELEASE);
    List<Diagnostic> errors = only(result, Diagnostic::isError);
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic d = errors.get(0);
    assertEquals("release-snapshot-version", d.code());
    assertEquals("paper/publication.yaml", d.file());
    assertEquals(3, d.line());
    assertTrue(d.hint().contains("'2.0'"), d.hint());
  }

  @Test
  void releaseFailsOnMissingVersionDateAndLanguage() {
    TestPublication paper =
        TestPublication.create(dir.resolve("src"), "paper", "title: 白皮书\nversion: \"\"\nchapters: [01.md]\n")
            .file("01.md", "# 引言\n\n正文。\n");
    BuildResult result = build(paper, Edition.RELEASE);
    List<Diagnostic> missing = only(result, d -> d.code().equals("release-missing-metadata"));
    assertEquals(
        List.of("'version'", "'date'", "'language'"),
        missing.stream().map(d -> d.message().replaceAll(".*('\\w+').*", "$1")).sorted(
            java.util.Comparator.comparing(s -> List.of("'version'", "'date'", "'language'").indexOf(s))).toList());
    assertTrue(missing.stream().allMatch(d -> d.isError() && d.file().equals("paper/publication.yaml")));
    Diagnostic version = missing.stream().filter(d -> d.message().contains("'version'")).findFirst().orElseThrow();
    assertEquals(2, version.line(), "an empty value is pointed at");
    assertTrue(build(paper, Edition.DRAFT).succeeded(), "drafts need no version or date");
  }

  @Test
  void releaseFailsOnMissingTitle() {
    TestPublication paper =
        TestPublication.create(
                dir.resolve("src"), "paper", "version: \"1.0\"\ndate: 2026-11-29\nlanguage: zh-CN\nchapters: [01.md]\n")
            .file("01.md", "# 引言\n\n正文。\n");
    BuildResult result = build(paper, Edition.RELEASE);
    assertFalse(result.succeeded());
    assertTrue(
        result.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("'title'")),
        result.diagnostics()::toString);
  }

  @Test
  void releaseTurnsEveryWarningIntoAnErrorKeepingItsCode() {
    TestPublication paper =
        TestPublication.whitePaper(dir.resolve("src"), "# 引言\n\n正文。\n\n### 跳级的小节\n\n正文。\n");
    BuildResult draft = build(paper, Edition.DRAFT);
    assertTrue(draft.succeeded());
    List<Diagnostic> warnings = only(draft, d -> !d.isError());
    assertFalse(warnings.isEmpty(), "the manuscript has a warning");

    BuildResult release = build(paper, Edition.RELEASE);
    assertFalse(release.succeeded());
    for (Diagnostic w : warnings) {
      assertTrue(
          release.diagnostics().stream()
              .anyMatch(
                  d -> d.isError() && d.code().equals(w.code()) && d.file().equals(w.file())
                      && d.line() == w.line() && d.message().contains("release edition")),
          () -> "not promoted: " + w + " in " + release.diagnostics());
    }
  }

  @Test
  void checkAppliesTheReleaseRulesWithoutRendering() {
    TestPublication paper = TestPublication.whitePaper(dir.resolve("src"), "# 引言\n\nFIXME 正文。\n");
    BuildResult result =
        PIPELINE.check(
            paper.folder(), BuildOptions.builder().outputDirectory(dir.resolve("out")).edition(Edition.RELEASE).build());
    assertEquals(List.of("release-todo-marker"), only(result, Diagnostic::isError).stream().map(Diagnostic::code).toList());
  }

  private static List<Diagnostic> only(BuildResult result, Predicate<Diagnostic> which) {
    return result.diagnostics().stream().filter(which).toList();
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.model.Numbered;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberingTest {
  @TempDir Path root;

  private static final String BOOK =
      """
      title: %s
      language: %s
      front: [preface.md]
      chapters:
        - chapters/01.md
        - part: Part One
          chapters: [chapters/02.md]
      cases: [cases/c1.md]
      appendices: [appendices/a.md, appendices/b.md]
      %s
      """;

  private Analysis book(String language, String crossref) {
    TestPublication p =
        TestPublication.create(root, "book", BOOK.formatted("T", language, crossref))
            .file("preface.md", "# Preface {#sec-preface}\n\nSee @fig-pre, @case-inline, @tbl-one, @tbl-two.\n\n![P](p.svg){#fig-pre}\n")
            .file("p.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .file("chapters/01.md", "# One {#sec-one}\n\n## A {#sec-one-a}\n\n::: {.case #case-inline}\nX\n:::\n\n| a |\n|---|\n| 1 |\n\n: T {#tbl-one}\n")
            .file("chapters/02.md", "# Two {#sec-two}\n\n## A {#sec-two-a}\n\n### B {#sec-two-a-b}\n\n| a |\n|---|\n| 1 |\n\n: T {#tbl-two}\n")
            .file("cases/c1.md", "# A case {#case-file}\n\nText.\n")
            .file("appendices/a.md", "# Data {#sec-data}\n\n## Tables {#sec-data-tables}\n\nText.\n")
            .file("appendices/b.md", "# More {#sec-more}\n\nText.\n");
    return Analysis.of(p);
  }

  private static String display(Analysis a, String label) {
    Numbered n = a.numbering().forLabel(label);
    return n == null ? null : n.display();
  }

  @Test
  void chineseNumbersRestartPerChapterAndCasesCountAcrossThePublication() {
    Analysis a = book("zh-CN", "");

    assertEquals("序", display(a, "sec-preface").replace("Preface", "序"));
    assertEquals("第 1 章", display(a, "sec-one"));
    assertEquals("1.1 节", display(a, "sec-one-a"));
    assertEquals("表 1.1", display(a, "tbl-one"));
    assertEquals("第 2 章", display(a, "sec-two"));
    assertEquals("2.1.1 节", display(a, "sec-two-a-b"));
    assertEquals("表 2.1", display(a, "tbl-two"));
    assertEquals("案例 1", display(a, "case-inline"));
    assertEquals("案例 2", display(a, "case-file"));
    assertEquals("附录 A", display(a, "sec-data"));
    assertEquals("A.1 节", display(a, "sec-data-tables"));
    assertEquals("附录 B", display(a, "sec-more"));
    assertEquals("图 1", display(a, "fig-pre"), "front matter figures are numbered on their own");
  }

  @Test
  void englishLabels() {
    Analysis a = book("en", "");

    assertEquals("Chapter 1", display(a, "sec-one"));
    assertEquals("Section 2.1", display(a, "sec-two-a"));
    assertEquals("Table 2.1", display(a, "tbl-two"));
    assertEquals("Case 2", display(a, "case-file"));
    assertEquals("Appendix A", display(a, "sec-data"));
    assertEquals("Preface", display(a, "sec-preface"));
  }

  @Test
  void manifestCanOverrideLabelsAndSectionDepth() {
    Analysis a = book("en", "crossref:\n  section-depth: 2\n  labels:\n    table: \"Tab. {n}\"\n    chapter: \"Ch. {n}\"\n");

    assertTrue(a.diagnostics().isEmpty(), a.diagnostics()::toString);
    assertEquals("Tab. 2.1", display(a, "tbl-two"));
    assertEquals("Ch. 1", display(a, "sec-one"));
    assertEquals("Section 2.1", display(a, "sec-two-a"));
    assertEquals("B", display(a, "sec-two-a-b"), "below the depth a heading is not numbered");
  }

  @Test
  void badCrossrefSettingsAreManifestErrors() {
    Analysis a = book("en", "crossref:\n  section-depth: 9\n  labels:\n    figuur: \"F {n}\"\n    table: \"Tab.\"\n");

    assertEquals(3, a.diagnostics().size(), a.diagnostics()::toString);
    assertEquals(
        java.util.Set.of("invalid-manifest", "unknown-manifest-key"),
        java.util.Set.copyOf(a.codes()));
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.hint().contains("'figure'")), a.diagnostics()::toString);
  }
}

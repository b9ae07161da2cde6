package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
  @TempDir Path root;

  private List<Diagnostic> check(String chapter) {
    return Analysis.of(TestPublication.whitePaper(root, chapter)).diagnostics();
  }

  @Test
  void unresolvedReferenceNamesTheLabelAndPositionAndSuggestsTheNearest() {
    List<Diagnostic> d = check("# 章 {#sec-intro}\n\n## 架构 {#sec-arch}\n\n如 @sec-arhc 所述。\n");

    assertEquals(1, d.size(), d::toString);
    assertEquals("unresolved-reference", d.get(0).code());
    assertEquals("paper/chapters/01.md", d.get(0).file());
    assertEquals(5, d.get(0).line());
    assertEquals(3, d.get(0).column());
    assertTrue(d.get(0).message().contains("@sec-arhc"), d.get(0)::format);
    assertEquals("did you mean @sec-arch?", d.get(0).hint());
    assertEquals(
        "paper/chapters/01.md:5:3: error: unresolved reference @sec-arhc [unresolved-reference]\n"
            + "  hint: did you mean @sec-arch?",
        d.get(0).format());
  }

  @Test
  void duplicateLabelNamesBothPlaces() {
    List<Diagnostic> d = check("# 章 {#sec-a}\n\n## 节 {#sec-a}\n\n正文。\n");

    assertEquals(List.of("duplicate-label"), d.stream().map(Diagnostic::code).toList());
    assertEquals(3, d.get(0).line());
    assertTrue(d.get(0).message().contains("paper/chapters/01.md:1"), d.get(0)::format);
  }

  @Test
  void missingImageIsAnErrorAtTheImage() {
    List<Diagnostic> d = check("# 章\n\n正文\n![图](images/none.png)\n");

    assertEquals(List.of("missing-image"), d.stream().map(Diagnostic::code).toList());
    assertEquals(4, d.get(0).line());
    assertEquals(6, d.get(0).column());
  }

  @Test
  void remoteImageIsRefusedByDefault() {
    List<Diagnostic> d = check("# 章\n\n![图](https://example.org/a.png)\n");

    assertEquals(List.of("remote-resource"), d.stream().map(Diagnostic::code).toList());
  }

  @Test
  void imageOutsideThePublicationIsRefused() {
    List<Diagnostic> d = check("# 章\n\n![图](../../../etc/hosts)\n");

    assertEquals(List.of("path-outside-publication"), d.stream().map(Diagnostic::code).toList());
  }

  @Test
  void characterNoFontHasIsAnErrorNamingItAndWhereItIs() {
    // 𠀀 (U+20000, CJK Extension B) and the Kangxi radical ⼀ are outside the bundled character set.
    List<Diagnostic> d = check("# 章\n\n第一行。\n人名用字𠀀在此，另有⼀与𠀀。\n");

    assertEquals(List.of("missing-glyph", "missing-glyph"), d.stream().map(Diagnostic::code).toList(), d::toString);
    Diagnostic ext = d.get(0);
    assertEquals(4, ext.line());
    assertEquals(5, ext.column());
    assertTrue(ext.message().contains("U+20000"), ext::format);
    assertTrue(ext.message().contains("2 times"), ext::format);
    assertTrue(d.get(1).message().contains("U+2F00"), d.get(1)::format);
  }

  @Test
  void bundledFontsCoverGb2312AndCommonPunctuation() {
    StringBuilder text = new StringBuilder("# 章\n\n");
    java.nio.charset.Charset gb2312 = java.nio.charset.Charset.forName("GB2312");
    for (int lead = 0xB0; lead <= 0xF7; lead++) { // the hanzi rows of GB 2312
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        String s = new String(new byte[] {(byte) lead, (byte) trail}, gb2312);
        if (s.codePointAt(0) != 0xFFFD) {
          text.append(s);
        }
      }
      text.append('\n');
    }
    text.append("\n，。、；：？！“”‘’（）《》【】—…·％ ABC abc 123 é ü\n");

    List<Diagnostic> d = check(text.toString());

    assertTrue(d.isEmpty(), () -> d.size() + " missing: " + d.subList(0, Math.min(5, d.size())));
  }

  @Test
  void linksToOtherFilesAndAnchorsMustResolve() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [chapters/01.md, chapters/02.md]\n")
            .file("chapters/01.md", "# 一 {#sec-one}\n\n见[第二章](02.md)、[其小节](02.md#sec-two-a)和[本章](#sec-one)。\n"
                + "又见[缺失](03.md)与[错锚](02.md#sec-nope)。\n")
            .file("chapters/02.md", "# 二 {#sec-two}\n\n## 甲 {#sec-two-a}\n\n正文。\n");

    Analysis a = Analysis.of(p);

    assertEquals(List.of("broken-link", "broken-link"), a.codes(), a.diagnostics()::toString);
    assertEquals(4, a.diagnostics().get(0).line());
    assertTrue(a.diagnostics().get(0).message().contains("no such file"), a.diagnostics().get(0)::format);
    assertTrue(a.diagnostics().get(1).message().contains("no such anchor"), a.diagnostics().get(1)::format);
  }

  @Test
  void linksBetweenFilesRenderAsLinksToTheirAnchors() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [chapters/01.md, chapters/02.md]\n")
            .file("chapters/01.md", "# 一 {#sec-one}\n\n见[第二章](02.md)和[其小节](02.md#sec-two-a)，[外链](https://example.org)。\n")
            .file("chapters/02.md", "# 二 {#sec-two}\n\n## 甲 {#sec-two-a}\n\n正文。\n");

    String html = Analysis.of(p).html(0);

    assertTrue(html.contains("<a href=\"#sec-two\">第二章</a>"), html);
    assertTrue(html.contains("<a href=\"#sec-two-a\">其小节</a>"), html);
    assertTrue(html.contains("<a href=\"https://example.org\">外链</a>"), html);
  }

  @Test
  void figuresTablesAndCasesNobodyRefersToAreWarnedAboutButSectionsAreNot() {
    List<Diagnostic> d =
        check("# 章 {#sec-c}\n\n## 节 {#sec-s}\n\n| a |\n|---|\n| 1 |\n\n: 表 {#tbl-lonely}\n\n::: {.case #case-lonely}\n正文\n:::\n");

    assertEquals(List.of("unreferenced-label", "unreferenced-label"), d.stream().map(Diagnostic::code).toList(), d::toString);
    assertTrue(d.stream().allMatch(x -> x.severity() == Severity.WARNING));
  }

  @Test
  void aLabelWhosePrefixDoesNotFitWhatItLabelsIsWarnedAbout() {
    List<Diagnostic> d = check("# 章 {#fig-chapter}\n\n见 @fig-chapter。\n");

    assertEquals(List.of("label-kind-mismatch"), d.stream().map(Diagnostic::code).toList(), d::toString);
    assertTrue(d.get(0).hint().contains("sec-chapter"), d.get(0)::format);
  }

  @Test
  void footnotesMustBeDefinedAndShouldBeUsed() {
    List<Diagnostic> d = check("# 章\n\n正文[^1]与[^2]。\n\n[^1]: 注一。\n[^3]: 多余。\n");

    assertEquals(List.of("undefined-footnote", "unused-footnote"), d.stream().map(Diagnostic::code).toList(), d::toString);
    assertEquals(3, d.get(0).line());
    assertEquals(8, d.get(0).column());
    assertEquals(Severity.ERROR, d.get(0).severity());
    assertEquals(6, d.get(1).line());
  }

  @Test
  void skippedHeadingLevelsAndEmptyFilesAreWarnedAbout() {
    List<Diagnostic> skip = check("# 章\n\n正文。\n\n#### 太深\n\n正文。\n");
    assertEquals(List.of("heading-level-skip"), skip.stream().map(Diagnostic::code).toList(), skip::toString);
    assertEquals(5, skip.get(0).line());

    List<Diagnostic> empty = check("# 只有标题\n");
    assertEquals(List.of("empty-file"), empty.stream().map(Diagnostic::code).toList(), empty::toString);
  }
}

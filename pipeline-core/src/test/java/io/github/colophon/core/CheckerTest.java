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
    List<Diagnostic> d = check("# 章 {#sec-a}\n\n## 节 {#sec-a}\n");

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
}

package io.github.colophon.core.internal.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Format;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.TestPublication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled fonts as the renderer gets them: every table but GSUB, read back by fontbox. */
class FontLibraryTest {

  @Test
  void bundledFacesLoseOnlyTheirVariationSequenceSubtableFromTheCmap() throws IOException {
    int dropped = 0;
    for (FontLibrary.Face face : FontLibrary.bundled().faces()) {
      java.util.List<Integer> before = cmapFormats(resource(face.file()));
      java.util.List<Integer> after = cmapFormats(face.bytes());
      java.util.List<Integer> expected = new java.util.ArrayList<>(before);
      expected.removeIf(format -> format == 14);
      assertEquals(expected, after, face.file());
      dropped += before.size() - after.size();
      try (TrueTypeFont font = parse(face.bytes())) {
        for (int cp : new int[] {'A', 0x4E00, 0x6587, 0x3002, 0xFF0C}) {
          assertEquals(
              parse(resource(face.file())).getUnicodeCmapLookup().getGlyphId(cp),
              font.getUnicodeCmapLookup().getGlyphId(cp),
              face.file() + " U+" + Integer.toHexString(cp));
        }
      }
    }
    assertTrue(dropped > 0, "some bundled face has a format 14 subtable upstream");
  }

  /** The formats of a font's cmap subtables, in the order of its cmap header. */
  private static java.util.List<Integer> cmapFormats(byte[] font) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(font);
    for (int i = 0; i < (in.getShort(4) & 0xFFFF); i++) {
      int record = 12 + 16 * i;
      if (new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("cmap")) {
        int cmap = in.getInt(record + 8);
        java.util.List<Integer> formats = new java.util.ArrayList<>();
        for (int j = 0; j < (in.getShort(cmap + 2) & 0xFFFF); j++) {
          formats.add(in.getShort(cmap + in.getInt(cmap + 4 + 8 * j + 4)) & 0xFFFF);
        }
        return formats;
      }
    }
    throw new AssertionError("no cmap");
  }

  @Test
  void bundledFacesHaveNoGsubAndKeepTheirGlyphs() throws IOException {
    for (FontLibrary.Face face : FontLibrary.bundled().faces()) {
      byte[] original = resource(face.file());
      try (TrueTypeFont before = parse(original);
          TrueTypeFont after = parse(face.bytes())) {
        assertNotNull(before.getGsub(), face.file() + " has a GSUB upstream");
        assertNull(after.getGsub(), face.file());
        assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs(), face.file());
        assertEquals(before.getTableMap().size() - 1, after.getTableMap().size(), face.file());
        for (int cp : new int[] {'A', 'f', 'i', 0x4E00, 0x6587, 0x3002}) {
          int gid = before.getUnicodeCmapLookup().getGlyphId(cp);
          assertEquals(gid, after.getUnicodeCmapLookup().getGlyphId(cp), face.file() + " U+" + cp);
          assertEquals(before.getAdvanceWidth(gid), after.getAdvanceWidth(gid), face.file());
        }
      }
    }
  }

  @Test
  void aFontWithoutTheTableIsReturnedAsItIs() throws IOException {
    byte[] font = FontLibrary.bundled().faces().get(0).bytes();
    assertSame(font, FontLibrary.withoutTable(font, "GSUB"));
  }

  @Test
  void coverageIsUnchanged() {
    FontLibrary fonts = FontLibrary.bundled();
    assertTrue(fonts.covers(0x4E00) && fonts.covers('A') && fonts.covers(0x3002));
  }

  /**
   * With GSUB, PDFBox set "fi", "ffi" and similar as ligature glyphs that the subset's ToUnicode
   * map cannot map back: "certification" came out of the PDF as "certi cation".
   */
  @Test
  void latinWordsReadBackWhole(@TempDir Path dir) throws IOException {
    String sentence = "The Platform certification of fifty official workflows was affirmed.";
    Path folder =
        TestPublication.create(
                dir,
                "book",
                """
                title: 平台认证
                kind: book
                language: zh-CN
                chapters:
                  - chapters/01.md
                """)
            .file("chapters/01.md", "# 认证 Certification {#sec-cert}\n\n正文：" + sentence + "\n")
            .folder();
    BuildResult result =
        new Pipeline()
            .build(
                folder,
                BuildOptions.builder().outputDirectory(dir.resolve("out")).formats(Set.of(Format.PDF)).build());
    assertTrue(result.succeeded(), result.diagnostics().toString());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/book/book.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertTrue(text.contains(sentence.replace(" ", "")), text);
      assertTrue(text.contains("认证Certification"), text);
    }
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = FontLibrary.class.getResourceAsStream("/io/github/colophon/fonts/" + file)) {
      return in.readAllBytes();
    }
  }
}

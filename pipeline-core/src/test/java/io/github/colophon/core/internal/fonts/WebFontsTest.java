package io.github.colophon.core.internal.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Web font subsets: what they map, and that a rebuild with the same characters reuses them. */
class WebFontsTest {
  private static SortedSet<Integer> chars(String text) {
    SortedSet<Integer> set = new TreeSet<>();
    text.codePoints().forEach(set::add);
    return set;
  }

  @Test
  void theSameCharactersGiveTheSameSubsetAndANewCharacterANewOne() {
    FontLibrary.Face sans = FontLibrary.bundled().face(FontLibrary.SANS, 400);
    WebFonts.WebFont first = WebFonts.subset(sans, chars("开放银行 API 数据"));
    WebFonts.WebFont again = WebFonts.subset(sans, chars("数据 API 开放银行"));
    assertSame(first, again, "the same characters: the subset made before");

    WebFonts.WebFont more = WebFonts.subset(sans, chars("开放银行 API 数据 生态"));
    assertNotSame(first, more);
    assertTrue(more.characters().containsAll(chars("生态")), more.characters().toString());
    assertTrue(!first.characters().contains((int) '生'));
    assertArrayEquals(Woff.wrap(more.bytes()), more.woff(), "the shipped WOFF is the subset's");
    assertEquals(first.characters(), chars("开放银行 API 数据"), "exactly the characters asked for (all in the face)");
  }

  /**
   * Sets of characters in runs and alone, in many sizes: the character map's search fields
   * depend on its number of segments, and fontbox rounds their logarithm its own way.
   */
  private static java.util.List<String> characterSets() {
    java.util.List<String> sets = new java.util.ArrayList<>();
    StringBuilder alone = new StringBuilder();
    for (int cp = '!'; cp <= '~'; cp += 2) {
      alone.appendCodePoint(cp);
      sets.add(alone.toString()); // 1 to 47 segments, and the closing one
    }
    sets.add("开放银行 API 数据，生态与监管。第一章 手机银行的演进 1.1（2010—2022 年）“引号”《书名》、；：！？…… ↑");
    StringBuilder many = new StringBuilder();
    for (int cp = 0x20; cp <= 0x9FFF; cp += cp < 0x3000 ? 1 : 3) {
      many.appendCodePoint(cp); // long runs, then thousands of ideographs alone
    }
    sets.add(many.toString());
    return sets;
  }

  @Test
  void theSubsetIsByteForByteWhatFontboxWritesWithItsOwnCharacterMap() throws Exception {
    for (FontLibrary.Face face : FontLibrary.bundled().faces()) {
      org.apache.fontbox.ttf.TrueTypeFont font = FontLibrary.trueType(face);
      for (String text : characterSets()) {
        SortedSet<Integer> kept = new TreeSet<>();
        for (int cp : chars(text)) {
          if (font.getUnicodeCmapLookup().getGlyphId(cp) != 0) {
            kept.add(cp);
          }
        }
        org.apache.fontbox.ttf.TTFSubsetter fontbox = new org.apache.fontbox.ttf.TTFSubsetter(font, WebFonts.TABLES);
        fontbox.addAll(kept);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        fontbox.writeToStream(expected);
        assertArrayEquals(expected.toByteArray(), WebFonts.ttf(font, kept), face.file() + ", " + kept.size() + " characters");
      }
    }
  }
}

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
}

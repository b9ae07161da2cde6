package io.github.colophon.core.internal.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The WOFF container: a header that adds up, tables in tag order, each zlib data of the table. */
class WoffTest {
  private static byte[] subset() {
    SortedSet<Integer> wanted = new TreeSet<>();
    "开放银行的数据流 Open Banking 2022，。".codePoints().forEach(wanted::add);
    return WebFonts.subset(FontLibrary.bundled().face(FontLibrary.SANS, 400), wanted).bytes();
  }

  @Test
  void aWoffHoldsEveryTableOfTheFontCompressedAndIsSmaller() throws Exception {
    byte[] ttf = subset();
    byte[] woff = Woff.wrap(ttf);
    ByteBuffer w = ByteBuffer.wrap(woff);
    ByteBuffer t = ByteBuffer.wrap(ttf);
    assertEquals(0x774F4646, w.getInt(0), "signature wOFF");
    assertEquals(t.getInt(0), w.getInt(4), "flavor: the font's sfnt version");
    assertEquals(woff.length, w.getInt(8));
    int count = t.getShort(4) & 0xFFFF;
    assertEquals(count, w.getShort(12) & 0xFFFF);
    assertTrue(woff.length < ttf.length * 0.8, woff.length + " bytes from " + ttf.length);
    assertEquals(woff.length % 4, 0, "padded to four bytes");

    String previous = "";
    for (int i = 0; i < count; i++) {
      int entry = 44 + 20 * i;
      String tag = new String(woff, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(tag.compareTo(previous) > 0, "tables in tag order");
      previous = tag;
      int offset = w.getInt(entry + 4);
      int compLength = w.getInt(entry + 8);
      int origLength = w.getInt(entry + 12);
      assertEquals(0, offset % 4, tag + " starts on a four-byte boundary");
      byte[] stored = java.util.Arrays.copyOfRange(woff, offset, offset + compLength);
      byte[] table = stored;
      if (compLength < origLength) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(stored);
        table = new byte[origLength];
        assertEquals(origLength, inflater.inflate(table), tag);
        assertTrue(inflater.finished(), tag);
        inflater.end();
      } else {
        assertEquals(origLength, compLength, tag + " stored as it is");
      }
      assertArrayEquals(tableOf(ttf, tag), table, tag);
      assertEquals(checksumOf(ttf, tag), w.getInt(entry + 16), tag + " checksum");
    }
  }

  @Test
  void theSameFontGivesTheSameBytes() {
    assertArrayEquals(Woff.wrap(subset()), Woff.wrap(subset()));
  }

  private static byte[] tableOf(byte[] ttf, String tag) {
    ByteBuffer t = ByteBuffer.wrap(ttf);
    for (int i = 0; i < (t.getShort(4) & 0xFFFF); i++) {
      int record = 12 + 16 * i;
      if (new String(ttf, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
        int offset = t.getInt(record + 8);
        return java.util.Arrays.copyOfRange(ttf, offset, offset + t.getInt(record + 12));
      }
    }
    throw new AssertionError("no " + tag);
  }

  private static int checksumOf(byte[] ttf, String tag) {
    ByteBuffer t = ByteBuffer.wrap(ttf);
    for (int i = 0; i < (t.getShort(4) & 0xFFFF); i++) {
      int record = 12 + 16 * i;
      if (new String(ttf, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
        return t.getInt(record + 4);
      }
    }
    throw new AssertionError("no " + tag);
  }
}

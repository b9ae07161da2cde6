package io.github.colophon.core.internal.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.Deflater;

/**
 * A TrueType font in the WOFF 1.0 container (W3C Recommendation, 2012): the same tables, each
 * compressed with zlib, behind a header of its own. Every browser reads it, and a site's CJK
 * subsets shrink by about a third, which a reader on a phone downloads less of; a page opened
 * from {@code file://} gets no help from a server's compression. (WOFF 2.0 would save more, but
 * needs Brotli and glyph table transforms that no maintained Java library writes.) The same font
 * gives the same bytes.
 */
public final class Woff {
  private static final int HEADER = 44;
  private static final int ENTRY = 20;

  private Woff() {}

  /** {@code ttf}, a TrueType file, as a WOFF file. */
  public static byte[] wrap(byte[] ttf) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    int flavor = in.getInt(0);
    int count = in.getShort(4) & 0xFFFF;
    Table[] tables = new Table[count];
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      String tag = new String(ttf, record, 4, StandardCharsets.ISO_8859_1);
      int offset = in.getInt(record + 8);
      int length = in.getInt(record + 12);
      byte[] data = Arrays.copyOfRange(ttf, offset, offset + length);
      tables[i] = new Table(tag, in.getInt(record + 4), data, deflate(data));
    }
    // The directory is sorted by tag, as in the TrueType file it stands for.
    Arrays.sort(tables, Comparator.comparing(Table::tag));
    int sfntSize = 12 + 16 * count;
    int size = HEADER + ENTRY * count;
    for (Table t : tables) {
      sfntSize += pad(t.data.length);
      size = pad(size) + t.stored().length;
    }
    size = pad(size);
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(0x774F4646); // 'wOFF'
    out.putInt(flavor);
    out.putInt(size);
    out.putShort((short) count);
    out.putShort((short) 0);
    out.putInt(sfntSize);
    out.putShort((short) 1); // the font's version, 1.0: the bundled fonts carry theirs in 'head'
    out.putShort((short) 0);
    out.putInt(0).putInt(0).putInt(0); // no extended metadata
    out.putInt(0).putInt(0); // no private data
    int offset = pad(HEADER + ENTRY * count);
    for (Table t : tables) {
      out.put(t.tag.getBytes(StandardCharsets.ISO_8859_1));
      out.putInt(offset);
      out.putInt(t.stored().length);
      out.putInt(t.data.length);
      out.putInt(t.checksum);
      offset = pad(offset + t.stored().length);
    }
    offset = pad(HEADER + ENTRY * count);
    for (Table t : tables) {
      out.put(offset, t.stored());
      offset = pad(offset + t.stored().length);
    }
    return out.array();
  }

  private record Table(String tag, int checksum, byte[] data, byte[] compressed) {
    /** What the file holds: the compressed table, unless compressing did not make it smaller. */
    byte[] stored() {
      return compressed.length < data.length ? compressed : data;
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION); // zlib format, as WOFF specifies
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static int pad(int n) {
    return (n + 3) & ~3;
  }
}

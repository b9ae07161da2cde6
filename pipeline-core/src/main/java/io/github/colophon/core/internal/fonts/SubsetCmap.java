package io.github.colophon.core.internal.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The character map of a subset, byte for byte as fontbox's {@code TTFSubsetter} writes it, and
 * the subset with it put in. The subsetter finds each character's new glyph id by counting the
 * glyphs before it, which is quadratic in the subset's size: for a CJK site's few thousand
 * characters that was a quarter of the HTML edition's time in a fresh JVM. Here the new ids come
 * from the subsetter's own glyph map, looked up once each. {@code WebFontsTest} compares the
 * result with fontbox's own for every bundled face, so an upgrade that writes otherwise shows.
 */
final class SubsetCmap {
  private SubsetCmap() {}

  /**
   * A cmap table with one format 4 subtable (Windows, Unicode BMP): {@code oldGids} maps each
   * character to its glyph in the whole font, {@code newGids} each such glyph to its id in the
   * subset. Segments are cut where the subsetter cuts them.
   */
  static byte[] format4(SortedMap<Integer, Integer> oldGids, Map<Integer, Integer> newGids) {
    int n = oldGids.size();
    int[] code = new int[n];
    int[] gid = new int[n];
    int i = 0;
    for (Map.Entry<Integer, Integer> e : oldGids.entrySet()) {
      if (i > 0 && e.getKey() > 0xFFFF) {
        throw new UnsupportedOperationException("non-BMP Unicode character"); // as the subsetter
      }
      code[i] = e.getKey();
      gid[i++] = newGids.get(e.getValue());
    }
    // A segment is a run of consecutive characters with consecutive glyphs; then the closing
    // segment for U+FFFF. (No character maps to glyph 0, so no segment needs shortening.)
    int[] start = new int[n + 1];
    int[] end = new int[n + 1];
    int[] delta = new int[n + 1];
    int segments = 0;
    int first = 0;
    for (i = 1; i <= n; i++) {
      if (i == n || code[i] != code[i - 1] + 1 || gid[i] - gid[first] != code[i] - code[first]) {
        start[segments] = code[first];
        end[segments] = code[i - 1];
        delta[segments++] = gid[first] - code[first];
        first = i;
      }
    }
    start[segments] = 0xFFFF;
    end[segments] = 0xFFFF;
    delta[segments++] = 1;
    int power = Integer.highestOneBit(segments); // the search fields, as the format defines them
    int searchRange = 2 * power;
    ByteBuffer out = ByteBuffer.allocate(12 + 16 + 8 * segments);
    out.putShort((short) 0).putShort((short) 1); // version, one subtable
    out.putShort((short) 3).putShort((short) 1).putInt(12); // Windows, Unicode BMP, at 12
    out.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0);
    out.putShort((short) (2 * segments)).putShort((short) searchRange);
    out.putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (2 * segments - searchRange));
    for (i = 0; i < segments; i++) {
      out.putShort((short) end[i]);
    }
    out.putShort((short) 0); // reserved
    for (i = 0; i < segments; i++) {
      out.putShort((short) start[i]);
    }
    for (i = 0; i < segments; i++) {
      out.putShort((short) delta[i]);
    }
    for (i = 0; i < segments; i++) {
      out.putShort((short) 0); // no glyph id arrays
    }
    return out.array();
  }

  /**
   * {@code ttf} with the table {@code tag} added, laid out as the subsetter lays out a font:
   * tables in tag order, each on a four-byte boundary, and the whole-file checksum in 'head'.
   */
  static byte[] withTable(byte[] ttf, String tag, byte[] table) {
    // The directory has every table's checksum (the subsetter took head's with the adjustment
    // still zero, as the format wants), so only the new table and the directory are summed here.
    ByteBuffer in = ByteBuffer.wrap(ttf);
    SortedMap<String, Table> tables = new TreeMap<>();
    int count = in.getShort(4) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      tables.put(
          new String(ttf, record, 4, StandardCharsets.ISO_8859_1),
          new Table(in.getInt(record + 4), ttf, in.getInt(record + 8), in.getInt(record + 12)));
    }
    tables.put(tag, new Table(checksum(table, table.length), table, 0, table.length));
    int directory = 12 + 16 * tables.size();
    int size = directory;
    for (Table t : tables.values()) {
      size += pad(t.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int mask = Integer.highestOneBit(tables.size());
    out.putInt(0x00010000).putShort((short) tables.size()).putShort((short) (16 * mask));
    out.putShort((short) Integer.numberOfTrailingZeros(mask)).putShort((short) (16 * tables.size() - 16 * mask));
    int offset = directory;
    int head = -1;
    int sum = 0;
    for (Map.Entry<String, Table> e : tables.entrySet()) {
      Table t = e.getValue();
      out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(t.checksum).putInt(offset).putInt(t.length);
      head = e.getKey().equals("head") ? offset : head;
      sum += t.checksum;
      offset += pad(t.length);
    }
    sum += checksum(out.array(), directory);
    for (Table t : tables.values()) {
      out.put(t.data, t.offset, t.length).position(pad(out.position()));
    }
    out.putInt(head + 8, 0xB1B0AFBA - sum); // checkSumAdjustment: the whole file then sums to it
    return out.array();
  }

  private record Table(int checksum, byte[] data, int offset, int length) {}

  /** The sum of the first {@code length} bytes as big-endian 32-bit words, padded with zeros. */
  private static int checksum(byte[] bytes, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += (bytes[i] & 0xFF) << (24 - i % 4 * 8);
    }
    return sum;
  }

  private static int pad(int n) {
    return (n + 3) & ~3;
  }
}

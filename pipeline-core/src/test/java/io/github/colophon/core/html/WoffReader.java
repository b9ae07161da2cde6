package io.github.colophon.core.html;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a WOFF 1.0 file back into the TrueType file it stands for, checking the container on the
 * way (signature, sizes, table order, that each table inflates to its stated length), so the
 * tests can read the sites' fonts with fontbox.
 */
final class WoffReader {
  private WoffReader() {}

  static byte[] toTrueType(byte[] woff) {
    ByteBuffer in = ByteBuffer.wrap(woff);
    if (in.getInt(0) != 0x774F4646) {
      throw new AssertionError("not a WOFF file");
    }
    if (in.getInt(8) != woff.length) {
      throw new AssertionError("the WOFF header's length is not the file's");
    }
    int count = in.getShort(12) & 0xFFFF;
    int sfntSize = in.getInt(16);
    ByteBuffer out = ByteBuffer.allocate(sfntSize);
    out.putInt(in.getInt(4)); // flavor: the sfnt version
    out.putShort((short) count);
    int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
    out.putShort((short) (16 << entrySelector)).putShort((short) entrySelector)
        .putShort((short) (16 * count - (16 << entrySelector)));
    int dataAt = 12 + 16 * count;
    String previous = "";
    for (int i = 0; i < count; i++) {
      int entry = 44 + 20 * i;
      byte[] tag = new byte[4];
      in.get(entry, tag);
      String name = new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (name.compareTo(previous) <= 0) {
        throw new AssertionError("WOFF tables out of order: " + name + " after " + previous);
      }
      previous = name;
      int offset = in.getInt(entry + 4);
      int compLength = in.getInt(entry + 8);
      int origLength = in.getInt(entry + 12);
      byte[] stored = new byte[compLength];
      in.get(offset, stored);
      byte[] table = compLength == origLength ? stored : inflate(stored, origLength);
      out.put(12 + 16 * i, tag);
      out.putInt(12 + 16 * i + 4, in.getInt(entry + 16));
      out.putInt(12 + 16 * i + 8, dataAt);
      out.putInt(12 + 16 * i + 12, origLength);
      out.put(dataAt, table);
      dataAt += (origLength + 3) & ~3;
    }
    if (dataAt != sfntSize) {
      throw new AssertionError("the WOFF header's sfnt size is not the tables' " + dataAt);
    }
    return out.array();
  }

  private static byte[] inflate(byte[] data, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new AssertionError("a WOFF table ends early");
        }
        out.write(buffer, 0, n);
      }
      if (out.size() != length) {
        throw new AssertionError("a WOFF table inflates to " + out.size() + " bytes, not " + length);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new AssertionError("a WOFF table is not zlib data", e);
    } finally {
      inflater.end();
    }
  }
}

package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Limits;
import io.github.colophon.core.SourcePosition;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Looks inside an image file before the renderers do: it must be a whole PNG, JPEG or GIF (its
 * structure walked to the end, so a truncated or corrupt file is caught without decoding it) or
 * an SVG that {@link SvgSafety} accepts, and within the size and pixel limits. Stateless.
 */
final class ImageFiles {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageFiles() {}

  /** Where problems are reported before the image check moves them to the image's use. */
  static final SourcePosition UNPLACED = SourcePosition.of("");

  /** Why an image is refused, as a diagnostic to be placed at each use of the image. */
  static Diagnostic invalid(String message) {
    return Diagnostic.error(
        "invalid-image", message, UNPLACED, "export the image again as PNG, JPEG, GIF or SVG");
  }

  /**
   * The problem with {@code file} (shown as {@code shown}), or null when it is a sound image.
   * {@code archival}: the PDF claims PDF/A, whose sRGB output intent admits no CMYK image.
   */
  static Diagnostic inspect(Path file, String shown, Path folder, Limits limits, boolean archival) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        return invalid("image '" + shown + "' is an empty file");
      }
      if (size > limits.maxImageBytes()) {
        return Diagnostic.error(
            "image-too-large",
            "image '%s' has %d bytes; the limit is %d".formatted(shown, size, limits.maxImageBytes()),
            UNPLACED,
            "make the file smaller (scale it down, or compress it), or raise Limits.maxImageBytes");
      }
      byte[] head = new byte[16];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      Raster raster;
      if (n >= 8 && Arrays.equals(Arrays.copyOf(head, 8), PNG)) {
        raster = png(file);
      } else if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
        raster = jpeg(file);
      } else if (n >= 6 && new String(head, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).matches("GIF8[79]a")) {
        raster = gif(file);
      } else if (looksLikeSvg(file, head, n)) {
        return SvgSafety.inspect(file, shown, folder, limits);
      } else {
        return invalid("image '" + shown + "' is not a PNG, JPEG, GIF or SVG file");
      }
      if (raster.problem != null) {
        return invalid("image '" + shown + "' " + raster.problem);
      }
      long pixels = (long) raster.width * raster.height;
      if (raster.width <= 0 || raster.height <= 0) {
        return invalid("image '" + shown + "' has no pixels (" + raster.width + "x" + raster.height + ")");
      }
      if (pixels > limits.maxImagePixels()) {
        return Diagnostic.error(
            "image-too-large",
            "image '%s' has %dx%d = %d pixels; the limit is %d"
                .formatted(shown, raster.width, raster.height, pixels, limits.maxImagePixels()),
            UNPLACED,
            "scale it down (print needs about 300 pixels per inch), or raise Limits.maxImagePixels");
      }
      if (archival && raster.cmyk) {
        return Diagnostic.error(
            "pdfa-cmyk-image",
            "image '" + shown + "' is a CMYK JPEG, which a PDF/A edition cannot hold: its colours are"
                + " tied to sRGB",
            UNPLACED,
            "save the image as RGB (sRGB) JPEG or PNG, or leave a-3u out of pdf.standards");
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean looksLikeSvg(Path file, byte[] head, int n) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      return true;
    }
    String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
    return start.startsWith("<") || start.startsWith("\u00EF\u00BB\u00BF<");
  }

  /** Width and height (and whether it is CMYK), or what is wrong with the file's structure. */
  private record Raster(int width, int height, String problem, boolean cmyk) {
    Raster(int width, int height, String problem) {
      this(width, height, problem, false);
    }

    static Raster broken(String problem) {
      return new Raster(0, 0, problem);
    }
  }

  /** Walks every chunk, checking its CRC, up to IEND; the size comes from IHDR. */
  private static Raster png(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      in.skipNBytes(8);
      int width = -1;
      int height = -1;
      byte[] buffer = new byte[8192];
      while (true) {
        long length;
        byte[] type = new byte[4];
        try {
          length = Integer.toUnsignedLong(in.readInt());
          in.readFully(type);
        } catch (EOFException e) {
          return Raster.broken("is truncated (the file ends before the PNG's last chunk)");
        }
        if (length > Integer.MAX_VALUE) {
          return Raster.broken("is corrupt (a PNG chunk has an impossible length)");
        }
        String name = new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        long left = length;
        try {
          if (name.equals("IHDR")) {
            if (length < 8) {
              return Raster.broken("is corrupt (its PNG header is too short)");
            }
            byte[] ihdr = in.readNBytes((int) length);
            if (ihdr.length < length) {
              throw new EOFException();
            }
            crc.update(ihdr);
            width = readInt(ihdr, 0);
            height = readInt(ihdr, 4);
            left = 0;
          } else if (width < 0) {
            return Raster.broken("is corrupt (its PNG header chunk is missing)");
          }
          while (left > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
              throw new EOFException();
            }
            crc.update(buffer, 0, r);
            left -= r;
          }
          if ((int) crc.getValue() != in.readInt()) {
            return Raster.broken("is corrupt (the checksum of its " + name + " chunk does not match)");
          }
        } catch (EOFException e) {
          return Raster.broken("is truncated (the file ends inside its " + name + " chunk)");
        }
        if (name.equals("IEND")) {
          return new Raster(width, height, null);
        }
      }
    }
  }

  /** Walks the JPEG's segments and entropy-coded data up to the end-of-image marker. */
  private static Raster jpeg(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      in.skipNBytes(2);
      int width = -1;
      int height = -1;
      int components = 0;
      try {
        int marker = nextMarker(in);
        while (true) {
          if (marker == 0xD9) {
            return width < 0
                ? Raster.broken("is corrupt (the JPEG has no frame header)")
                : new Raster(width, height, null, components == 4);
          }
          if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            marker = nextMarker(in); // markers without a length
            continue;
          }
          int length = in.readUnsignedShort();
          if (length < 2) {
            return Raster.broken("is corrupt (a JPEG segment has an impossible length)");
          }
          boolean frame =
              marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
          if (frame) {
            in.readUnsignedByte(); // sample precision
            height = in.readUnsignedShort();
            width = in.readUnsignedShort();
            components = in.readUnsignedByte(); // 4: CMYK (or YCCK)
            in.skipNBytes(length - 8);
          } else {
            in.skipNBytes(length - 2);
          }
          if (marker == 0xDA) {
            marker = skipEntropyCoded(in); // the scan data runs to the next marker
          } else {
            marker = nextMarker(in);
          }
        }
      } catch (EOFException e) {
        return Raster.broken("is truncated (the file ends before the JPEG's end-of-image marker)");
      }
    }
  }

  private static int nextMarker(DataInputStream in) throws IOException {
    int b = in.readUnsignedByte();
    if (b != 0xFF) {
      throw new EOFException(); // not a marker where one must be: treat as broken
    }
    while (b == 0xFF) {
      b = in.readUnsignedByte();
    }
    return b;
  }

  private static int skipEntropyCoded(DataInputStream in) throws IOException {
    while (true) {
      int b = in.readUnsignedByte();
      if (b != 0xFF) {
        continue;
      }
      int next = in.readUnsignedByte();
      while (next == 0xFF) {
        next = in.readUnsignedByte();
      }
      if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
        return next;
      }
    }
  }

  /** Walks the GIF's blocks up to its trailer. */
  private static Raster gif(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      try {
        in.skipNBytes(6);
        int width = in.readUnsignedByte() | in.readUnsignedByte() << 8;
        int height = in.readUnsignedByte() | in.readUnsignedByte() << 8;
        int flags = in.readUnsignedByte();
        in.skipNBytes(2);
        if ((flags & 0x80) != 0) {
          in.skipNBytes(3L * (1 << ((flags & 7) + 1)));
        }
        while (true) {
          int block = in.readUnsignedByte();
          if (block == 0x3B) {
            return new Raster(width, height, null);
          } else if (block == 0x21) {
            in.readUnsignedByte();
            skipSubBlocks(in);
          } else if (block == 0x2C) {
            in.skipNBytes(8);
            int local = in.readUnsignedByte();
            if ((local & 0x80) != 0) {
              in.skipNBytes(3L * (1 << ((local & 7) + 1)));
            }
            in.readUnsignedByte(); // LZW minimum code size
            skipSubBlocks(in);
          } else {
            return Raster.broken("is corrupt (an unknown GIF block)");
          }
        }
      } catch (EOFException e) {
        return Raster.broken("is truncated (the file ends before the GIF's trailer)");
      }
    }
  }

  private static void skipSubBlocks(DataInputStream in) throws IOException {
    for (int size = in.readUnsignedByte(); size != 0; size = in.readUnsignedByte()) {
      in.skipNBytes(size);
    }
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }
}

package io.github.colophon.core.internal.fonts;

import io.github.colophon.core.internal.Futures;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts Colophon ships (SIL OFL; see {@code fonts/README.md} in pipeline-core). Read from the
 * class path once per JVM and shared by every publication, as their bytes and character coverage.
 */
public final class FontLibrary {
  public static final String SERIF = "Noto Serif SC";
  public static final String SANS = "Noto Sans SC";
  public static final String MONO = "JetBrains Mono";

  private static final String ROOT = "/io/github/colophon/fonts/";

  /** One font file: family, CSS weight, and its bytes. */
  public record Face(String family, int weight, String file, byte[] bytes) {
    /** The file name of the face's licence (SIL OFL 1.1 with the family's copyright line). */
    public String licenceFile() {
      return family.equals(MONO) ? "OFL-JetBrainsMono.txt" : "OFL-NotoSC.txt";
    }
  }

  // fontbox warns that it ignores the variation-selector cmap (format 14) of the Noto fonts;
  // Colophon does not use it. Held in a field: JUL keeps loggers weakly and would forget the level.
  private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

  static {
    FONTBOX_LOG.setLevel(Level.SEVERE);
  }

  private static final class Holder {
    static final FontLibrary BUNDLED = new FontLibrary(readOnOwnThread());
  }

  /** The faces and their coverage, once read. */
  private record Contents(List<Face> faces, BitSet coverage) {}

  private final CompletableFuture<Contents> contents;

  private FontLibrary(CompletableFuture<Contents> contents) {
    this.contents = contents;
  }

  /**
   * The bundled fonts. Returns at once: the files are read on a thread of their own, and a
   * method that needs them waits for what is left. So a fresh JVM loads and parses the manuscript
   * on one core while the fonts are read on the other.
   */
  public static FontLibrary bundled() {
    return Holder.BUNDLED;
  }

  private static CompletableFuture<Contents> readOnOwnThread() {
    CompletableFuture<Contents> read = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                read.complete(load());
              } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
              }
            },
            "colophon-fonts");
    thread.setDaemon(true);
    thread.start();
    return read;
  }

  private Contents contents() {
    return Futures.join(contents);
  }

  public List<Face> faces() {
    return contents().faces();
  }

  /**
   * {@code face} as a Java font of size 1 and plain style, created once per JVM (Java copies a
   * font made from bytes to a temporary file). Charts measure their text with it, and Batik sets
   * SVG text with it; both agree with the PDF because it is the same file.
   */
  public static Font awt(Face face) {
    return AWT.computeIfAbsent(
        face,
        f -> {
          try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(f.bytes()));
          } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + f.file() + " is not a TrueType font", e);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static final Map<Face, Font> AWT = new ConcurrentHashMap<>();

  /**
   * {@code face} parsed as a TrueType font, once per JVM: every PDF embeds its subsets from this
   * one parse ({@code PDType0Font.load(document, font, true)}), instead of re-reading the file for
   * each publication. fontbox reads a parsed font's tables and glyphs under its own locks, so
   * builds on several threads may share it. Never closed: it lives as long as the class.
   */
  public static TrueTypeFont trueType(Face face) {
    return PARSED.computeIfAbsent(
        face,
        f -> {
          try {
            return new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + f.file(), e);
          }
        });
  }

  private static final Map<Face, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

  /** The face of {@code family} whose weight is nearest {@code weight} (the lighter one on a tie). */
  public Face face(String family, int weight) {
    Face best = null;
    for (Face face : faces()) {
      if (face.family().equals(family)
          && (best == null || Math.abs(face.weight() - weight) < Math.abs(best.weight() - weight))) {
        best = face;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no bundled family " + family);
    }
    return best;
  }

  /** The text of a licence named by {@link Face#licenceFile()}, as bundled beside the fonts. */
  public static byte[] licence(String file) {
    try (InputStream in = FontLibrary.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font licence missing from the class path: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when some bundled font has a glyph for {@code codePoint}. */
  public boolean covers(int codePoint) {
    return contents().coverage().get(codePoint);
  }

  private static Contents load() {
    List<Face> faces =
        List.of(
            face(SERIF, 400, "NotoSerifSC-Regular.ttf"),
            face(SERIF, 700, "NotoSerifSC-Bold.ttf"),
            face(SANS, 400, "NotoSansSC-Regular.ttf"),
            face(SANS, 700, "NotoSansSC-Bold.ttf"),
            face(MONO, 400, "JetBrainsMono-Regular.ttf"),
            face(MONO, 700, "JetBrainsMono-Bold.ttf"));
    BitSet coverage = new BitSet(0x10000);
    // The regular faces of each family have the same character sets as the bold ones.
    for (Face face : faces) {
      if (face.weight() == 400) {
        coverage.or(coverageOf(face));
      }
    }
    return new Contents(faces, coverage);
  }

  private static Face face(String family, int weight, String file) {
    try (InputStream in = FontLibrary.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing from the class path: " + file);
      }
      return new Face(family, weight, file, withoutVariationSequences(withoutTable(in.readAllBytes(), "GSUB")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The font file without the table {@code tag}. Colophon drops GSUB: PDFBox applies a font's GSUB
   * itself whenever it shows text with a font whose GSUB lists the Latin script, as the Noto CJK
   * fonts' does, and for every string shown it compiles regular expressions over the font's
   * ligature sets; that was more than half the time of a 300-page build (docs/performance.md).
   * The ligatures it would set are also what the subset's ToUnicode map cannot map back, so they
   * would break text extraction and search. OpenHTMLtoPDF measures text without GSUB, so the
   * layout stays the same, and PDFBox never embeds GSUB in the subsets it writes.
   *
   * <p>Only the table directory changes: the entry goes, the table's bytes stay where they are.
   */
  static byte[] withoutTable(byte[] font, String tag) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int tables = in.getShort(4) & 0xFFFF;
    int dropped = -1;
    for (int i = 0; i < tables; i++) {
      if (new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
        dropped = i;
      }
    }
    if (dropped < 0) {
      return font;
    }
    byte[] result = font.clone();
    int record = 12 + 16 * dropped;
    System.arraycopy(font, record + 16, result, record, 16 * (tables - dropped - 1));
    Arrays.fill(result, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
    int left = tables - 1;
    int entrySelector = 31 - Integer.numberOfLeadingZeros(left);
    int searchRange = 16 << entrySelector;
    ByteBuffer.wrap(result)
        .putShort(4, (short) left)
        .putShort(6, (short) searchRange)
        .putShort(8, (short) entrySelector)
        .putShort(10, (short) (16 * left - searchRange));
    return result;
  }

  /**
   * The font without its cmap subtable of format 14 (Unicode variation sequences), which fontbox
   * cannot read and warns about, into the author's build log, at each parse. Colophon sets no
   * variation selectors. The subtable's record is removed from the cmap header; its bytes stay
   * where they are, unreferenced, so every other offset holds.
   */
  static byte[] withoutVariationSequences(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int tables = in.getShort(4) & 0xFFFF;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (!new String(font, record, 4, StandardCharsets.ISO_8859_1).equals("cmap")) {
        continue;
      }
      int cmap = in.getInt(record + 8);
      int subtables = in.getShort(cmap + 2) & 0xFFFF;
      byte[] result = font.clone();
      ByteBuffer out = ByteBuffer.wrap(result);
      int kept = 0;
      for (int j = 0; j < subtables; j++) {
        int entry = cmap + 4 + 8 * j;
        int format = in.getShort(cmap + in.getInt(entry + 4)) & 0xFFFF;
        if (format != 14) {
          System.arraycopy(font, entry, result, cmap + 4 + 8 * kept++, 8);
        }
      }
      if (kept == subtables) {
        return font;
      }
      Arrays.fill(result, cmap + 4 + 8 * kept, cmap + 4 + 8 * subtables, (byte) 0);
      out.putShort(cmap + 2, (short) kept);
      return result;
    }
    return font;
  }

  private static BitSet coverageOf(Face face) {
    CmapLookup cmap;
    try {
      cmap = trueType(face).getUnicodeCmapLookup(); // the one parse the PDFs use too
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + face.file(), e);
    }
    BitSet set = new BitSet(0x10000);
    for (int cp = 0; cp < 0x10000; cp++) {
      if (cmap.getGlyphId(cp) != 0) {
        set.set(cp);
      }
    }
    return set;
  }

}

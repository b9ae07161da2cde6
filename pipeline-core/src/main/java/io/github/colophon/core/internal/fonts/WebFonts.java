package io.github.colophon.core.internal.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts as web fonts: a face cut down to the characters a site shows, by fontbox's
 * TrueType subsetter. The subset keeps the tables a browser needs to draw and measure text
 * (glyphs, metrics, the character map, names) and leaves out the OpenType layout tables (GSUB,
 * GPOS, GDEF) and vertical metrics: the subsetter copies those unchanged, and their glyph ids
 * would no longer match. The PDF sets text without them too, so both editions measure alike.
 *
 * <p>The same face and characters give the same bytes. Stateless and thread-safe.
 */
public final class WebFonts {
  /** The tables a subset keeps; those the font lacks (its hints were dropped) are skipped. */
  static final List<String> TABLES =
      List.of("head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cmap", "glyf", "loca", "cvt ", "fpgm", "prep");

  private WebFonts() {}

  /**
   * A face cut down to the characters it was asked for and has.
   *
   * @param face the bundled face
   * @param localNames the names a reader's installed copy answers to ({@code local()} in CSS): the
   *     face's full name and PostScript name
   * @param characters the code points the subset maps, in order
   * @param bytes the TrueType file
   * @param woff the same font in the WOFF container, as the site ships it
   */
  public record WebFont(
      FontLibrary.Face face, List<String> localNames, SortedSet<Integer> characters, byte[] bytes, byte[] woff) {}

  /**
   * The last subsets made, by face and characters: a rebuild in the same JVM (as {@code serve}
   * or a second build does) whose edit brought no new character reuses them. Subsetting a CJK
   * face and compressing it is about a third of the HTML edition's time.
   */
  private static final Map<List<Object>, WebFont> RECENT =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, WebFont> eldest) {
              return size() > 16;
            }
          });

  /** {@code face} cut down to the code points of {@code wanted} that it has a glyph for. */
  public static WebFont subset(FontLibrary.Face face, SortedSet<Integer> wanted) {
    List<Object> key = List.of(face.file(), List.copyOf(wanted));
    WebFont recent = RECENT.get(key);
    if (recent != null) {
      return recent;
    }
    WebFont made = make(face, wanted);
    RECENT.put(key, made);
    return made;
  }

  private static WebFont make(FontLibrary.Face face, SortedSet<Integer> wanted) {
    // The face as parsed once per JVM; its data is an in-memory copy that the subsetter reads
    // through streams of its own, so sites written at the same time can share it.
    TrueTypeFont font = FontLibrary.trueType(face);
    try {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      SortedSet<Integer> kept = new TreeSet<>();
      for (int cp : wanted) {
        if (cmap.getGlyphId(cp) != 0) {
          kept.add(cp);
        }
      }
      byte[] ttf = ttf(font, kept);
      return new WebFont(
          face, localNames(font.getNaming()), java.util.Collections.unmodifiableSortedSet(kept), ttf, Woff.wrap(ttf));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot subset bundled font " + face.file(), e);
    }
  }

  /**
   * The TrueType subset of {@code font} that maps {@code kept}, characters it has. The subsetter
   * writes every table but the character map, which {@link SubsetCmap} writes faster, the same.
   */
  static byte[] ttf(TrueTypeFont font, SortedSet<Integer> kept) throws IOException {
    // With no characters the subsetter copies the font's own cmap; that costs nothing to leave.
    TTFSubsetter subsetter =
        new TTFSubsetter(font, kept.isEmpty() ? TABLES : TABLES.stream().filter(t -> !t.equals("cmap")).toList());
    subsetter.addAll(kept);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    if (kept.isEmpty()) {
      return out.toByteArray();
    }
    CmapLookup cmap = font.getUnicodeCmapLookup();
    SortedMap<Integer, Integer> oldGids = new TreeMap<>();
    for (int cp : kept) {
      oldGids.put(cp, cmap.getGlyphId(cp));
    }
    Map<Integer, Integer> newGids = new HashMap<>();
    subsetter.getGIDMap().forEach((newGid, oldGid) -> newGids.put(oldGid, newGid));
    return SubsetCmap.withTable(out.toByteArray(), "cmap", SubsetCmap.format4(oldGids, newGids));
  }

  /** The full name and the PostScript name (Windows English records, else Macintosh). */
  private static List<String> localNames(NamingTable naming) {
    List<String> names = new ArrayList<>();
    for (int id : new int[] {4, 6}) {
      String name = naming.getName(id, 3, 1, 0x409);
      if (name == null) {
        name = naming.getName(id, 1, 0, 0);
      }
      if (name != null && !name.isBlank() && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    return List.copyOf(names);
  }
}

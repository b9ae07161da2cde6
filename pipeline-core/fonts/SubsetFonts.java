import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Writes Colophon's documented font character set (see README.md beside this file) as a
 * fontTools {@code --unicodes-file}. Run through regenerate.sh; it is a build-time tool and is not
 * part of the product.
 *
 * <p>Usage: {@code java SubsetFonts.java cjk|latin OUT.txt}
 */
public class SubsetFonts {

  public static void main(String[] args) throws IOException {
    boolean cjk = args[0].equals("cjk");
    StringBuilder out = new StringBuilder();
    for (int cp : characterSet(cjk)) {
      out.append(String.format("U+%04X%n", cp));
    }
    Files.writeString(Path.of(args[1]), out);
  }

  /**
   * The documented character set. The CJK radical blocks (U+2E80–U+2FDF), CJK strokes
   * (U+31C0–U+31EF) and compatibility ideographs (U+F900–U+FAFF) are left out on purpose: the
   * upstream fonts draw them with the same glyphs as the unified ideographs, and a PDF's
   * ToUnicode map built from such a font may then extract 一 as ⼀ (U+2F00).
   */
  static TreeSet<Integer> characterSet(boolean cjk) {
    TreeSet<Integer> set = new TreeSet<>();
    range(set, 0x0020, 0x007E); // Basic Latin
    range(set, 0x00A0, 0x024F); // Latin-1, Latin Extended-A and -B (pinyin tone marks)
    range(set, 0x0370, 0x03FF); // Greek (formulas)
    range(set, 0x0400, 0x045F); // Cyrillic (GB 2312 has it)
    range(set, 0x2000, 0x206F); // General Punctuation
    range(set, 0x20A0, 0x20CF); // Currency Symbols
    range(set, 0x2100, 0x218F); // Letterlike Symbols, Number Forms (Ⅰ Ⅱ Ⅲ)
    range(set, 0x2190, 0x22FF); // Arrows, Mathematical Operators
    range(set, 0x2460, 0x24FF); // Enclosed Alphanumerics (① ②)
    range(set, 0x2500, 0x26FF); // Box Drawing, Block Elements, Geometric Shapes, Misc Symbols
    if (cjk) {
      range(set, 0x3000, 0x303F); // CJK Symbols and Punctuation
      range(set, 0x3040, 0x30FF); // Hiragana, Katakana
      range(set, 0x3100, 0x312F); // Bopomofo
      range(set, 0x3200, 0x33FF); // Enclosed CJK Letters, CJK Compatibility (㈠ ㎡)
      range(set, 0xFE30, 0xFE4F); // CJK Compatibility Forms
      range(set, 0xFF00, 0xFFEF); // Halfwidth and Fullwidth Forms
      set.addAll(decodeAll(Charset.forName("GB2312")));
      String extra = System.getenv().getOrDefault("COLOPHON_FONT_HAN", "gb2312");
      if (extra.equals("gbk")) {
        // Every ideograph GBK encodes: the whole URO block plus a few from Extension A that GBK
        // maps. Many personal and place names in financial texts lie outside GB 2312.
        for (int cp : decodeAll(Charset.forName("GBK"))) {
          if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            set.add(cp);
          }
        }
      }
    }
    set.removeIf(cp -> (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x31C0 && cp <= 0x31EF)
        || (cp >= 0xF900 && cp <= 0xFAFF));
    return set;
  }

  private static void range(TreeSet<Integer> set, int from, int to) {
    for (int cp = from; cp <= to; cp++) {
      set.add(cp);
    }
  }

  /** Every character of a double-byte Chinese charset, found by decoding all lead/trail pairs. */
  private static TreeSet<Integer> decodeAll(Charset charset) {
    TreeSet<Integer> set = new TreeSet<>();
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        String s = new String(new byte[] {(byte) lead, (byte) trail}, charset);
        if (s.codePointCount(0, s.length()) == 1 && s.codePointAt(0) != 0xFFFD) {
          set.add(s.codePointAt(0));
        }
      }
    }
    return set;
  }
}

package io.github.colophon.core.internal.markdown;

/**
 * The small gap Chinese typesetting puts between Han characters and Latin letters or digits when
 * the author typed none (W3C clreq §3.2.2: about a quarter em). The bundled fonts' space is
 * 0.22–0.25 em, so a plain space is that gap; it also lets the line break there.
 */
final class Spacing {
  private Spacing() {}

  static String betweenHanAndLatin(String text) {
    StringBuilder out = null;
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i);
      if ((isHan(before) && isLatin(after)) || (isLatin(before) && isHan(after))) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(' ');
      }
      if (out != null) {
        out.append(after);
      }
    }
    return out == null ? text : out.toString();
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}

package io.github.colophon.core.internal.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as authors and spreadsheets write them: {@code 1234}, {@code -1,234.5} (comma groups of
 * three), {@code +7.9}, {@code 52.8%} (read as 0.528), with a minus sign or U+2212. Formats use
 * {@link DecimalFormat} patterns with fixed symbols, so output never depends on the machine's
 * locale.
 */
final class Numbers {
  private static final Pattern NUMBER =
      Pattern.compile("([+\\-\u2212]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(%?)");

  private Numbers() {}

  /** A number read from a cell: its value, and how it was written. */
  record Parsed(BigDecimal value, boolean percent, boolean grouped, int decimals) {}

  /** The number in {@code text} (surrounding spaces allowed), or null when it is not one. */
  static Parsed parse(String text) {
    Matcher m = NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String digits = m.group(2);
    boolean grouped = digits.indexOf(',') >= 0;
    BigDecimal value = new BigDecimal(digits.replace(",", ""));
    int decimals = Math.max(0, value.scale());
    if (!m.group(1).isEmpty() && m.group(1).charAt(0) != '+') {
      value = value.negate();
    }
    boolean percent = !m.group(3).isEmpty();
    if (percent) {
      value = value.movePointLeft(2);
    }
    return new Parsed(value, percent, grouped, decimals);
  }

  /** A {@link DecimalFormat} for {@code pattern}; throws IllegalArgumentException when invalid. */
  static DecimalFormat format(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** A pattern that writes numbers the way a column's cells were written. */
  private static String patternLike(boolean percent, boolean grouped, int decimals) {
    StringBuilder p = new StringBuilder(grouped ? "#,##0" : "0");
    if (decimals > 0) {
      p.append('.').append("0".repeat(decimals));
    }
    return percent ? p.append('%').toString() : p.toString();
  }

  /**
   * A pattern that writes every number of a column the way its cells were written: a percentage
   * if any cell was one, grouped if any was, with the most decimals any cell has.
   */
  static String patternLike(List<Parsed> values) {
    boolean percent = false;
    boolean grouped = false;
    int decimals = 0;
    for (Parsed v : values) {
      if (v != null) {
        percent |= v.percent();
        grouped |= v.grouped();
        decimals = Math.max(decimals, v.decimals());
      }
    }
    return patternLike(percent, grouped, decimals);
  }
}

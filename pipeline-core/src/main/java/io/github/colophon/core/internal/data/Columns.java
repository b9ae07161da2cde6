package io.github.colophon.core.internal.data;

import io.github.colophon.core.Diagnostic;
import java.math.BigDecimal;
import java.text.Collator;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Questions about the columns of a data file that tables and charts both ask. */
final class Columns {
  private Columns() {}

  /** At most this many bad cells are reported per column; the rest are likely the same slip. */
  private static final int MAX_REPORTED = 5;

  /** Cells that mean "no value": empty, or a dash. */
  static boolean isMissing(String text) {
    String t = text.strip();
    return t.isEmpty() || t.equals("-") || t.equals("\u2014") || t.equals("\u2013") || t.equals("\u2014\u2014");
  }

  /** True when most of the column's non-missing cells are numbers (and there is at least one). */
  static boolean looksNumeric(CsvData data, int column) {
    int numbers = 0;
    int others = 0;
    for (List<CsvData.Cell> row : data.rows()) {
      String text = row.get(column).text();
      if (isMissing(text)) {
        continue;
      }
      if (Numbers.parse(text) != null) {
        numbers++;
      } else {
        others++;
      }
    }
    return numbers > 0 && numbers >= others;
  }

  /**
   * The column's numbers, null for missing cells; reports {@code non-numeric-value} at each cell
   * that is neither a number nor missing (and returns null then).
   */
  static List<Numbers.Parsed> numbers(BlockContext ctx, CsvData data, int column, String why) {
    List<Numbers.Parsed> values = new ArrayList<>();
    int bad = 0;
    for (List<CsvData.Cell> row : data.rows()) {
      CsvData.Cell cell = row.get(column);
      if (isMissing(cell.text())) {
        values.add(null);
        continue;
      }
      Numbers.Parsed parsed = Numbers.parse(cell.text());
      if (parsed == null && bad++ < MAX_REPORTED) {
        ctx.report(
            Diagnostic.error(
                "non-numeric-value",
                "'%s' in column '%s' is not a number (the column %s)"
                    .formatted(cell.text(), data.names().get(column), why),
                cell.at(),
                "write numbers like 1234, 1,234.5, -7.9 or 52.8%; leave the cell empty or write \u2014 when there is no value"));
      }
      values.add(parsed);
    }
    return bad > 0 ? null : values;
  }

  /**
   * The number formats of attribute {@code format}: one pattern per column
   * ({@code "2021:#,##0;2022:0.0%"}), or one pattern for every column of numbers ({@code every}).
   */
  record Formats(Map<Integer, DecimalFormat> byColumn, DecimalFormat every) {
    /** The column's format, or null when its cells are shown as written. */
    DecimalFormat of(int column) {
      return byColumn.getOrDefault(column, every);
    }
  }

  /** Reads attribute {@code format}; reports patterns that are not formats and unknown columns. */
  static Formats formats(BlockContext ctx, CsvData data) {
    Map<Integer, DecimalFormat> formats = new LinkedHashMap<>();
    DecimalFormat every = null;
    String value = ctx.attributes.values().get("format");
    if (value != null) {
      for (String item : value.split(";")) {
        if (item.isBlank()) {
          continue;
        }
        int colon = item.indexOf(':');
        String pattern = colon < 0 ? item.strip() : item.substring(colon + 1).strip();
        DecimalFormat format;
        try {
          format = Numbers.format(pattern);
        } catch (IllegalArgumentException e) {
          ctx.invalid(
              "format",
              "'" + pattern + "' is not a number format",
              "use patterns such as #,##0 (thousands), 0.0 (one decimal), 0.0% (percent; 0.528 prints 52.8%)");
          continue;
        }
        if (colon < 0) {
          every = format;
        } else {
          int c = ctx.column(data, item.substring(0, colon).strip(), "format");
          if (c >= 0) {
            formats.put(c, format);
          }
        }
      }
    }
    return new Formats(formats, every);
  }

  /**
   * A cell as a data table shows it: its number in {@code format}, or without a format (or
   * without a number) its text as written.
   */
  static String shown(CsvData.Cell cell, Numbers.Parsed number, DecimalFormat format) {
    return number != null && format != null ? format.format(number.value()) : cell.text().strip();
  }

  /** A sort key: a column and its direction. */
  record SortKey(int column, boolean descending, boolean numeric) {}

  /**
   * The sort keys of attribute {@code key}: column names, each with {@code -} in front for
   * descending order ({@code sort="-2022,机构"}); reports unknown columns.
   */
  static List<SortKey> sortKeys(BlockContext ctx, CsvData data, String key) {
    List<SortKey> keys = new ArrayList<>();
    for (String item : ctx.list(key)) {
      boolean descending = item.startsWith("-");
      String name = item.startsWith("-") || item.startsWith("+") ? item.substring(1).strip() : item;
      int column = data.column(name);
      if (column < 0 && data.column(item) >= 0) { // a column whose name starts with '-'
        column = data.column(item);
        descending = false;
      } else if (column < 0) {
        column = ctx.column(data, name, key);
      }
      if (column >= 0) {
        keys.add(new SortKey(column, descending, looksNumeric(data, column)));
      }
    }
    return keys;
  }

  /** The rows in the order of {@code keys} (stable; missing values last). */
  static List<List<CsvData.Cell>> sorted(List<List<CsvData.Cell>> rows, List<SortKey> keys) {
    if (keys.isEmpty()) {
      return rows;
    }
    Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
    Comparator<List<CsvData.Cell>> order = (a, b) -> 0;
    for (SortKey key : keys) {
      Comparator<List<CsvData.Cell>> one =
          (a, b) -> {
            String x = a.get(key.column()).text();
            String y = b.get(key.column()).text();
            boolean mx = isMissing(x);
            boolean my = isMissing(y);
            if (mx || my) {
              return mx == my ? 0 : mx ? 1 : -1; // missing last, whatever the direction
            }
            int c;
            Numbers.Parsed px = key.numeric() ? Numbers.parse(x) : null;
            Numbers.Parsed py = key.numeric() ? Numbers.parse(y) : null;
            if (px != null && py != null) {
              c = px.value().compareTo(py.value());
            } else {
              c = collator.compare(x.strip(), y.strip());
            }
            return key.descending() ? -c : c;
          };
      order = order.thenComparing(one);
    }
    List<List<CsvData.Cell>> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }

  /** The sum of the column's numbers, skipping missing cells. */
  static BigDecimal sum(List<Numbers.Parsed> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Numbers.Parsed v : values) {
      if (v != null) {
        sum = sum.add(v.value());
      }
    }
    return sum;
  }
}

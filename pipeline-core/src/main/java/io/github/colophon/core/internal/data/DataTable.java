package io.github.colophon.core.internal.data;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table made from a data file, ready to print: the chosen columns in order, renamed, numbers
 * formatted and right-aligned, rows sorted, an optional total row. Immutable.
 *
 * <p>Attributes: {@code columns="a,b,c"} (which and in what order; default all),
 * {@code rename="a:A,b:B"}, {@code format="b:#,##0;c:0.0%"} ({@link DecimalFormat} patterns, one
 * per column, or one pattern for every numeric column), {@code sort="-c,a"} ({@code -} for
 * descending), {@code total="true"} or {@code total="合计"} (a row summing the numeric columns
 * after the first).
 */
final class DataTable {
  static final List<String> KEYS =
      List.of("source", "caption", "sep", "columns", "rename", "format", "sort", "total");

  private final List<String> headers;
  private final List<Boolean> numeric;
  private final List<List<String>> body;
  private final List<String> total;
  private final List<Integer> shown;

  private DataTable(
      List<Integer> shown, List<String> headers, List<Boolean> numeric, List<List<String>> body, List<String> total) {
    this.shown = List.copyOf(shown);
    this.headers = List.copyOf(headers);
    this.numeric = List.copyOf(numeric);
    this.body = body.stream().map(List::copyOf).toList();
    this.total = total == null ? null : List.copyOf(total);
  }

  /** The columns of the data file that are shown, in order. */
  List<Integer> shown() {
    return shown;
  }

  List<String> headers() {
    return headers;
  }

  List<List<String>> body() {
    return body;
  }

  /** The total row, or null. */
  List<String> total() {
    return total;
  }

  boolean isNumeric(int column) {
    return numeric.get(column);
  }

  /** Builds the table; reports every problem and returns null when there was one. */
  static DataTable build(BlockContext ctx, CsvData data) {
    List<Integer> columns = new ArrayList<>();
    if (ctx.attributes.values().containsKey("columns")) {
      for (String name : ctx.list("columns")) {
        int c = ctx.column(data, name, "columns");
        if (c >= 0) {
          columns.add(c);
        }
      }
      if (columns.isEmpty() && !ctx.failed()) {
        ctx.invalid("columns", "columns= names no column", "list the columns to show: columns=\"a,b,c\"");
      }
    } else {
      for (int c = 0; c < data.header().size(); c++) {
        columns.add(c);
      }
    }

    Map<Integer, String> renamed = new HashMap<>();
    for (String pair : ctx.list("rename")) {
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        ctx.invalid("rename", "rename= needs 'column:new name' pairs, not '" + pair + "'", "write rename=\"2021:2021 年,2022:2022 年\"");
        continue;
      }
      int c = ctx.column(data, pair.substring(0, colon).strip(), "rename");
      if (c >= 0) {
        renamed.put(c, pair.substring(colon + 1).strip());
      }
    }

    Columns.Formats formats = Columns.formats(ctx, data);

    String totalValue = ctx.attributes.get("total", "false");
    String totalLabel =
        switch (totalValue) {
          case "false", "no" -> null;
          case "true", "yes" -> isChinese(ctx, data) ? "合计" : "Total";
          default -> totalValue;
        };
    List<Columns.SortKey> sort = Columns.sortKeys(ctx, data, "sort");
    if (ctx.failed()) {
      return null;
    }

    // Which columns hold numbers: those given a format, and those that mostly do.
    Map<Integer, List<Numbers.Parsed>> values = new HashMap<>();
    for (int c : columns) {
      boolean formatted = formats.byColumn().containsKey(c);
      if (formatted || Columns.looksNumeric(data, c)) {
        List<Numbers.Parsed> v =
            Columns.numbers(ctx, data, c, formatted ? "has a number format" : "holds numbers");
        if (v != null) {
          values.put(c, v);
        }
      }
    }
    if (ctx.failed()) {
      return null;
    }

    List<String> headers = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (int c : columns) {
      headers.add(renamed.getOrDefault(c, data.names().get(c)));
      numeric.add(values.containsKey(c));
    }
    Map<List<CsvData.Cell>, Integer> rowIndex = new HashMap<>();
    for (int r = 0; r < data.rows().size(); r++) {
      rowIndex.put(data.rows().get(r), r);
    }
    List<List<String>> body = new ArrayList<>();
    for (List<CsvData.Cell> row : Columns.sorted(data.rows(), sort)) {
      int r = rowIndex.get(row);
      List<String> cells = new ArrayList<>();
      for (int c : columns) {
        Numbers.Parsed number = values.containsKey(c) ? values.get(c).get(r) : null;
        cells.add(Columns.shown(row.get(c), number, formats.of(c)));
      }
      body.add(cells);
    }

    List<String> total = null;
    if (totalLabel != null) {
      total = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        int c = columns.get(i);
        if (i == 0) {
          total.add(totalLabel);
        } else if (values.containsKey(c)) {
          List<Numbers.Parsed> v = values.get(c);
          DecimalFormat format = formats.of(c);
          if (format == null) {
            format = Numbers.format(Numbers.patternLike(v));
          }
          total.add(format.format(Columns.sum(v)));
        } else {
          total.add("");
        }
      }
    }
    return new DataTable(columns, headers, numeric, body, total);
  }

  private static boolean isChinese(BlockContext ctx, CsvData data) {
    String text = ctx.attributes.caption() + String.join("", data.names());
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** The {@code <table>} element. */
  String html() {
    StringBuilder sb = new StringBuilder("<table class=\"data-table\">\n<thead>\n<tr>");
    for (int c = 0; c < headers.size(); c++) {
      sb.append(cell("th", c, headers.get(c), false));
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : body) {
      sb.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        sb.append(cell("td", c, row.get(c), false));
      }
      sb.append("</tr>\n");
    }
    if (total != null) {
      sb.append("<tr class=\"total\">");
      for (int c = 0; c < total.size(); c++) {
        sb.append(cell("td", c, total.get(c), true));
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  private String cell(String tag, int column, String text, boolean strong) {
    String open =
        numeric.get(column)
            ? "<" + tag + " class=\"num\">"
            : "<" + tag + ">";
    String content = Html.escape(text);
    if (strong && !text.isEmpty()) {
      content = "<strong>" + content + "</strong>";
    }
    return open + content + "</" + tag + ">";
  }
}

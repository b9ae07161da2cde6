package io.github.colophon.core.internal.data;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.load.ManuscriptPaths;
import io.github.colophon.core.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data fence: a fenced code block whose info string is {@code {table …}} or {@code {chart …}},
 * read with its data file. A table is numbered and captioned like any table, a chart like any
 * figure. Reading reports every problem (attributes at their place in the Markdown, data at its
 * line and column in the data file); rendering then needs no I/O. Immutable and thread-safe.
 *
 * <p>The data file ({@code source=}) is a path relative to the Markdown file, inside the
 * publication folder: CSV, or TSV when it ends in {@code .tsv} or {@code sep="tab"} is given.
 */
public final class DataBlock {
  private final BlockAttributes attributes;
  private final DataTable table;
  private final Chart chart;

  private DataBlock(BlockAttributes attributes, DataTable table, Chart chart) {
    this.attributes = attributes;
    this.table = table;
    this.chart = chart;
  }

  /** The attributes of a data fence's info string, or null when the block is ordinary code. */
  public static BlockAttributes attributes(String info) {
    return BlockAttributes.parse(info);
  }

  /** True for a table, false for a chart. */
  public boolean isTable() {
    return table != null;
  }

  /** The author's {@code #label}, or null. */
  public String label() {
    return attributes.id();
  }

  public String caption() {
    return attributes.caption();
  }

  /** The {@code <table>} of a table block. */
  public String tableHtml() {
    return table.html();
  }

  /** The {@code <svg>} of a chart block; see {@link Chart#svg}. */
  public String chartSvg(String id, String label, String accent) {
    return chart.svg(id, label, accent);
  }

  /**
   * Reads the data fence whose info string is {@code info}, written at char {@code infoOffset} of
   * {@code source}. Returns null (having reported why) when it cannot be rendered, or when
   * {@code info} is no data fence.
   */
  public static DataBlock read(SourceFile source, String info, int infoOffset, Diagnostics sink) {
    BlockAttributes attributes = BlockAttributes.parse(info);
    if (attributes == null) {
      return null;
    }
    BlockContext ctx = new BlockContext(source, infoOffset, attributes, sink);
    boolean isTable = attributes.kind().equals("table");
    if (attributes.problem() != null) {
      ctx.report(
          Diagnostic.error(
              "invalid-data-block",
              "cannot read the attributes of this " + attributes.kind() + ": " + attributes.problem(),
              source.positionOf(infoOffset + attributes.problemOffset()),
              "write them as {" + attributes.kind() + " #label key=\"value\" …}"));
      return null;
    }
    List<String> keys = isTable ? DataTable.KEYS : Chart.KEYS;
    for (String key : attributes.values().keySet()) {
      if (!keys.contains(key)) {
        String nearest = Suggestions.nearest(key, keys);
        ctx.invalid(
            key,
            "unknown attribute '" + key + "' for a " + attributes.kind(),
            (nearest != null ? "did you mean '" + nearest + "'? " : "")
                + "a " + attributes.kind() + " takes: " + String.join(", ", keys));
      }
    }
    String src = attributes.values().get("source");
    if (src == null || src.isBlank()) {
      ctx.invalid(
          "#",
          "this " + attributes.kind() + " names no data file",
          "add source=\"../data/name.csv\" (relative to this Markdown file)");
    }
    char delimiter = delimiter(ctx, src);
    if (ctx.failed()) {
      return null;
    }
    Path folder = publicationFolder(source);
    Path dir = source.path().toAbsolutePath().normalize().getParent();
    Path file = null;
    if (!isRemote(src)) {
      String relative = folder.relativize(dir).resolve(src).toString();
      file = ManuscriptPaths.resolveInside(folder, relative);
    }
    if (file == null) {
      ctx.report(
          Diagnostic.error(
              "path-outside-publication",
              "data file '" + src + "' is outside the publication folder",
              ctx.at("source"),
              "keep data files inside the publication folder, e.g. data/"));
      return null;
    }
    if (!Files.isRegularFile(file)) {
      ctx.report(
          Diagnostic.error(
              "missing-data-file",
              "data file '" + src + "' does not exist",
              ctx.at("source"),
              nearestData(folder, dir, src)));
      return null;
    }
    String shown = folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/');
    CsvData data = CsvData.read(file, shown, delimiter, sink);
    if (data == null) {
      return null;
    }
    DataTable table = isTable ? DataTable.build(ctx, data) : null;
    Chart chart = isTable ? null : Chart.build(ctx, data);
    if (ctx.failed() || (table == null && chart == null)) {
      return null;
    }
    checkGlyphs(data, isTable ? table.shown() : chart.shown(), sink);
    return new DataBlock(attributes, table, chart);
  }

  private static char delimiter(BlockContext ctx, String src) {
    String sep = ctx.attributes.values().get("sep");
    if (sep == null) {
      String lower = src == null ? "" : src.toLowerCase(Locale.ROOT);
      return lower.endsWith(".tsv") || lower.endsWith(".tab") ? '\t' : ',';
    }
    if (sep.equals("tab") || sep.equals("\\t") || sep.equals("\t")) {
      return '\t';
    }
    if (sep.length() == 1 && sep.charAt(0) != '"' && sep.charAt(0) != '\n') {
      return sep.charAt(0);
    }
    ctx.invalid("sep", "sep= must be one character or 'tab', not '" + sep + "'", "write sep=\";\" or sep=\"tab\"");
    return ',';
  }

  private static boolean isRemote(String src) {
    String s = src.toLowerCase(Locale.ROOT);
    return s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//") || s.startsWith("ftp:");
  }

  /**
   * The publication folder of a manuscript file: its display path is the folder's name followed by
   * the file's path inside the folder.
   */
  static Path publicationFolder(SourceFile source) {
    Path folder = source.path().toAbsolutePath().normalize().getParent();
    int depth = source.displayPath().split("/").length - 2;
    for (int i = 0; i < depth && folder.getParent() != null; i++) {
      folder = folder.getParent();
    }
    return folder;
  }

  private static String nearestData(Path folder, Path dir, String src) {
    List<String> candidates = new ArrayList<>();
    try (var walk = Files.walk(folder, 4)) {
      walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".csv") || p.endsWith(".tsv"))
          .sorted()
          .forEach(candidates::add);
    } catch (java.io.IOException e) {
      // no suggestion then
    }
    String nearest = Suggestions.nearest(src, candidates);
    return (nearest != null ? "did you mean '" + nearest + "'? " : "")
        + "data paths are relative to the Markdown file that uses them";
  }

  /** Every character shown from the data file must have a glyph, like the manuscript's own text. */
  private static void checkGlyphs(CsvData data, List<Integer> columns, Diagnostics sink) {
    FontLibrary fonts = FontLibrary.bundled();
    Map<Integer, Object[]> missing = new LinkedHashMap<>(); // code point -> {first cell, count}
    List<CsvData.Cell> cells = new ArrayList<>();
    for (int c : columns) {
      cells.add(data.header().get(c));
      for (List<CsvData.Cell> row : data.rows()) {
        cells.add(row.get(c));
      }
    }
    for (CsvData.Cell cell : cells) {
      cell.text()
          .codePoints()
          .filter(cp -> !(cp < 0x20 || Character.isWhitespace(cp) || cp == 0xFEFF || fonts.covers(cp)))
          .forEach(cp -> ((int[]) missing.computeIfAbsent(cp, k -> new Object[] {cell, new int[1]})[1])[0]++);
    }
    missing.forEach(
        (cp, first) -> {
          int count = ((int[]) first[1])[0];
          String more = count > 1 ? " (%d times in this data file)".formatted(count) : "";
          String name = Character.getName(cp);
          sink.report(
              Diagnostic.error(
                  "missing-glyph",
                  "no font has a glyph for '%s' (U+%04X %s)%s"
                      .formatted(new String(Character.toChars(cp)), cp, name == null ? "unassigned" : name, more),
                  ((CsvData.Cell) first[0]).at(),
                  "use a common character instead, or add a font that covers it"));
        });
  }
}

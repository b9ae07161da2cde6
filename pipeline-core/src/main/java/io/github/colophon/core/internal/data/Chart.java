package io.github.colophon.core.internal.data;

import io.github.colophon.core.internal.Suggestions;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart made from a data file, drawn by JFreeChart into JFreeSVG: vector SVG whose text is text,
 * set in the publication's sans-serif face. The same SVG goes into both editions. Immutable; the
 * SVG is the same bytes for the same data and attributes.
 *
 * <p>Attributes: {@code type} ({@code bar} (default), {@code line}, {@code pie}, {@code donut},
 * {@code scatter}), {@code x} (the category column, or the x values of a scatter plot; default the
 * first column), {@code y} (the columns plotted, one series each; default every other numeric
 * column), {@code title}, {@code x-label}, {@code y-label}, {@code y-format} (a number pattern for
 * the value axis's ticks), {@code orientation="horizontal"}, {@code stacked}, {@code legend},
 * {@code labels} (values on the bars or points), {@code format} (the values' number formats, as a
 * table's), {@code colors="#0072B2,#E69F00"}, {@code width}/{@code height} (px; default 600×340),
 * {@code sort}.
 *
 * <p>Value labels never contradict a table of the same data: each value is labelled as a data
 * table shows it (as written in the file, or in its column's {@code format}), while the axis ticks
 * keep the round steps of {@code y-format}.
 */
final class Chart {
  static final List<String> KEYS =
      List.of(
          "source", "caption", "sep", "type", "x", "y", "title", "x-label", "y-label", "y-format",
          "orientation", "stacked", "legend", "labels", "format", "colors", "width", "height", "sort");
  static final List<String> TYPES = List.of("bar", "line", "pie", "donut", "scatter");

  /**
   * A plotted column.
   *
   * @param values its numbers, null where a cell has none
   * @param labels each number as a data table shows it, null where a cell has none
   */
  record Series(String name, List<Double> values, List<String> labels) {}

  /** A category of the x axis; its index keeps repeated names apart. */
  record Category(int index, String name) implements Comparable<Category> {
    @Override
    public int compareTo(Category o) {
      return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final String type;
  private final boolean horizontal;
  private final boolean stacked;
  private final boolean legend;
  private final boolean labels;
  private final boolean sliceValues;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final String yFormat;
  private final int width;
  private final int height;
  private final List<Color> palette;
  private final List<String> categories;
  private final List<Double> xs;
  private final List<Series> series;
  private final List<Integer> shown;

  private Chart(
      List<Integer> shown,
      String type,
      boolean horizontal,
      boolean stacked,
      boolean legend,
      boolean labels,
      boolean sliceValues,
      String title,
      String xLabel,
      String yLabel,
      String yFormat,
      int width,
      int height,
      List<Color> palette,
      List<String> categories,
      List<Double> xs,
      List<Series> series) {
    this.type = type;
    this.horizontal = horizontal;
    this.stacked = stacked;
    this.legend = legend;
    this.labels = labels;
    this.sliceValues = sliceValues;
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.yFormat = yFormat;
    this.width = width;
    this.height = height;
    this.palette = List.copyOf(palette);
    this.categories = List.copyOf(categories);
    this.xs = xs == null ? null : List.copyOf(xs);
    this.series = List.copyOf(series);
    this.shown = List.copyOf(shown);
  }

  /** The columns of the data file whose text the chart shows. */
  List<Integer> shown() {
    return shown;
  }

  String type() {
    return type;
  }

  List<Series> series() {
    return series;
  }

  List<String> categories() {
    return categories;
  }

  /** Builds the chart; reports every problem and returns null when there was one. */
  static Chart build(BlockContext ctx, CsvData data) {
    String type = ctx.attributes.get("type", "bar");
    if (!TYPES.contains(type)) {
      String nearest = Suggestions.nearest(type, TYPES);
      ctx.invalid(
          "type",
          "unknown chart type '" + type + "'",
          (nearest != null ? "did you mean '" + nearest + "'? " : "") + "the types are: " + String.join(", ", TYPES));
      return null;
    }
    boolean pie = type.equals("pie") || type.equals("donut");
    String orientation = ctx.attributes.get("orientation", "vertical");
    if (!orientation.equals("vertical") && !orientation.equals("horizontal")) {
      ctx.invalid("orientation", "orientation must be vertical or horizontal, not '" + orientation + "'", "write orientation=\"horizontal\" for bars along the x axis");
    } else if (orientation.equals("horizontal") && !type.equals("bar")) {
      ctx.invalid("orientation", "only bar charts can be horizontal", "remove orientation=, or use type=\"bar\"");
    }
    boolean stacked = ctx.flag("stacked", false);
    if (stacked && !type.equals("bar")) {
      ctx.invalid("stacked", "only bar charts can be stacked", "remove stacked=, or use type=\"bar\"");
    }
    boolean labels = ctx.flag("labels", pie);
    String yFormat = ctx.attributes.get("y-format", "#,##0.##");
    try {
      Numbers.format(yFormat);
    } catch (IllegalArgumentException e) {
      ctx.invalid("y-format", "'" + yFormat + "' is not a number format", "use a pattern such as #,##0 or 0.0%");
    }
    int width = size(ctx, "width", 600);
    int height = size(ctx, "height", 340);
    List<Color> palette = new ArrayList<>();
    for (String colour : ctx.list("colors")) {
      if (colour.matches("#[0-9a-fA-F]{6}")) {
        palette.add(new Color(Integer.parseInt(colour.substring(1), 16)));
      } else {
        ctx.invalid("colors", "'" + colour + "' is not a colour", "write colours as #rrggbb, separated by commas");
      }
    }
    if (palette.isEmpty()) {
      palette.addAll(ChartStyle.PALETTE);
    }

    int x = ctx.attributes.values().containsKey("x") ? ctx.column(data, ctx.attributes.get("x", ""), "x") : 0;
    List<Integer> ys = new ArrayList<>();
    if (ctx.attributes.values().containsKey("y")) {
      for (String name : ctx.list("y")) {
        int c = ctx.column(data, name, "y");
        if (c >= 0) {
          ys.add(c);
        }
      }
    } else if (x >= 0) {
      for (int c = 0; c < data.header().size(); c++) {
        if (c != x && Columns.looksNumeric(data, c)) {
          ys.add(c);
        }
      }
      if (ys.isEmpty()) {
        ctx.invalid("#", data.file() + " has no column of numbers to plot", "name the columns to plot with y=\"a,b\"");
      }
    }
    if (pie && ys.size() > 1) {
      ctx.invalid("y", "a " + type + " chart shows one column of numbers, not " + ys.size(), "name one column: y=\"" + data.names().get(ys.get(0)) + "\"");
    }
    List<Columns.SortKey> sort = Columns.sortKeys(ctx, data, "sort");
    Columns.Formats formats = Columns.formats(ctx, data);
    if (ctx.failed()) {
      return null;
    }

    List<List<CsvData.Cell>> rows = Columns.sorted(data.rows(), sort);
    CsvData sorted = new CsvData(data.file(), data.header(), rows);
    List<Series> series = new ArrayList<>();
    boolean sliceValues = false;
    for (int c : ys) {
      List<Numbers.Parsed> values = Columns.numbers(ctx, sorted, c, "is plotted");
      if (values != null) {
        List<String> shown = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
          shown.add(values.get(r) == null ? null : Columns.shown(rows.get(r).get(c), values.get(r), formats.of(c)));
        }
        series.add(
            new Series(
                data.names().get(c),
                values.stream().map(v -> v == null ? null : v.value().doubleValue()).toList(),
                Collections.unmodifiableList(shown)));
        // A slice is labelled with its value when that is a share already, or has a format.
        sliceValues =
            pie && (formats.of(c) != null || values.stream().allMatch(v -> v == null || v.percent()));
      }
    }
    List<Double> xs = null;
    if (type.equals("scatter")) {
      List<Numbers.Parsed> values = Columns.numbers(ctx, sorted, x, "holds the x values of a scatter plot");
      if (values != null) {
        xs = values.stream().map(v -> v == null ? null : v.value().doubleValue()).toList();
      }
    }
    if (ctx.failed()) {
      return null;
    }
    List<String> categories = rows.stream().map(r -> r.get(x).text().strip()).toList();
    boolean legend = ctx.flag("legend", pie || series.size() > 1);
    List<Integer> shown = new ArrayList<>(ys);
    shown.add(0, x);
    return new Chart(
        shown,
        type,
        orientation.equals("horizontal"),
        stacked,
        legend,
        labels,
        sliceValues,
        ctx.attributes.get("title", ""),
        ctx.attributes.get("x-label", type.equals("scatter") ? data.names().get(x) : ""),
        ctx.attributes.get("y-label", ""),
        yFormat,
        width,
        height,
        palette,
        categories,
        xs,
        series);
  }

  private static int size(BlockContext ctx, String key, int fallback) {
    String value = ctx.attributes.values().get(key);
    if (value == null) {
      return fallback;
    }
    String digits = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
    if (digits.matches("\\d{1,4}") && Integer.parseInt(digits) >= 100 && Integer.parseInt(digits) <= 2000) {
      return Integer.parseInt(digits);
    }
    ctx.invalid(key, key + "=\"" + value + "\" is not a size in px between 100 and 2000", "write e.g. " + key + "=\"" + fallback + "\"");
    return fallback;
  }

  /**
   * The chart as an {@code <svg>} element. {@code id} becomes the element's id and the prefix of
   * every id inside it, so several charts can share an HTML page; {@code label} is what screen
   * readers announce; {@code accent} is the theme's accent colour ({@code #rrggbb} or {@code #rgb}),
   * or null for the theme's own.
   */
  String svg(String id, String label, String accent) {
    Color ink = ChartStyle.accent(accent);
    JFreeChart chart = chart(ink);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> ChartStyle.FONT_STACK);
    g2.setGeomDoubleConverter(Chart::coordinate);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    String svg = g2.getSVGElement(null, true, null, null, null);
    // JFreeSVG's own root tag writes sizes as "600.0" (read as no size by some renderers) and
    // declares a namespace it does not use; the root is rewritten, the content kept.
    String root =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " id=\"%s-svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">"
                .formatted(Html.escape(id), width, height, width, height, Html.escape(label));
    String body = ChartStyle.themeClasses(SvgMarkup.presentationAttributes(svg.substring(svg.indexOf('>') + 1)), palette, ink);
    return root + "<title>" + Html.escape(label) + "</title>" + body;
  }

  /** Coordinates to two decimals: plenty at any print size, and a third of the bytes. */
  private static String coordinate(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e9) {
      return Long.toString((long) d);
    }
    String s = java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private JFreeChart chart(Color ink) {
    NumberFormat valueFormat = Numbers.format(yFormat);
    String chartTitle = title.isEmpty() ? null : title;
    JFreeChart chart;
    switch (type) {
      case "pie", "donut" -> {
        DefaultPieDataset<Category> dataset = new DefaultPieDataset<>();
        List<Double> values = series.get(0).values();
        for (int i = 0; i < categories.size(); i++) {
          if (values.get(i) != null) {
            dataset.setValue(new Category(i, categories.get(i)), values.get(i));
          }
        }
        chart =
            type.equals("pie")
                ? ChartFactory.createPieChart(chartTitle, dataset, legend, false, false)
                : ChartFactory.createRingChart(chartTitle, dataset, legend, false, false);
      }
      case "scatter" -> {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series s : series) {
          XYSeries xy = new XYSeries(s.name(), false, true);
          for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) != null && s.values().get(i) != null) {
              xy.add(xs.get(i), s.values().get(i));
            }
          }
          dataset.addSeries(xy);
        }
        chart =
            ChartFactory.createScatterPlot(
                chartTitle, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, legend, false, false);
      }
      default -> {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series s : series) {
          for (int i = 0; i < categories.size(); i++) {
            dataset.addValue(s.values().get(i), s.name(), new Category(i, categories.get(i)));
          }
        }
        PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        String xl = xLabel.isEmpty() ? null : xLabel;
        String yl = yLabel.isEmpty() ? null : yLabel;
        chart =
            type.equals("line")
                ? ChartFactory.createLineChart(chartTitle, xl, yl, dataset, orientation, legend, false, false)
                : stacked
                    ? ChartFactory.createStackedBarChart(chartTitle, xl, yl, dataset, orientation, legend, false, false)
                    : ChartFactory.createBarChart(chartTitle, xl, yl, dataset, orientation, legend, false, false);
      }
    }
    ChartStyle.theme(palette, ink).apply(chart);
    // No background: the chart sits on the page, white paper or a dark screen alike.
    chart.setBackgroundPaint(null);
    chart.getPlot().setBackgroundPaint(null);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
    if (chart.getTitle() != null) {
      chart.getTitle().setPadding(new RectangleInsets(0, 0, 8, 0));
    }
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setFrame(BlockBorder.NONE);
      legendTitle.setBackgroundPaint(null);
      legendTitle.setPosition(RectangleEdge.BOTTOM);
      legendTitle.setItemFont(ChartStyle.font(Font.PLAIN, 12f));
      legendTitle.setMargin(new RectangleInsets(8, 0, 0, 0));
      // A little air between each key and its label, and more before the next key.
      legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }
    if (chart.getPlot() instanceof CategoryPlot plot) {
      styleCategoryPlot(plot, valueFormat);
    } else if (chart.getPlot() instanceof XYPlot plot) {
      styleXyPlot(plot, valueFormat);
    } else if (chart.getPlot() instanceof PiePlot<?> plot) {
      stylePiePlot(plot, valueFormat);
    }
    return chart;
  }

  private void styleCategoryPlot(CategoryPlot plot, NumberFormat valueFormat) {
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    CategoryAxis domain = plot.getDomainAxis();
    domain.setMaximumCategoryLabelLines(2);
    domain.setCategoryMargin(type.equals("bar") ? 0.25 : 0.0);
    domain.setLowerMargin(type.equals("bar") ? 0.04 : 0.03);
    domain.setUpperMargin(type.equals("bar") ? 0.04 : 0.03);
    domain.setAxisLinePaint(ChartStyle.RULE);
    domain.setTickMarksVisible(false);
    domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // horizontal bars: values below
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(valueFormat);
    range.setAxisLineVisible(false);
    range.setTickMarksVisible(false);
    range.setUpperMargin(labels ? 0.12 : 0.05);
    CategoryItemRenderer renderer = plot.getRenderer();
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, palette.get(s % palette.size()));
    }
    if (renderer instanceof BarRenderer bars) {
      bars.setItemMargin(0.04);
      bars.setMaximumBarWidth(0.12);
      bars.setDrawBarOutline(false);
    }
    if (renderer instanceof LineAndShapeRenderer lines) {
      lines.setDefaultShapesVisible(true);
      for (int s = 0; s < series.size(); s++) {
        lines.setSeriesStroke(s, ChartStyle.LINE_STROKE);
        lines.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      }
    }
    if (labels) {
      renderer.setDefaultItemLabelGenerator(new ValueLabels(series));
      renderer.setDefaultItemLabelsVisible(true);
      renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10f));
      renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
      if (stacked) { // labels sit on the bars: ink that stands out on each series' colour
        for (int s = 0; s < series.size(); s++) {
          renderer.setSeriesItemLabelPaint(s, ChartStyle.labelOn(palette.get(s % palette.size())));
        }
      }
    }
  }

  private void styleXyPlot(XYPlot plot, NumberFormat valueFormat) {
    plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(valueFormat);
    range.setAutoRangeIncludesZero(false);
    range.setAxisLineVisible(false);
    range.setTickMarksVisible(false); // the grid lines say it, as on the other charts
    NumberAxis domain = (NumberAxis) plot.getDomainAxis();
    domain.setNumberFormatOverride(Numbers.format("#,##0.##"));
    domain.setAutoRangeIncludesZero(false);
    domain.setAxisLinePaint(ChartStyle.RULE);
    domain.setTickMarksVisible(false);
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, palette.get(s % palette.size()));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
    }
  }

  private void stylePiePlot(PiePlot<?> plot, NumberFormat valueFormat) {
    @SuppressWarnings("unchecked")
    PiePlot<Category> pie = (PiePlot<Category>) plot;
    pie.setOutlineVisible(false);
    pie.setShadowPaint(null);
    pie.setSectionOutlinesVisible(true);
    pie.setDefaultSectionOutlinePaint(ChartStyle.PAPER);
    pie.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
    pie.setLabelBackgroundPaint(null);
    pie.setLabelOutlinePaint(null);
    pie.setLabelShadowPaint(null);
    pie.setLabelFont(ChartStyle.font(Font.PLAIN, 12f));
    pie.setLabelPaint(ChartStyle.TEXT);
    pie.setInteriorGap(0.04);
    pie.setStartAngle(90);
    DecimalFormat percent = Numbers.format("0.0%");
    pie.setLabelGenerator(
        !labels
            ? null
            : sliceValues
                ? new SliceLabels(series.get(0))
                : new StandardPieSectionLabelGenerator("{0} {2}", valueFormat, percent));
    pie.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}", valueFormat, percent));
    for (int i = 0; i < categories.size(); i++) {
      pie.setSectionPaint(new Category(i, categories.get(i)), palette.get(i % palette.size()));
    }
    if (pie instanceof RingPlot ring) {
      ring.setSectionDepth(0.42);
      ring.setSeparatorsVisible(false);
    }
  }

  /** Labels on bars and points: each value as a data table shows it. */
  private record ValueLabels(List<Series> series) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return series.get(row).labels().get(((Category) dataset.getColumnKey(column)).index());
    }
  }

  /** Labels on slices whose values are shares: the category, then the value as a table shows it. */
  private record SliceLabels(Series series) implements PieSectionLabelGenerator {
    @Override
    public String generateSectionLabel(PieDataset dataset, Comparable key) {
      Category category = (Category) key;
      return category.name() + " " + series.labels().get(category.index());
    }

    @Override
    public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
      return null;
    }
  }
}

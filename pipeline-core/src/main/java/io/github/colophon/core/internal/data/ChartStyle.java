package io.github.colophon.core.internal.data;

import io.github.colophon.core.internal.fonts.FontLibrary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * How charts look: the publication's sans-serif face (Noto Sans SC, bundled), the theme's ink and
 * rule colours, and the Okabe–Ito palette, which stays distinguishable with the common forms of
 * colour blindness and in greyscale print (blue, orange, green, vermilion, sky blue, reddish
 * purple, yellow, black).
 */
final class ChartStyle {
  private ChartStyle() {}

  static {
    // JFreeChart draws rotated text (the value axis label) through a TextLayout by default, which
    // JFreeSVG can only write as glyph outlines; drawn as a string it stays <text>.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  /** Okabe & Ito (2008), ordered so that neighbouring series differ most; yellow late (weak on white). */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2),
          new Color(0xE69F00),
          new Color(0x009E73),
          new Color(0xD55E00),
          new Color(0x56B4E9),
          new Color(0xCC79A7),
          new Color(0xF0E442),
          new Color(0x000000));

  /**
   * The theme's colours (print.css): the accent of headings, captions and the chart's title (which
   * the manifest's {@code theme: accent:} replaces), body text, rules.
   */
  static final Color ACCENT = new Color(0x0f2d4a);
  static final Color TEXT = new Color(0x333333);
  static final Color RULE = new Color(0xc8d3de);
  static final Color GRID = new Color(0xe1e7ee);

  /**
   * Ink for a label set on a bar of colour {@code fill} (stacked bars): white or a near-black,
   * whichever stands out more (WCAG contrast). Neither is a neutral, so neither is repainted by
   * a dark page: the bar under the label keeps its colour too.
   */
  static Color labelOn(Color fill) {
    double l = luminance(fill);
    double onWhite = 1.05 / (l + 0.05);
    double onDark = (l + 0.05) / (luminance(ON_LIGHT) + 0.05);
    return onWhite >= onDark ? Color.WHITE : ON_LIGHT;
  }

  private static final Color ON_LIGHT = new Color(0x1a1a1a);

  private static double luminance(Color c) {
    double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
    for (int i = 0; i < 3; i++) {
      rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  /** The page: the gaps between a pie's slices. */
  static final Color PAPER = Color.WHITE;

  /** The accent colour {@code css} ({@code #rrggbb} or {@code #rgb}); the theme's for null. */
  static Color accent(String css) {
    if (css == null) {
      return ACCENT;
    }
    String hex = css.strip().substring(1);
    if (hex.length() == 3) {
      hex = hex.replaceAll("(.)", "$1$1");
    }
    return new Color(Integer.parseInt(hex, 16));
  }

  /**
   * The chart's neutral colours, each with the class that lets a page's stylesheet repaint it
   * (html.css does, for dark mode): a presentation attribute yields to any CSS rule. The series
   * keep their colours, except black (the palette's last), which a dark page must repaint. A
   * neutral that is also one of the chart's own colours gets no class.
   */
  private static Map<String, String> neutrals(Color accent) {
    return Map.of(
        "fill='" + rgb(TEXT) + "'", "chart-text",
        "fill='" + rgb(accent) + "'", "chart-ink",
        "stroke='" + rgb(GRID) + "'", "chart-grid",
        "stroke='" + rgb(RULE) + "'", "chart-rule",
        "stroke='" + rgb(PAPER) + "'", "chart-paper",
        "fill='rgb(0,0,0)'", "chart-black-fill",
        "stroke='rgb(0,0,0)'", "chart-black-stroke");
  }

  private static final Pattern START_TAG = Pattern.compile("<[a-z]+ [^>]*>");

  private static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }

  /**
   * Adds the neutral colours' classes to the elements of {@code svg} painted with them;
   * {@code accent} is the chart's accent colour.
   */
  static String themeClasses(String svg, List<Color> palette, Color accent) {
    Map<String, String> neutrals = neutrals(accent);
    Set<String> own = new HashSet<>();
    for (Color c : palette) {
      own.add(rgb(c));
    }
    Matcher m = START_TAG.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length() + svg.length() / 8);
    while (m.find()) {
      String tag = m.group();
      List<String> classes = new ArrayList<>();
      for (Map.Entry<String, String> neutral : neutrals.entrySet()) {
        String attribute = neutral.getKey();
        String colour = attribute.substring(attribute.indexOf('\'') + 1, attribute.length() - 1);
        boolean black = neutral.getValue().startsWith("chart-black");
        if (tag.contains(" " + attribute) && (black || !own.contains(colour))) {
          classes.add(neutral.getValue());
        }
      }
      if (!classes.isEmpty() && !tag.contains(" class=")) {
        Collections.sort(classes);
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        tag = tag.substring(0, end) + " class='" + String.join(" ", classes) + "'" + tag.substring(end);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(tag));
    }
    return m.appendTail(out).toString();
  }

  /** The family every chart's text is set in, as SVG names it; Batik and browsers resolve it. */
  static final String FAMILY = FontLibrary.SANS;

  /** The CSS font-family list written into the SVG: the bundled face, then what browsers have. */
  static final String FONT_STACK =
      "\"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

  private static final class Fonts {
    static final Font REGULAR = FontLibrary.awt(FontLibrary.bundled().face(FAMILY, 400));
    // Bold in the style too, so that JFreeSVG writes font-weight='bold'; no synthetic emboldening,
    // since the face is bold already. Its widths are the bold face's, as browsers and Batik set it.
    static final Font BOLD = FontLibrary.awt(FontLibrary.bundled().face(FAMILY, 700)).deriveFont(Font.BOLD);
  }

  /** The sans face at {@code size} px: the bundled bold face for {@link Font#BOLD}. */
  static Font font(int style, float size) {
    return (style & Font.BOLD) != 0 ? Fonts.BOLD.deriveFont(size) : Fonts.REGULAR.deriveFont(size);
  }

  static final Stroke GRID_STROKE = new BasicStroke(0.6f);
  static final Stroke LINE_STROKE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  static StandardChartTheme theme(List<Color> palette, Color accent) {
    StandardChartTheme theme = new StandardChartTheme("colophon");
    theme.setExtraLargeFont(font(Font.BOLD, 15f));
    theme.setLargeFont(font(Font.PLAIN, 13f));
    theme.setRegularFont(font(Font.PLAIN, 12f));
    theme.setSmallFont(font(Font.PLAIN, 11f));
    theme.setTitlePaint(accent);
    theme.setSubtitlePaint(TEXT);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(TEXT);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBaselinePaint(RULE);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setItemLabelPaint(TEXT);
    theme.setLabelLinkPaint(RULE);
    theme.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    Paint[] paints = palette.toArray(new Paint[0]);
    theme.setDrawingSupplier(
        new DefaultDrawingSupplier(
            paints,
            paints,
            paints,
            new Stroke[] {LINE_STROKE},
            new Stroke[] {new BasicStroke(0.5f)},
            DefaultDrawingSupplier.createStandardSeriesShapes()));
    return theme;
  }
}

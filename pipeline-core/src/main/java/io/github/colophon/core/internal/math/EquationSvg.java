package io.github.colophon.core.internal.math;

import io.github.colophon.core.internal.data.SvgMarkup;
import java.awt.Color;
import java.awt.Insets;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import javax.swing.JLabel;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A display equation, written in TeX, as vector SVG: JLaTeXMath lays it out, JFreeSVG records
 * the drawing with every glyph as a path (readers need no math font), and the same SVG goes into
 * both editions. Deterministic: ids inside are prefixed with the equation's id.
 */
public final class EquationSvg {
  private static final float SIZE = 17f;

  private EquationSvg() {}

  /** Why {@code tex} cannot be typeset, or empty when it can. */
  public static Optional<String> problem(String tex) {
    try {
      new TeXFormula(tex);
      return Optional.empty();
    } catch (RuntimeException e) { // ParseException is one
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Optional.of(message.strip());
    }
  }

  /** The equation as an {@code <svg>} element; {@code tex} must be valid (see {@link #problem}). */
  public static String render(String tex, String id) {
    TeXIcon icon =
        new TeXFormula(tex).new TeXIconBuilder().setStyle(TeXConstants.STYLE_DISPLAY).setSize(SIZE).build();
    icon.setInsets(new Insets(2, 2, 2, 2));
    int width = icon.getIconWidth();
    int height = icon.getIconHeight();
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g2.setColor(Color.WHITE);
    g2.setClip(new Rectangle2D.Double(0, 0, width, height));
    JLabel host = new JLabel();
    host.setForeground(new Color(0x1a, 0x1a, 0x1a));
    icon.paintIcon(host, g2, 0, 0);
    String svg = g2.getSVGElement(null, true, null, null, null);
    String root =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"equation-math\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">"
            .formatted(width, height, width, height, escape(tex));
    return root + SvgMarkup.presentationAttributes(svg.substring(svg.indexOf('>') + 1));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", " ");
  }
}

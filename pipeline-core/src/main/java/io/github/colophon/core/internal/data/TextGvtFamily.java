package io.github.colophon.core.internal.data;

import com.openhtmltopdf.svgsupport.OpenHtmlGvtGlyphVector;
import io.github.colophon.core.internal.fonts.FontLibrary;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.BitSet;
import java.util.Map;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.font.GVTLineMetrics;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

/**
 * A bundled font family as Batik sees it, whose glyphs are drawn as text. Batik lays SVG text out
 * glyph by glyph and then asks each glyph vector to draw itself; OpenHTMLtoPDF's glyph vectors
 * fill the glyph outlines, so a chart's labels became shapes that no reader could select, search
 * or hear. These glyph vectors instead hand each run of naturally spaced glyphs to
 * {@link Graphics2D#drawString(String, float, float)} in a font whose family and style name the
 * bundled face: on OpenHTMLtoPDF's PDF graphics that is the same embedded, subset font the body
 * text uses (its font text drawer looks the family up among the renderer's fonts), so labels are
 * PDF text. What cannot be text stays outlines, as before: glyphs with their own transform
 * (rotated per glyph, on a path) and characters outside the Basic Multilingual Plane, which the
 * bundled faces do not cover.
 *
 * <p>Weights of 600 and above take the bold face; every other weight the regular one. The faces
 * are upright only (the bundled families have no italics).
 */
final class TextGvtFamily implements GVTFontFamily {
  private final String name;
  private final FontLibrary.Face regular;
  private final FontLibrary.Face bold;

  TextGvtFamily(FontLibrary fonts, String family) {
    this.name = family;
    this.regular = fonts.face(family, 400);
    this.bold = fonts.face(family, 700);
  }

  @Override
  public String getFamilyName() {
    return name;
  }

  @Override
  public GVTFontFace getFontFace() {
    return new GVTFontFace(name);
  }

  @Override
  public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
    return deriveFont(size, aci.getAttributes());
  }

  @Override
  public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
    Object weight = attributes.get(TextAttribute.WEIGHT);
    // Batik reads CSS 500 as WEIGHT_SEMIBOLD (1.25) and 600 as WEIGHT_MEDIUM (1.5).
    boolean isBold = weight instanceof Float w && w >= TextAttribute.WEIGHT_MEDIUM;
    // The Java fonts are made on first use (once per JVM), not for every PDF without SVG text.
    // Bold in the style too: the PDF font text drawer picks the face by family and style.
    Font font = isBold ? FontLibrary.awt(bold).deriveFont(Font.BOLD, size) : FontLibrary.awt(regular).deriveFont(size);
    return new TextGvtFont(font, this);
  }

  @Override
  public boolean isComplex() {
    return false;
  }

  /** One face at one size. */
  static final class TextGvtFont implements GVTFont {
    private final Font font;
    private final TextGvtFamily family;

    TextGvtFont(Font font, TextGvtFamily family) {
      this.font = font;
      this.family = family;
    }

    Font font() {
      return font;
    }

    @Override
    public boolean canDisplay(char c) {
      return font.canDisplay(c);
    }

    @Override
    public int canDisplayUpTo(char[] text, int start, int limit) {
      return font.canDisplayUpTo(text, start, limit);
    }

    @Override
    public int canDisplayUpTo(CharacterIterator iter, int start, int limit) {
      return font.canDisplayUpTo(iter, start, limit);
    }

    @Override
    public int canDisplayUpTo(String text) {
      return font.canDisplayUpTo(text);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, char[] text) {
      return createGlyphVector(frc, new String(text));
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, CharacterIterator iter) {
      StringBuilder text = new StringBuilder();
      for (char c = iter.first(); c != CharacterIterator.DONE; c = iter.next()) {
        text.append(c);
      }
      return createGlyphVector(frc, text.toString());
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, int[] glyphCodes, CharacterIterator iter) {
      return new TextGlyphVector(font.createGlyphVector(frc, glyphCodes), this, frc, null);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, String text) {
      return new TextGlyphVector(font.createGlyphVector(frc, text), this, frc, text);
    }

    @Override
    public GVTFont deriveFont(float size) {
      return new TextGvtFont(font.deriveFont(size), family);
    }

    @Override
    public String getFamilyName() {
      return family.getFamilyName();
    }

    @Override
    public GVTLineMetrics getLineMetrics(char[] text, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(font.getLineMetrics(text, begin, limit, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(CharacterIterator iter, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(font.getLineMetrics(iter, begin, limit, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(String text, FontRenderContext frc) {
      return new GVTLineMetrics(font.getLineMetrics(text, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(String text, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(font.getLineMetrics(text, begin, limit, frc));
    }

    @Override
    public float getSize() {
      return font.getSize2D();
    }

    @Override
    public float getVKern(int first, int second) {
      return 0;
    }

    @Override
    public float getHKern(int first, int second) {
      return 0;
    }

    @Override
    public String toString() {
      return family.getFamilyName() + " " + font.getSize2D();
    }
  }

  /**
   * Glyphs laid out by Batik; drawn as text in runs, each run starting where Batik placed its
   * first glyph. A run ends where Batik moved a glyph away from where the previous glyph's
   * advance would put it (letter-spacing, x lists, justification), so every glyph lands where
   * the outlines would have been.
   */
  static final class TextGlyphVector extends OpenHtmlGvtGlyphVector {
    /** How far (in user units) a glyph may sit from its natural place and still join the run. */
    private static final double SLACK = 0.01;

    private final GlyphVector glyphs;
    private final TextGvtFont font;
    private final String text; // null: made from glyph codes, so no characters to draw
    private final BitSet hidden = new BitSet();

    TextGlyphVector(GlyphVector glyphs, TextGvtFont font, FontRenderContext frc, String text) {
      super(glyphs, font, frc);
      this.glyphs = glyphs;
      this.font = font;
      this.text = text;
    }

    @Override
    public void setGlyphVisible(int index, boolean visible) {
      hidden.set(index, !visible);
    }

    @Override
    public boolean isGlyphVisible(int index) {
      return !hidden.get(index);
    }

    @Override
    public void draw(Graphics2D g2, AttributedCharacterIterator aci) {
      aci.first();
      TextPaintInfo paint = (TextPaintInfo) aci.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO);
      if (paint == null || !paint.visible) {
        return;
      }
      if (paint.fillPaint != null) {
        fill(g2, paint.fillPaint);
      }
      if (paint.strokePaint != null && paint.strokeStroke != null) {
        g2.setStroke(paint.strokeStroke);
        g2.setPaint(paint.strokePaint);
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
          if (isGlyphVisible(i)) {
            g2.draw(glyphs.getGlyphOutline(i));
          }
        }
      }
    }

    private void fill(Graphics2D g2, Paint paint) {
      g2.setPaint(paint);
      int n = glyphs.getNumGlyphs();
      if (!asText()) {
        for (int i = 0; i < n; i++) {
          if (isGlyphVisible(i)) {
            g2.fill(glyphs.getGlyphOutline(i));
          }
        }
        return;
      }
      g2.setFont(font.font());
      int i = 0;
      while (i < n) {
        if (!isGlyphVisible(i) || glyphs.getGlyphTransform(i) != null) {
          if (isGlyphVisible(i)) {
            Shape outline = glyphs.getGlyphOutline(i);
            g2.fill(outline);
          }
          i++;
          continue;
        }
        int end = i + 1;
        while (end < n && followsNaturally(end)) {
          end++;
        }
        String run = text.substring(i, end);
        if (!run.isBlank()) {
          Point2D at = glyphs.getGlyphPosition(i);
          g2.drawString(run, (float) at.getX(), (float) at.getY());
        }
        i = end;
      }
    }

    /** One character per glyph, all of them in the Basic Multilingual Plane. */
    private boolean asText() {
      if (text == null || text.length() != glyphs.getNumGlyphs()) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (Character.isSurrogate(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** Glyph {@code i} is visible, untransformed and one advance after glyph {@code i - 1}. */
    private boolean followsNaturally(int i) {
      if (!isGlyphVisible(i) || glyphs.getGlyphTransform(i) != null) {
        return false;
      }
      Point2D previous = glyphs.getGlyphPosition(i - 1);
      Point2D here = glyphs.getGlyphPosition(i);
      var metrics = glyphs.getGlyphMetrics(i - 1);
      return Math.abs(previous.getX() + metrics.getAdvanceX() - here.getX()) < SLACK
          && Math.abs(previous.getY() + metrics.getAdvanceY() - here.getY()) < SLACK;
    }
  }
}

package io.github.colophon.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.internal.fonts.FontLibrary;
import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * Batik's glyph vectors for the bundled faces draw runs of text, not outlines: what they draw is
 * recorded here by JFreeSVG, in which a string drawn is a {@code <text>} and a filled outline a
 * {@code <path>}.
 */
class TextGvtFamilyTest {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private final TextGvtFamily family = new TextGvtFamily(FontLibrary.bundled(), FontLibrary.SANS);

  private GVTGlyphVector laidOut(String text, Float weight) {
    GVTFont font = family.deriveFont(12f, Map.of(TextAttribute.WEIGHT, weight));
    GVTGlyphVector glyphs = font.createGlyphVector(FRC, text);
    glyphs.performDefaultLayout();
    return glyphs;
  }

  private static String draw(GVTGlyphVector glyphs, String text, TextPaintInfo paint) {
    AttributedString attributed = new AttributedString(text);
    attributed.addAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO, paint);
    SVGGraphics2D g2 = new SVGGraphics2D(400, 100);
    glyphs.draw(g2, attributed.getIterator());
    return g2.getSVGElement();
  }

  private static TextPaintInfo filled() {
    TextPaintInfo paint = new TextPaintInfo();
    paint.visible = true;
    paint.fillPaint = Color.BLACK;
    return paint;
  }

  private static List<String> texts(String svg) {
    List<String> texts = new ArrayList<>();
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    while (m.find()) {
      texts.add(m.group(1));
    }
    return texts;
  }

  private static int paths(String svg) {
    return svg.split("<path", -1).length - 1;
  }

  @Test
  void naturallySpacedGlyphsAreOneRunOfText() {
    String label = "月活跃用户 2022 年";
    String svg = draw(laidOut(label, TextAttribute.WEIGHT_REGULAR), label, filled());
    assertEquals(List.of(label), texts(svg), svg);
    assertEquals(0, paths(svg), svg);
  }

  @Test
  void boldTakesTheBoldFaceByFamilyAndStyle() {
    String svg = draw(laidOut("主要指标", TextAttribute.WEIGHT_BOLD), "主要指标", filled());
    assertEquals(List.of("主要指标"), texts(svg), svg);
    assertTrue(svg.contains("font-weight=\"bold\"") || svg.contains("font-weight: bold"), svg);
  }

  @Test
  void weightsFrom600TakeTheBoldFace() {
    // Batik's readings of CSS font-weight 500, 600 and 700.
    assertEquals(List.of(false, true, true),
        List.of(TextAttribute.WEIGHT_SEMIBOLD, TextAttribute.WEIGHT_MEDIUM, TextAttribute.WEIGHT_BOLD).stream()
            .map(w -> ((TextGvtFamily.TextGvtFont) family.deriveFont(12f, Map.of(TextAttribute.WEIGHT, w))).font().isBold())
            .toList());
  }

  @Test
  void aGlyphMovedFromItsNaturalPlaceStartsANewRun() {
    String label = "开放接口数量";
    GVTGlyphVector glyphs = laidOut(label, TextAttribute.WEIGHT_REGULAR);
    for (int i = 3; i < label.length(); i++) { // letter-spacing after the third character
      Point2D at = glyphs.getGlyphPosition(i);
      glyphs.setGlyphPosition(i, new Point2D.Double(at.getX() + 4, at.getY()));
    }
    assertEquals(List.of("开放接", "口数量"), texts(draw(glyphs, label, filled())));
  }

  @Test
  void aGlyphWithItsOwnTransformIsAnOutlineAndHiddenGlyphsAreNotDrawn() {
    String label = "星河银行";
    GVTGlyphVector glyphs = laidOut(label, TextAttribute.WEIGHT_REGULAR);
    glyphs.setGlyphTransform(1, AffineTransform.getRotateInstance(0.3));
    glyphs.setGlyphVisible(3, false);
    String svg = draw(glyphs, label, filled());
    assertEquals(List.of("星", "银"), texts(svg), svg);
    assertEquals(1, paths(svg), svg);
  }

  @Test
  void invisibleTextDrawsNothing() {
    TextPaintInfo hidden = filled();
    hidden.visible = false;
    String svg = draw(laidOut("隐藏", TextAttribute.WEIGHT_REGULAR), "隐藏", hidden);
    assertEquals(List.of(), texts(svg));
    assertEquals(0, paths(svg));
  }
}

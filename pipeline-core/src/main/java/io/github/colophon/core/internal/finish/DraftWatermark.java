package io.github.colophon.core.internal.finish;

import io.github.colophon.core.internal.fonts.FontLibrary;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps every page of a draft with its {@link DraftMark}: the headline diagonally across the
 * page, the details (version, date, revision) small along the right edge, in light translucent
 * grey, drawn over the content so no page can hide it.
 *
 * <p>The mark is real text in the bundled Noto Sans SC (embedded as a subset), so searching a
 * draft for 草稿 or DRAFT finds every page. It runs along the page's diagonal, which on a
 * portrait page is steeper than 45°: PDFBox's text extraction then files it as vertical text, apart
 * from the body lines, so copying body text from a draft does not pick up watermark letters. It
 * is marked as an artifact, which screen readers skip.
 */
final class DraftWatermark {
  private static final float HEADLINE_MAX_PT = 72;
  private static final float DETAILS_PT = 9;
  private static final float GREY = 0.55f;
  private static final float OPACITY = 0.22f;

  private final FontLibrary fonts;

  DraftWatermark(FontLibrary fonts) {
    this.fonts = fonts;
  }

  void stamp(PDDocument pdf, DraftMark mark) throws IOException {
    stamp(pdf, mark, 0, pdf.getNumberOfPages() - 1);
  }

  /** Stamps pages {@code first} to {@code last} (0-based, inclusive). */
  void stamp(PDDocument pdf, DraftMark mark, int first, int last) throws IOException {
    PDType0Font font = PDType0Font.load(pdf, FontLibrary.trueType(fonts.face(FontLibrary.SANS, 400)), true);
    String headline = drawable(mark.headline());
    String details = drawable(mark.details());
    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
    translucent.setNonStrokingAlphaConstant(OPACITY);
    for (int page = first; page <= last; page++) {
      stampPage(pdf, pdf.getPage(page), font, translucent, headline, details);
    }
  }

  private static void stampPage(
      PDDocument pdf,
      PDPage page,
      PDType0Font font,
      PDExtendedGraphicsState translucent,
      String headline,
      String details)
      throws IOException {
    PDRectangle box = page.getCropBox();
    float w = box.getWidth();
    float h = box.getHeight();
    double angle = Math.atan2(h, w);
    float diagonal = (float) Math.hypot(w, h);
    float headlineUnits = font.getStringWidth(headline) / 1000;
    float size = Math.min(HEADLINE_MAX_PT, 0.55f * diagonal / headlineUnits);
    float headlineWidth = headlineUnits * size;
    float detailsWidth = font.getStringWidth(details) / 1000 * DETAILS_PT;
    float cx = box.getLowerLeftX() + w / 2;
    float cy = box.getLowerLeftY() + h / 2;

    // Append, and reset the graphics state first: the page's own content may leave a clip or a
    // transformation in force.
    try (PDPageContentStream cs =
        new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      cs.beginMarkedContent(COSName.ARTIFACT);
      cs.setGraphicsStateParameters(translucent);
      cs.setNonStrokingColor(GREY);
      cs.beginText();
      cs.setFont(font, size);
      cs.setTextMatrix(along(angle, cx, cy, -headlineWidth / 2, -size * 0.35f));
      cs.showText(headline);
      // Top to bottom along the right edge: a line parallel to the headline would be interleaved
      // with it by text extraction, and a horizontal one with the running heads.
      cs.setFont(font, DETAILS_PT);
      float edge = box.getUpperRightX() - DETAILS_PT * 1.6f;
      cs.setTextMatrix(along(-Math.PI / 2, edge, cy, -detailsWidth / 2, 0));
      cs.showText(details);
      cs.endText();
      cs.endMarkedContent();
    }
  }

  /** A text matrix rotated by {@code angle} about the page centre, moved by (dx, dy) along it. */
  private static Matrix along(double angle, float cx, float cy, float dx, float dy) {
    Matrix m = Matrix.getRotateInstance(angle, cx, cy);
    m.translate(dx, dy);
    return m;
  }

  /** The text with characters the bundled font lacks replaced, so drawing it cannot fail. */
  private String drawable(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.appendCodePoint(fonts.covers(cp) ? cp : '?'));
    return sb.toString();
  }
}

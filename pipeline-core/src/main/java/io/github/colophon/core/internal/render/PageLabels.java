package io.github.colophon.core.internal.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * PDF page labels matching the printed folios: front matter (cover, title and copyright pages,
 * contents, preface) in lower-case roman, the body from arabic 1, so a viewer shows "iv" and
 * "12" as the page says.
 */
final class PageLabels {
  private PageLabels() {}

  /**
   * The 0-based page index that the {@code index}-th top-level bookmark leads to, or -1. The
   * bookmarks are Colophon's own (one per unit), so this finds where a unit starts.
   */
  static int pageOfBookmark(PDDocument pdf, int index) {
    PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
    if (outline == null || index < 0) {
      return -1;
    }
    int i = 0;
    for (PDOutlineItem item : outline.children()) {
      if (i++ == index) {
        try {
          PDPage page = item.findDestinationPage(pdf);
          return page == null ? -1 : pdf.getPages().indexOf(page);
        } catch (IOException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** {@code bodyStart} is the 0-based index of the first body page, or -1 when there is none. */
  static void apply(PDDocument pdf, int bodyStart) {
    PDPageLabels labels = new PDPageLabels(pdf);
    PDPageLabelRange front = new PDPageLabelRange();
    front.setStyle(bodyStart == 0 ? PDPageLabelRange.STYLE_DECIMAL : PDPageLabelRange.STYLE_ROMAN_LOWER);
    labels.setLabelItem(0, front);
    if (bodyStart > 0) {
      PDPageLabelRange body = new PDPageLabelRange();
      body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
      body.setStart(1);
      labels.setLabelItem(bodyStart, body);
    }
    pdf.getDocumentCatalog().setPageLabels(labels);
  }
}

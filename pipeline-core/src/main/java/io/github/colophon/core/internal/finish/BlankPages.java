package io.github.colophon.core.internal.finish;

import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Makes the filler pages truly blank: the versos inserted so that a chapter opens on a recto, and
 * the one after a book's cover. The renderer still draws their running header and folio; a
 * printed book leaves such pages empty. Which pages they are, the render stage read from its
 * layout.
 */
final class BlankPages {
  private BlankPages() {}

  static void clear(PDDocument pdf, Set<Integer> fillerPages) {
    for (int index : fillerPages) {
      if (index > 0 && index < pdf.getNumberOfPages()) { // the cover is never filler
        pdf.getPage(index).setContents(new PDStream(pdf));
        pdf.getPage(index).setResources(new PDResources()); // nor the folio's font
      }
    }
  }
}

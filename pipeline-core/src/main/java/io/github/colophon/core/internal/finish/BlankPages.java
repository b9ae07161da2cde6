package io.github.colophon.core.internal.finish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.TreeSet;

/**
 * Makes the pages inserted to open a chapter on a recto truly blank. The renderer still draws
 * their running header and folio; a printed book leaves such versos empty. Only the page before
 * each unit, and the front matter, can hold such a filler, so only those are examined. Runs in
 * the finish stage: text can only be read back once the fonts' ToUnicode maps are written.
 */
final class BlankPages {
  private BlankPages() {}

  /** Clears the filler pages of a book; the body starts where the page labels restart at 1. */
  static void clear(PDDocument pdf, String publicationTitle) {
    int bodyStart = 0;
    try {
      var labels = pdf.getDocumentCatalog().getPageLabels();
      if (labels != null) {
        bodyStart = labels.getPageIndices().stream().mapToInt(Integer::intValue).max().orElse(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var outline = pdf.getDocumentCatalog().getDocumentOutline();
    if (outline == null) {
      return;
    }
    Set<Integer> candidates = new TreeSet<>();
    for (PDOutlineItem item : outline.children()) {
      try {
        PDPage start = item.findDestinationPage(pdf);
        int index = start == null ? -1 : pdf.getPages().indexOf(start);
        if (index > 0) {
          candidates.add(index - 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (int i = 1; i < bodyStart; i++) {
      candidates.add(i);
    }
    String title = publicationTitle.replaceAll("\\s+", "");
    for (int index : candidates) {
      if (onlyFolioAndHeader(pdf, index, title)) {
        PDPage page = pdf.getPage(index);
        page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(pdf));
      }
    }
  }

  private static boolean onlyFolioAndHeader(PDDocument pdf, int index, String title) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      String text = stripper.getText(pdf).replaceAll("\\s+", "");
      if (!title.isEmpty()) {
        text = text.replace(title, "");
      }
      return text.matches("[0-9ivxlcdm]*");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

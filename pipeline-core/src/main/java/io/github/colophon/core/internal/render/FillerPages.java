package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The pages no block of the publication reaches: versos inserted so that a chapter opens on a
 * recto, and the explicit verso after a book's cover. The renderer still draws their running
 * header and folio; a printed book leaves them empty, so the finish stage clears them.
 *
 * <p>Read from the layout: {@link PrintXhtml} marks where each top-level block starts and ends,
 * and a page between one block's end and the next one's start is filler. (Reading the PDF's text
 * instead would need the fonts' ToUnicode maps, which exist only once the PDF is saved.)
 */
final class FillerPages {
  private static final Pattern MARKS = Pattern.compile(Pattern.quote(PrintXhtml.MARK) + "\\d+-(start|end)");

  private FillerPages() {}

  /** The 0-based indices of the filler pages of a laid-out document of {@code pageCount} pages. */
  static Set<Integer> of(PdfBoxRenderer renderer, int pageCount) {
    Map<String, Integer> startPage = new HashMap<>();
    Map<String, Integer> endPage = new HashMap<>();
    AnchorPositions.of(renderer, MARKS).forEach((id, at) -> {
      String block = id.substring(0, id.lastIndexOf('-'));
      if (id.endsWith("-start")) {
        startPage.put(block, at.page());
      } else {
        endPage.put(block, at.endPage());
      }
    });
    boolean[] covered = new boolean[pageCount];
    for (Map.Entry<String, Integer> start : startPage.entrySet()) {
      Integer end = endPage.get(start.getKey());
      if (end == null) {
        return Set.of(); // a block without its end: know nothing rather than clear a page wrongly
      }
      for (int page = start.getValue(); page <= end && page < pageCount; page++) {
        covered[page] = true;
      }
    }
    Set<Integer> filler = new TreeSet<>();
    for (int page = 0; page < pageCount; page++) {
      if (!covered[page]) {
        filler.add(page);
      }
    }
    return filler;
  }
}

package io.github.colophon.core.internal.render;

import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;
import java.util.ArrayList;
import java.util.List;

/**
 * For the benchmark: the final print XHTML exactly as {@link PdfEditionWriter#render} hands it to
 * OpenHTMLtoPDF (print HTML, footnotes moved, bookmarks added), so that OpenHTMLtoPDF alone can be
 * timed on the same input. Test code; keep it in step with {@link PdfEditionWriter#render} (a
 * package-private method there returning this DOM would remove the duplication).
 */
public final class PrintXhtmlProbe {
  private PrintXhtmlProbe() {}

  /** The W3C DOM that PdfEditionWriter renders, from its print HTML. */
  public static org.w3c.dom.Document finalXhtml(String printHtml, Document document, Numbering numbering) {
    List<PrintXhtml.Bookmark> bookmarks = new ArrayList<>();
    bookmarks.add(
        new PrintXhtml.Bookmark(Localisation.of(document.metadata()).contents(), "colophon-toc", List.of()));
    bookmarks.addAll(bookmarks(EditionView.toc(document, numbering)));
    return PrintXhtml.toW3c(printHtml, bookmarks);
  }

  private static List<PrintXhtml.Bookmark> bookmarks(List<EditionView.TocEntry> toc) {
    List<PrintXhtml.Bookmark> top = new ArrayList<>();
    List<PrintXhtml.Bookmark> children = null;
    for (EditionView.TocEntry e : toc) {
      String title = e.label() == null ? e.title() : e.label() + " " + e.title();
      if (e.level() == 1) {
        children = new ArrayList<>();
        top.add(new PrintXhtml.Bookmark(title, e.anchor(), children));
      } else if (children != null) {
        children.add(new PrintXhtml.Bookmark(title, e.anchor(), List.of()));
      }
    }
    return top;
  }
}

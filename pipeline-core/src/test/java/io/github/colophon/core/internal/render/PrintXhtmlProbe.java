package io.github.colophon.core.internal.render;

import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;

/**
 * For the benchmark: the final print XHTML exactly as {@link PdfEditionWriter#render} hands it to
 * OpenHTMLtoPDF (print HTML, footnotes moved, bookmarks added), so that OpenHTMLtoPDF alone can be
 * timed on the same input.
 */
public final class PrintXhtmlProbe {
  private PrintXhtmlProbe() {}

  /** The W3C DOM that PdfEditionWriter renders, from its print HTML. */
  public static org.w3c.dom.Document finalXhtml(String printHtml, Document document, Numbering numbering) {
    return PrintXhtml.toW3c(printHtml, PdfEditionWriter.bookmarks(document, numbering));
  }
}

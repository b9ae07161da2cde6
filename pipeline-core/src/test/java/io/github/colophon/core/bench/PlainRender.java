package io.github.colophon.core.bench;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.render.PdfEditionWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * OpenHTMLtoPDF on its own, configured as Colophon's PdfEditionWriter configures it (fast mode,
 * Batik for SVG, the bundled fonts subset and embedded, file access limited to the publication),
 * with its phases timed: renderer set-up, layout, painting the pages, and saving (where PDFBox
 * subsets and embeds the fonts).
 */
final class PlainRender {
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  static {
    XRLog.setLoggingEnabled(false);
    PDFBOX_LOG.setLevel(Level.SEVERE);
  }

  private PlainRender() {}

  record Rendered(byte[] pdf, int pages, Map<String, Long> nanos) {}

  static Rendered render(org.w3c.dom.Document dom, String baseUri, FontLibrary fonts) throws IOException {
    Map<String, Long> nanos = new LinkedHashMap<>();
    long t = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    PdfRendererBuilder builder = PdfEditionWriter.configuredBuilder(fonts, dom, baseUri, false);
    builder.withProducer("Colophon bench");
    builder.toStream(out);
    int pages;
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      t = lap(nanos, "ohtp.setup", t);
      renderer.layout();
      t = lap(nanos, "ohtp.layout", t);
      PDDocument pdf = renderer.createPDFKeepOpen();
      pages = pdf.getNumberOfPages();
      t = lap(nanos, "ohtp.paint", t);
      pdf.save(out);
      pdf.close();
      lap(nanos, "ohtp.save", t);
    }
    return new Rendered(out.toByteArray(), pages, nanos);
  }

  static long lap(Map<String, Long> nanos, String name, long since) {
    long now = System.nanoTime();
    nanos.put(name, now - since);
    return now;
  }
}

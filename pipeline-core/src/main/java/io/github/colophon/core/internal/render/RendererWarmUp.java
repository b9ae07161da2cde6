package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import io.github.colophon.core.internal.fonts.FontLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a one-page sample on a background thread, once per JVM, while the first build loads,
 * parses and checks its manuscript on the other core. A cold JVM spends about a second loading
 * and interpreting OpenHTMLtoPDF, Batik and PDFBox on first use, and parsing the bundled fonts;
 * done here, that no longer waits on the critical path. Then it hashes a megabyte, so that
 * SHA-256 is compiled before the finish stage needs it. The sample shares nothing with any
 * build but the fonts parsed once per JVM, so it cannot change an edition.
 */
public final class RendererWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private static final String SAMPLE =
      """
      <html lang="zh-CN"><head><title>warm-up</title></head>
      <body class="kind-book lang-zh"><section class="unit"><h1>标题 Title</h1>
      <p>正文与 Latin text，<code>code</code>，<strong>加粗</strong>。</p>
      <table><thead><tr><th>甲</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
      <svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><text x="0" y="8">图</text></svg>
      </section></body></html>
      """;

  private RendererWarmUp() {}

  /** Starts the warm-up unless this JVM has already started one. Returns at once. */
  public static void startOnce(FontLibrary fonts) {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(() -> render(fonts), "colophon-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void render(FontLibrary fonts) {
    String html = SAMPLE.replace("<head>", "<head><style>" + Templates.PRINT_CSS + "</style>");
    org.w3c.dom.Document dom = PrintXhtml.toW3c(html, List.of());
    // A base folder that does not exist: the sample refers to no file, and may read none.
    try (PdfBoxRenderer renderer = PdfEditionWriter.configuredBuilder(fonts, dom, "file:///colophon-warm-up/", false).buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument pdf = renderer.createPDFKeepOpen()) {
        pdf.save(OutputStream.nullOutputStream());
      }
      // SHA-256 runs as interpreted Java until the JIT compiles it to the CPU's SHA instructions,
      // which takes about a megabyte of input; the finish stage (document ID) and the release
      // record (the sums of every output) then hash several megabytes on the critical path.
      MessageDigest.getInstance("SHA-256").digest(new byte[1 << 20]);
    } catch (IOException | RuntimeException | NoSuchAlgorithmException | LinkageError e) {
      // Only a warm-up: the build itself reports whatever is really wrong. (A LinkageError: the
      // JVM's host, such as Maven, closed the class loader before the sample was done.)
    }
  }
}

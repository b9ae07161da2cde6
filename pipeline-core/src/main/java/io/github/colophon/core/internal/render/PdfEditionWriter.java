package io.github.colophon.core.internal.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import com.openhtmltopdf.util.XRLog;
import io.github.colophon.core.internal.data.BundledFontsSvgDrawer;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.markdown.HtmlFragmentRenderer;
import io.github.colophon.core.internal.markdown.RenderContext;
import io.github.colophon.core.internal.LinkTargets;
import io.github.colophon.core.internal.markdown.Links;
import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.PdfStandard;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the print edition: Markdown fragments into the print template, then OpenHTMLtoPDF with
 * the bundled fonts. Only {@code file:} resources inside the publication can be read; the network
 * is never touched. Stateless and thread-safe.
 */
public final class PdfEditionWriter {
  // PDFBox warns about substitutes for the standard 14 fonts that OpenHTMLtoPDF registers but
  // Colophon never uses (every face is bundled and embedded), and OpenHTMLtoPDF logs timings at
  // INFO. Keep the build log for the author's diagnostics. (Held in fields: JUL keeps loggers
  // only weakly, and a collected logger forgets its level.)
  private static final Logger PDFBOX_LOG = quiet("org.apache.pdfbox");

  static {
    XRLog.setLoggingEnabled(false);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** The Java runtime's sRGB profile: every colour Colophon draws is sRGB. */
  private static final byte[] SRGB_PROFILE =
      java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

  /**
   * Body text, in characters, from which a publication is laid out on two threads: about sixty
   * pages of Chinese. Below it the second renderer's set-up costs more than it saves.
   */
  public static final int SPLIT_FROM_CHARACTERS = 60_000;

  private final HtmlFragmentRenderer fragments = new HtmlFragmentRenderer();
  private final FontLibrary fonts;
  private final int splitFromCharacters;

  public PdfEditionWriter(FontLibrary fonts) {
    this(fonts, SPLIT_FROM_CHARACTERS);
  }

  /** A writer that lays out on two threads from {@code splitFromCharacters} of body text (tests). */
  public PdfEditionWriter(FontLibrary fonts, int splitFromCharacters) {
    this.fonts = fonts;
    this.splitFromCharacters = splitFromCharacters;
  }

  FontLibrary fonts() {
    return fonts;
  }

  /** The print HTML (before conversion to PDF); exposed for tests and the benchmark baseline. */
  public String printHtml(Document document, Numbering numbering) {
    return printSource(document, numbering).html();
  }

  /**
   * The print HTML as the frame and each unit's HTML. This is where Flexmark renders the units,
   * so it must not run while the HTML edition renders the same parsed documents.
   */
  public PrintSource printSource(Document document, Numbering numbering) {
    Localisation words = Localisation.of(document.metadata());
    LinkTargets links = new LinkTargets(document);
    // Units are separate parsed documents, so both cores can render them (one thread per unit).
    List<String> html =
        document.units().parallelStream()
            .map(unit -> fragments.render(unit.body(), printContext(unit, numbering, document, words, links), unit.anchor()))
            .toList();
    List<String> placeholders =
        java.util.stream.IntStream.range(0, html.size()).mapToObj(PrintSource::placeholder).toList();
    String css = Templates.PRINT_CSS + ThemeCss.print(document.theme());
    EditionView view = new EditionView(document, numbering, placeholders, css, null);
    String frame = Templates.render(Templates.forDocument(document, "print.mustache", Templates.PRINT), view);
    return new PrintSource(frame, html);
  }

  private static RenderContext printContext(
      Unit unit, Numbering numbering, Document document, Localisation words, LinkTargets links) {
    Path dir = unit.source().path().getParent();
    return new RenderContext(
        numbering,
        src -> Links.isRemote(src) ? src : dir.resolve(src).toAbsolutePath().normalize().toUri().toString(),
        anchor -> "#" + anchor,
        words.referenceSeparator(),
        url -> links.resolve(unit, url).map(anchor -> "#" + anchor).orElse(url),
        "pdf",
        document.variables(),
        document.theme().accent());
  }

  /**
   * The print edition as laid out and painted, still open and unsaved: the finish stage completes
   * it and saves it once. {@code fillerPages} are the 0-based indices of pages no content reaches;
   * {@code parts} is how many renderers made it (1, or 3 for {@link SplitRender}), and
   * {@code sources} are documents whose pages and images {@code pdf} took over, which must stay
   * open until it is saved. The caller closes it.
   */
  public record RenderedPdf(
      PDDocument pdf,
      Set<Integer> fillerPages,
      java.util.Map<String, AnchorPositions.Anchor> anchors,
      int parts,
      List<PDDocument> sources)
      implements java.io.Closeable {
    @Override
    public void close() throws IOException {
      try {
        pdf.close();
      } finally {
        for (PDDocument source : sources) {
          source.close();
        }
      }
    }
  }

  /** The final print XHTML and the index of the bookmark where the body (arabic page 1) starts. */
  public record PrintDom(org.w3c.dom.Document dom, int bodyBookmark) {}

  /** Renders the print edition; the finish stage completes and saves it. */
  public RenderedPdf render(Document document, Numbering numbering) {
    return render(document, numbering, printSource(document, numbering), false);
  }

  /** Lays out and paints {@code print}; the PDF is returned open and unsaved. */
  public RenderedPdf render(Document document, PrintDom print) {
    return render(document, print, false);
  }

  /** The print HTML as the W3C DOM OpenHTMLtoPDF reads, with its bookmarks. */
  public PrintDom printDom(Document document, Numbering numbering) {
    return printDom(document, numbering, printSource(document, numbering));
  }

  /** {@code source} as the W3C DOM OpenHTMLtoPDF reads, with the bookmarks of {@code document}. */
  public PrintDom printDom(Document document, Numbering numbering, PrintSource source) {
    return printDom(document, bookmarks(document, numbering), PrintXhtml.prepared(source.html()));
  }

  private static PrintDom printDom(
      Document document, List<PrintXhtml.Bookmark> bookmarks, org.jsoup.nodes.Document prepared) {
    return new PrintDom(PrintXhtml.toW3c(prepared, bookmarks), bodyBookmark(document, bookmarks));
  }

  /**
   * Renders {@code source}, on two threads when it is long enough ({@link SplitRender}); the PDF
   * is returned open and unsaved. With {@code recordLayout}, it also carries where every anchor
   * landed, for {@link PrintPatch}.
   */
  public RenderedPdf render(Document document, Numbering numbering, PrintSource source, boolean recordLayout) {
    List<PrintXhtml.Bookmark> bookmarks = bookmarks(document, numbering);
    org.jsoup.nodes.Document prepared = PrintXhtml.prepared(source.html());
    SplitPrint split = SplitRender.suits(document) ? SplitPrint.of(prepared, splitFromCharacters) : null;
    if (split != null) {
      Optional<RenderedPdf> rendered = new SplitRender(this, document).render(split, bookmarks);
      if (rendered.isPresent()) {
        return rendered.get();
      }
      prepared = PrintXhtml.prepared(source.html()); // the split took the parsed document apart
    }
    return render(document, printDom(document, bookmarks, prepared), recordLayout);
  }

  /**
   * The index of the bookmark where the body starts: the first past the contents and the front
   * matter (a part page or the first chapter); its page is arabic 1.
   */
  private static int bodyBookmark(Document document, List<PrintXhtml.Bookmark> bookmarks) {
    Set<String> front =
        document.units().stream()
            .filter(u -> u.kind() == UnitKind.FRONT)
            .map(Unit::anchor)
            .collect(java.util.stream.Collectors.toSet());
    for (int i = 1; i < bookmarks.size(); i++) {
      if (!front.contains(bookmarks.get(i).anchor())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Lays out and paints {@code print}; the PDF is returned open and unsaved. With
   * {@code recordLayout}, it also carries where every anchor landed, for {@link PrintPatch}.
   */
  public RenderedPdf render(Document document, PrintDom print, boolean recordLayout) {
    try (PdfBoxRenderer renderer = builderFor(document, print.dom()).buildPdfRenderer()) {
      renderer.layout();
      PDDocument pdf = renderer.createPDFKeepOpen();
      try {
        Set<Integer> filler = FillerPages.of(renderer, pdf.getNumberOfPages());
        PageLabels.apply(pdf, PageLabels.pageOfBookmark(pdf, print.bodyBookmark()));
        return new RenderedPdf(
            pdf, filler, recordLayout ? AnchorPositions.of(renderer, PrintPatch.ANY_ID) : null, 1, List.of());
      } catch (RuntimeException e) {
        pdf.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The renderer set up for {@code dom} as {@code document} asks: its base, standards and producer. */
  PdfRendererBuilder builderFor(Document document, org.w3c.dom.Document dom) {
    return builderFor(document, dom, new PdfFonts(fonts, new PDDocument()));
  }

  /** As above, painting into {@code target}'s PDF with its faces. */
  PdfRendererBuilder builderFor(Document document, org.w3c.dom.Document dom, PdfFonts target) {
    String base = document.folder().toAbsolutePath().toUri().toString();
    // Remote images only when the manuscript has any, which the check stage allows only with
    // allowRemote.
    boolean remote =
        document.units().stream()
            .flatMap(u -> u.body().outline().images().stream())
            .anyMatch(image -> Links.isRemote(image.src()));
    PdfRendererBuilder builder = configuredBuilder(target, dom, base, remote);
    builder.withProducer("Colophon " + io.github.colophon.core.Pipeline.version());
    if (document.pdf().conformsTo(PdfStandard.PDF_A_3U)) {
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      builder.useColorProfile(SRGB_PROFILE); // the output intent every PDF/A colour refers to
    }
    if (document.pdf().conformsTo(PdfStandard.PDF_UA_1)) {
      builder.usePdfUaAccessibility(true);
    }
    return builder;
  }

  /**
   * OpenHTMLtoPDF set up as Colophon renders: fast mode, the bundled fonts (also for SVG text),
   * and only files inside the publication folder ({@code base}) — plus remote raster images
   * when {@code remoteImages}. Public for the benchmark, whose baseline must render the same way.
   */
  public static PdfRendererBuilder configuredBuilder(
      FontLibrary fonts, org.w3c.dom.Document dom, String base, boolean remoteImages) {
    // Our own document, so that the bundled faces can be made for it from the fonts parsed once
    // per JVM; the renderer's createPDFKeepOpen hands it back.
    return configuredBuilder(new PdfFonts(fonts, new PDDocument()), dom, base, remoteImages);
  }

  /** As above, painting into {@code target}'s PDF with its faces. */
  static PdfRendererBuilder configuredBuilder(
      PdfFonts target, org.w3c.dom.Document dom, String base, boolean remoteImages) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePDDocument(target.pdf());
    builder.withW3cDocument(dom, base);
    builder.useSVGDrawer(new BundledFontsSvgDrawer(target.library())); // SVG text in the bundled fonts
    builder.useExternalResourceAccessControl(
        (uri, type) ->
            uri.startsWith(base)
                || (remoteImages && type == ExternalResourceType.IMAGE_RASTER && Links.isRemote(uri)),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    target.faces().forEach((face, supplier) ->
        builder.useFont(supplier, face.family(), face.weight(), BaseRendererBuilder.FontStyle.NORMAL, true));
    builder.withDiagnosticConsumer(diagnostic -> {}); // CSS notes from our own theme; not the author's
    return builder;
  }

  /**
   * The PDF's bookmarks: the contents (readers jump there, and BlankPages looks before it), then
   * a bookmark per unit with its sections. Package-private for the benchmark's baseline.
   */
  static List<PrintXhtml.Bookmark> bookmarks(Document document, Numbering numbering) {
    List<PrintXhtml.Bookmark> bookmarks = new ArrayList<>();
    bookmarks.add(
        new PrintXhtml.Bookmark(Localisation.of(document.metadata()).contents(), "colophon-toc", List.of()));
    bookmarks.addAll(bookmarks(EditionView.toc(document, numbering)));
    return bookmarks;
  }

  private static List<PrintXhtml.Bookmark> bookmarks(List<EditionView.TocEntry> toc) {
    List<PrintXhtml.Bookmark> top = new ArrayList<>();
    List<PrintXhtml.Bookmark> children = null;
    List<PrintXhtml.Bookmark> partChildren = null; // chapters of the current part
    for (EditionView.TocEntry e : toc) {
      String title = e.label() == null ? e.title() : e.label() + " " + e.title();
      if (e.level() == 1) {
        if (e.partAnchor() != null) {
          partChildren = new ArrayList<>();
          top.add(new PrintXhtml.Bookmark(e.part(), e.partAnchor(), partChildren));
        } else if (!e.chapter()) {
          partChildren = null; // case studies and appendices stand outside the parts
        }
        children = new ArrayList<>();
        (partChildren != null ? partChildren : top).add(new PrintXhtml.Bookmark(title, e.anchor(), children));
      } else if (children != null) {
        children.add(new PrintXhtml.Bookmark(title, e.anchor(), List.of()));
      }
    }
    return top;
  }
}

package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import io.github.colophon.core.internal.render.AnchorPositions.Anchor;
import io.github.colophon.core.internal.render.PdfEditionWriter.RenderedPdf;
import io.github.colophon.core.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.cos.COSDictionary;
import io.github.colophon.core.internal.Futures;
import io.github.colophon.core.internal.fonts.FontLibrary;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitHeightDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A long book laid out and painted on both cores (issue 10). OpenHTMLtoPDF works on one thread,
 * but its layout never depends on a page number (page counters and target-counter() are filled
 * in as the pages are painted), so the two halves of the body ({@link SplitPrint}) are laid out
 * side by side, each in a renderer of its own. Then the front matter is laid out, its contents
 * given the folios the halves now know, and painted into the book's PDF with the first half on
 * this thread, while the second half paints into a PDF of its own on the other. Its pages then
 * join the book, drawn in the book's fonts: the file holds one subset of each face, as a whole
 * render does. The second half cannot start its own page sequence (it would count from 1), so
 * its first folio is set just before it paints.
 *
 * <p>The result reads as the whole book rendered at once: the same pages, text, folios, labels,
 * links and outline. The links OpenHTMLtoPDF makes inside the first half lead to page indices
 * counted from that half's start, so they are moved to its pages in the book; links between the
 * parts, and the outline, are made here from where the anchors landed.
 *
 * <p>Only for untagged PDFs (a structure tree spans the whole document) whose references do not
 * print page numbers (a page number in the text could change the layout of the line), in the
 * print style's own page breaks (an author's style sheet may open chapters on either side).
 */
final class SplitRender {
  /**
   * The first folio OpenHTMLtoPDF paints when a document has no page sequence. Its builder takes
   * it before the layout, when the second half's first folio is not known yet, and the renderer
   * keeps it in a field that nothing else reads until painting. Null if this version of the
   * renderer has no such field: then every book is rendered whole.
   */
  private static final Field INITIAL_PAGE_NUMBER = initialPageNumber();

  private static Field initialPageNumber() {
    try {
      Field field = PdfBoxRenderer.class.getDeclaredField("_initialPageNumber");
      field.setAccessible(true);
      return field.getType() == int.class ? field : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code document}'s PDF may be laid out in parts. */
  static boolean suits(Document document) {
    return INITIAL_PAGE_NUMBER != null
        && document.theme().css() == null
        && document.pdf().standards().isEmpty()
        && !document.crossref().pageNumbers();
  }

  private final PdfEditionWriter writer;
  private final Document document;

  SplitRender(PdfEditionWriter writer, Document document) {
    this.writer = writer;
    this.document = document;
  }

  /** A half as laid out: its page count and the page of each anchor, from its opening page. */
  private record Laid(int pages, Map<String, Integer> anchorPages) {}

  /** A part as painted: where its anchors went and which of its pages are filler, in the book's pages. */
  private record Painted(Map<String, Anchor> anchors, Set<Integer> fillerPages) {}

  /**
   * The book rendered in parts, open and unsaved; empty when the layout does not allow it (a
   * half that does not open on a recto after all), and the caller renders it whole.
   */
  Optional<RenderedPdf> render(SplitPrint split, List<PrintXhtml.Bookmark> bookmarks) {
    PDDocument pdf = new PDDocument();
    PdfFonts fonts = new PdfFonts(writer.fonts(), pdf);
    SecondHalf second = new SecondHalf(split);
    Thread thread = new Thread(second, "colophon-pdf-second-half");
    thread.setDaemon(true);
    thread.start();
    List<PdfBoxRenderer> renderers = new ArrayList<>();
    PDDocument secondPdf = null;
    boolean done = false;
    try {
      PdfBoxRenderer first = renderer(split.firstHalf(), fonts, renderers);
      first.layout();
      Laid firstLaid = laid(first, SplitPrint.PAD_PAGES, split.firstHalfOpening());
      Laid secondLaid = Futures.join(second.laidOut);
      if (firstLaid == null || secondLaid == null) {
        return Optional.empty();
      }
      // Folios count from the body's first page; the second half opens on the next recto.
      int secondFirstFolio = firstLaid.pages() + firstLaid.pages() % 2 + 1;
      second.paintFrom.complete(secondFirstFolio);
      Map<String, Integer> folios = new HashMap<>();
      firstLaid.anchorPages().forEach((id, page) -> folios.put(id, page + 1));
      secondLaid.anchorPages().forEach((id, page) -> folios.put(id, secondFirstFolio + page));

      PdfBoxRenderer front = renderer(split.front(folios), fonts, renderers);
      front.layout();
      Set<Integer> filler = new TreeSet<>();
      Map<String, Anchor> anchors = new HashMap<>();
      add(paint(front, pdf, 0), 0, anchors, filler);
      padToRecto(pdf, filler);
      int bodyStart = pdf.getNumberOfPages();
      first.getSharedContext().registerWithThread(); // the front's renderer was made after it
      add(paint(first, pdf, SplitPrint.PAD_PAGES), 0, anchors, filler);
      padToRecto(pdf, filler);
      int secondStart = pdf.getNumberOfPages();
      SecondPainted painted = Futures.join(second.painted);
      secondPdf = painted.pdf();
      if (secondStart - bodyStart + 1 != secondFirstFolio || secondPdf.getNumberOfPages() != secondLaid.pages()) {
        return Optional.empty(); // a part painted more pages than it laid out (content cut off sideways)
      }
      takeOver(painted, pdf, fonts);
      add(painted.part(), secondStart, anchors, filler);
      linkBetweenParts(pdf, anchors);
      writeOutline(pdf, bookmarks, anchors);
      PageLabels.apply(pdf, bodyStart);
      done = true;
      return Optional.of(new RenderedPdf(pdf, filler, anchors, 3, List.of(secondPdf)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      second.paintFrom.cancel(false); // no-op once the folio is given
      joinQuietly(thread);
      renderers.forEach(PdfBoxRenderer::close);
      if (!done) {
        closeQuietly(pdf);
        if (secondPdf != null) {
          closeQuietly(secondPdf);
        } else {
          second.painted.thenAccept(late -> closeQuietly(late.pdf()));
        }
      }
    }
  }

  private PdfBoxRenderer renderer(org.w3c.dom.Document dom, PdfFonts fonts, List<PdfBoxRenderer> renderers) {
    PdfBoxRenderer renderer = writer.builderFor(document, dom, fonts).buildPdfRenderer();
    renderers.add(renderer);
    return renderer;
  }

  /**
   * The second half as painted into a document of its own: its part ({@code part}, pages counted
   * from its own first), and the characters it set in each bundled face, read from its fonts'
   * subsets.
   */
  private record SecondPainted(
      PDDocument pdf,
      Painted part,
      Map<FontLibrary.Face, Set<Integer>> characters,
      Map<COSBase, FontLibrary.Face> faces) {}

  /**
   * The second half, made, laid out and painted on a thread of its own (a renderer keeps to
   * one), into a PDF of its own with fonts of its own, so that neither layout nor painting
   * shares anything mutable with the first half's thread.
   */
  private final class SecondHalf implements Runnable {
    private final SplitPrint split;
    final CompletableFuture<Laid> laidOut = new CompletableFuture<>();
    /** The second half's first folio, given once the first half is laid out. */
    final CompletableFuture<Integer> paintFrom = new CompletableFuture<>();
    final CompletableFuture<SecondPainted> painted = new CompletableFuture<>();

    SecondHalf(SplitPrint split) {
      this.split = split;
    }

    @Override
    public void run() {
      List<PdfBoxRenderer> renderers = new ArrayList<>();
      PDDocument pdf = new PDDocument();
      try {
        PdfFonts fonts = new PdfFonts(writer.fonts(), pdf);
        PdfBoxRenderer renderer = renderer(split.secondHalf(), fonts, renderers);
        renderer.layout();
        laidOut.complete(laid(renderer, SplitPrint.PAD_PAGES, split.secondHalfOpening()));
        // The folio of the document's first page, a blank one dropped once painted.
        INITIAL_PAGE_NUMBER.setInt(renderer, paintFrom.join() - SplitPrint.PAD_PAGES);
        Painted part = paint(renderer, pdf, SplitPrint.PAD_PAGES);
        Map<COSBase, FontLibrary.Face> faces = new IdentityHashMap<>();
        fonts.made().forEach((font, face) -> faces.put(font.getCOSObject(), face));
        painted.complete(new SecondPainted(pdf, part, charactersSet(fonts), faces));
      } catch (CancellationException e) {
        closeQuietly(pdf);
        painted.cancel(false);
      } catch (Throwable e) {
        closeQuietly(pdf);
        laidOut.completeExceptionally(e);
        painted.completeExceptionally(e);
      } finally {
        renderers.forEach(PdfBoxRenderer::close);
      }
    }
  }

  /**
   * The characters set in each face of {@code fonts}: PDFBox keeps them to itself until it
   * subsets a font, so each face is subset here and its ToUnicode map read back, code by code
   * (an embedded face's code is its glyph id).
   */
  private static Map<FontLibrary.Face, Set<Integer>> charactersSet(PdfFonts fonts) throws IOException {
    Map<FontLibrary.Face, Set<Integer>> characters = new HashMap<>();
    for (Map.Entry<PDFont, FontLibrary.Face> made : fonts.made().entrySet()) {
      PDType0Font font = (PDType0Font) made.getKey();
      font.subset();
      COSStream map = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
      if (map == null) {
        continue;
      }
      CMap toUnicode;
      try (RandomAccessRead in = map.createView()) {
        toUnicode = new CMapParser().parse(in);
      }
      Set<Integer> set = new TreeSet<>();
      int glyphs = FontLibrary.trueType(made.getValue()).getNumberOfGlyphs();
      for (int code = 0; code < glyphs; code++) {
        String unicode = toUnicode.toUnicode(code);
        if (unicode != null) {
          unicode.codePoints().forEach(set::add);
        }
      }
      characters.put(made.getValue(), set);
    }
    return characters;
  }

  /**
   * Moves the second half's pages to the end of {@code pdf}, drawn in {@code fonts}: each face
   * of the second half's own is replaced by the same face of {@code pdf}, which then also
   * subsets the characters the second half set (the codes are glyph ids of the same font, so
   * the content streams stay as they are).
   */
  private static void takeOver(SecondPainted painted, PDDocument pdf, PdfFonts fonts) throws IOException {
    painted.characters().forEach((face, characters) ->
        characters.forEach(((PDType0Font) fonts.font(face))::addToSubset));
    Map<COSBase, PDFont> replacement = new IdentityHashMap<>();
    painted.faces().forEach((own, face) -> replacement.put(own, fonts.font(face)));
    Set<COSBase> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<PDPage> pages = new ArrayList<>();
    painted.pdf().getPages().forEach(pages::add);
    for (PDPage page : pages) {
      replaceFonts(page.getResources(), replacement, visited);
      // PDDocument.addPage walks the page's objects, which in memory still form cycles (its
      // tree's kids, a link's page): add it without them, then give its links back.
      COSBase links = page.getCOSObject().getItem(COSName.ANNOTS);
      page.getCOSObject().removeItem(COSName.ANNOTS);
      page.getCOSObject().removeItem(COSName.PARENT); // its page tree is the other document's
      pdf.addPage(page);
      page.getCOSObject().setItem(COSName.ANNOTS, links);
    }
  }

  /** Points {@code resources} (and those of the forms it draws) at the replacement fonts. */
  private static void replaceFonts(PDResources resources, Map<COSBase, PDFont> replacement, Set<COSBase> visited)
      throws IOException {
    if (resources == null || !visited.add(resources.getCOSObject())) {
      return;
    }
    COSDictionary fontDictionary = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    for (COSName name : resources.getFontNames()) {
      PDFont font = fontDictionary == null ? null : replacement.get(fontDictionary.getDictionaryObject(name));
      if (font != null) {
        resources.put(name, font);
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        replaceFonts(form.getResources(), replacement, visited);
      }
    }
  }

  /**
   * {@code renderer}'s layout without the blank pages ahead of the opening block (whose first
   * child is {@code opening}), or null when that block does not open the page after them.
   */
  private static Laid laid(PdfBoxRenderer renderer, int padPages, String opening) {
    Map<String, Integer> pages = new HashMap<>();
    AnchorPositions.laidOut(renderer).forEach((id, page) -> pages.put(id, page - padPages));
    int count = renderer.getRootBox().getLayer().getPages().size() - padPages;
    return Integer.valueOf(0).equals(pages.get(opening)) ? new Laid(count, pages) : null;
  }

  /**
   * Paints {@code renderer}'s pages after those already in {@code pdf}, drops its first
   * {@code padPages} (blank), and moves its links to its own pages: OpenHTMLtoPDF gives them the
   * page index counted from the renderer's first page.
   */
  private static Painted paint(PdfBoxRenderer renderer, PDDocument pdf, int padPages) throws IOException {
    int start = pdf.getNumberOfPages();
    renderer.createPDFKeepOpen();
    int painted = pdf.getNumberOfPages() - start;
    if (start > 0) {
      Map<COSDictionary, Integer> index = PrintPatch.pageIndex(pdf);
      for (int page = start; page < start + painted; page++) {
        for (PDAnnotation annotation : pdf.getPage(page).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            moveBy(link.getDestination(), start, painted, pdf, index);
            if (link.getAction() instanceof PDActionGoTo go) {
              moveBy(go.getDestination(), start, painted, pdf, index);
            }
          }
        }
      }
    }
    for (int pad = 0; pad < padPages; pad++) {
      pdf.removePage(start);
    }
    Map<String, Anchor> anchors = new HashMap<>();
    int shift = start - padPages;
    AnchorPositions.of(renderer, PrintPatch.ANY_ID).forEach((id, at) -> {
      if (at.page() >= padPages) {
        anchors.put(id, new Anchor(at.page() + shift, at.endPage() + shift, at.linkTop()));
      }
    });
    Set<Integer> filler = new TreeSet<>();
    FillerPages.of(renderer, painted).forEach(page -> {
      if (page >= padPages) {
        filler.add(page + shift);
      }
    });
    return new Painted(anchors, filler);
  }

  private static void moveBy(
      Object destination, int start, int pages, PDDocument pdf, Map<COSDictionary, Integer> index) {
    if (destination instanceof PDPageDestination dest && dest.getPage() != null) {
      Integer page = index.get(dest.getPage().getCOSObject());
      if (page != null && page < pages) {
        dest.setPage(pdf.getPage(start + page));
      }
    }
  }

  private static void add(Painted part, int offset, Map<String, Anchor> anchors, Set<Integer> filler) {
    part.anchors().forEach((id, at) ->
        anchors.put(id, new Anchor(at.page() + offset, at.endPage() + offset, at.linkTop())));
    part.fillerPages().forEach(page -> filler.add(page + offset));
  }

  /** Adds a blank verso when the next part, which opens on a recto, would start on a verso. */
  private static void padToRecto(PDDocument pdf, Set<Integer> filler) {
    int pages = pdf.getNumberOfPages();
    if (pages % 2 == 1) {
      PDPage blank = new PDPage(pdf.getPage(pages - 1).getMediaBox());
      blank.setResources(new PDResources());
      pdf.addPage(blank);
      filler.add(pages);
    }
  }

  /**
   * Each {@code colophon-target:} link becomes a jump to where its anchor landed in the book.
   * OpenHTMLtoPDF gives a link to a URI one annotation per box of the link (a contents entry's
   * text and its leader), all with the same area, where a jump within the document gets one; the
   * copies go.
   */
  private static void linkBetweenParts(PDDocument pdf, Map<String, Anchor> anchors) throws IOException {
    for (PDPage page : pdf.getPages()) {
      List<PDAnnotation> annotations = page.getAnnotations();
      boolean changed = false;
      Set<String> seen = new HashSet<>();
      for (PDAnnotation annotation : List.copyOf(annotations)) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri
            && uri.getURI() != null
            && uri.getURI().startsWith(PrintXhtml.OUTSIDE)) {
          Anchor at = anchors.get(uri.getURI().substring(PrintXhtml.OUTSIDE.length()));
          String area = java.util.Arrays.toString(link.getRectangle().getCOSArray().toFloatArray());
          if (at == null || !seen.add(uri.getURI() + " " + area)) {
            annotations.remove(annotation); // a copy, or (as in a whole render) no anchor to lead to
          } else {
            link.setAction(PrintPatch.goTo(pdf.getPage(at.page()), at.linkTop()));
          }
          changed = true;
        }
      }
      if (changed) {
        page.setAnnotations(annotations);
      }
    }
  }

  /** The outline OpenHTMLtoPDF writes from the head's bookmarks, from the anchors of all parts. */
  private static void writeOutline(
      PDDocument pdf, List<PrintXhtml.Bookmark> bookmarks, Map<String, Anchor> anchors) {
    if (bookmarks.isEmpty()) {
      return;
    }
    PDDocumentOutline outline = new PDDocumentOutline();
    pdf.getDocumentCatalog().setDocumentOutline(outline);
    addBookmarks(pdf, outline, bookmarks, anchors);
  }

  private static void addBookmarks(
      PDDocument pdf, PDOutlineNode parent, List<PrintXhtml.Bookmark> bookmarks, Map<String, Anchor> anchors) {
    for (PrintXhtml.Bookmark bookmark : bookmarks) {
      PDOutlineItem item = new PDOutlineItem();
      Anchor at = anchors.get(bookmark.anchor());
      if (at != null) {
        item.setDestination(destination(pdf, at));
      } else {
        PDPageFitHeightDestination top = new PDPageFitHeightDestination(); // OpenHTMLtoPDF's default
        top.setPage(pdf.getPage(0));
        item.setDestination(top);
      }
      item.setTitle(bookmark.title());
      parent.addLast(item);
      addBookmarks(pdf, item, bookmark.children(), anchors);
    }
  }

  private static PDPageXYZDestination destination(PDDocument pdf, Anchor at) {
    PDPageXYZDestination dest = new PDPageXYZDestination();
    dest.setPage(pdf.getPage(at.page()));
    dest.setTop(at.linkTop());
    return dest;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(PDDocument pdf) {
    try {
      pdf.close();
    } catch (IOException e) {
      // an unsaved document in memory; nothing to release
    }
  }
}

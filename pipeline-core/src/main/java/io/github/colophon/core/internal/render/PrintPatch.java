package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import io.github.colophon.core.internal.render.AnchorPositions.Anchor;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.UnitKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFCloneUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The fast path of a rebuild in the same JVM (issue 10): when the print HTML of some units is all
 * that changed since the last build of a publication, only those units are laid out again —
 * each alone, as a segment whose pages are numbered and sided as they are in the book — and
 * their pages take the place of the old ones in the last finished PDF. Everything the rest of the
 * book shows about a unit must still hold, or the caller renders the whole book as usual:
 *
 * <ul>
 *   <li>the unit still ends before the next block starts (same page count, or one page more
 *       where a blank verso was), so no other page moves;
 *   <li>every anchor in the unit that is linked from elsewhere (contents, lists of figures and
 *       tables, the outline, references in other units) is still on the same page, so no page
 *       number printed elsewhere changes. Destinations that lead into the unit follow their
 *       anchor's new height on the page.
 * </ul>
 *
 * Only for untagged PDFs (a tagged PDF's structure tree spans the whole document) whose
 * references do not print page numbers (a segment cannot count pages outside itself). The
 * result has the same pages, text, links and outline as a full rebuild, not the same bytes (each
 * segment's fonts are subset separately), which is why release editions never take this path.
 */
public final class PrintPatch {
  static final Pattern ANY_ID = Pattern.compile(".");
  private static final Pattern LOCAL_LINK = Pattern.compile("href=\"#([^\"]+)\"");

  /**
   * What one build of a publication leaves for the next in the same JVM: the settings it was
   * made with ({@code context}: anything outside the print HTML that shows in the PDF), its print
   * HTML and layout, and the finished PDF.
   */
  public record Memo(
      String context, PrintSource source, Map<String, Anchor> anchors, Set<Integer> fillerPages, byte[] pdf, int pages) {
    public Memo {
      anchors = Map.copyOf(anchors);
      fillerPages = Set.copyOf(fillerPages);
    }
  }

  /**
   * The last finished PDF with the changed units' pages replaced, open and unsaved: the finish
   * stage stamps the pages of {@code segments} and saves it.
   */
  public record Patched(PDDocument pdf, List<Segment> segments, Map<String, Anchor> anchors, Set<Integer> fillerPages)
      implements java.io.Closeable {
    /** The replaced pages, 0-based, in ranges {first, last}. */
    public List<int[]> pageRanges() {
      return segments.stream().map(s -> new int[] {s.first(), s.last()}).toList();
    }

    /** The units re-rendered, by index in the document. */
    public List<Integer> units() {
      return segments.stream().map(Segment::unit).toList();
    }

    @Override
    public void close() {
      closeAll(segments, pdf);
    }
  }

  private final PdfEditionWriter writer;

  public PrintPatch(PdfEditionWriter writer) {
    this.writer = writer;
  }

  /** Whether {@code source} is exactly what {@code memo}'s PDF was made from, in the same context. */
  public static boolean unchanged(Memo memo, String context, PrintSource source) {
    return memo != null && memo.context().equals(context) && memo.source().equals(source);
  }

  /** The patched PDF, or empty when the edit is not one this path can take. */
  public Optional<Patched> patch(Memo memo, String context, Document document, PrintSource source) {
    List<Integer> units = changedUnits(memo, context, source);
    // References that print their target's page ("（第 12 页）") count pages a segment lacks.
    if (units.isEmpty() || document.crossref().pageNumbers()) {
      return Optional.empty();
    }
    List<Segment> segments = new ArrayList<>();
    PDDocument book = null;
    try {
      for (int unit : units) {
        Segment segment = segment(memo, document, source, unit);
        if (segment == null) {
          closeAll(segments, null);
          return Optional.empty();
        }
        segments.add(segment);
      }
      Map<String, Anchor> anchors = new HashMap<>();
      memo.anchors().forEach((id, at) -> {
        if (segments.stream().noneMatch(s -> s.covers(at.page()))) {
          anchors.put(id, at);
        }
      });
      Map<String, Anchor> moved = new HashMap<>();
      Map<String, Anchor> linkedFromOutside = new HashMap<>();
      Set<Integer> filler = new TreeSet<>(memo.fillerPages());
      for (Segment segment : segments) {
        moved.putAll(segment.moved());
        linkedFromOutside.putAll(segment.linkedFromOutside());
        for (int page = segment.first(); page <= segment.last(); page++) {
          filler.remove(page);
        }
      }
      anchors.putAll(moved);
      book = Loader.loadPDF(memo.pdf());
      for (Segment segment : segments) {
        if (!transplant(segment, book, anchors)) {
          closeAll(segments, book);
          return Optional.empty();
        }
      }
      followMovedAnchors(book, segments, linkedFromOutside, moved);
      return Optional.of(new Patched(book, segments, anchors, filler));
    } catch (IOException e) {
      closeAll(segments, book);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeAll(segments, book);
      throw e;
    }
  }

  /**
   * One unit laid out alone: its saved segment PDF, where its pages start there
   * ({@code segmentFirst}) and go in the book ({@code first}..{@code last}), where its anchors
   * went in the book's page numbers, and those of them the rest of the book links to, as they
   * were.
   */
  record Segment(
      int unit, PDDocument pdf, int segmentFirst, int first, int last,
      Map<String, Anchor> moved, Map<String, Anchor> linkedFromOutside) {
    boolean covers(int page) {
      return page >= first && page <= last;
    }
  }

  /** Unit {@code unit} rendered alone, or null when it no longer fits its pages. */
  private Segment segment(Memo memo, Document document, PrintSource source, int unit) throws IOException {
    Map<String, Anchor> old = memo.anchors();
    Anchor start = old.get(PrintSource.unitStart(unit));
    Anchor end = old.get(PrintSource.unitEnd(unit));
    if (start == null || end == null) {
      return null;
    }
    int first = start.page();
    int last = end.endPage();
    int blankAfter = 0;
    while (memo.fillerPages().contains(last + 1 + blankAfter)) {
      blankAfter++;
    }
    // The segment repeats the unit's folio and its side: blank pages under a new page sequence
    // bring the counter to the folio, and one or two before them the side, which the renderer
    // takes from the page's index. There is always a page before the unit: a recto break at the
    // very top of the first page moves the unit to the second.
    int body = bodyStartPage(document, old);
    int folio = body >= 0 && first >= body ? first - body + 1 : first + 1;
    int pad = (folio % 2 == first % 2) ? 1 : 2;
    int segmentFirst = pad + folio - 1;
    org.w3c.dom.Document dom = PrintXhtml.segment(source, unit, pad, folio - 1);
    if (dom == null) {
      return null;
    }
    try (PdfBoxRenderer renderer = writer.builderFor(document, dom).buildPdfRenderer()) {
      renderer.layout();
      PDDocument painted = renderer.createPDFKeepOpen(); // positions are known once painted
      Map<String, Anchor> laid = AnchorPositions.of(renderer, ANY_ID);
      Anchor newStart = laid.get(PrintSource.unitStart(unit));
      Anchor newEnd = laid.get(PrintSource.unitEnd(unit));
      int pages = newEnd == null ? -1 : newEnd.endPage() - segmentFirst + 1;
      // One page more is fine where a blank verso followed: the next block opens on the same recto.
      boolean fits = pages == last - first + 1 || (blankAfter == 1 && pages == last - first + 2);
      if (newStart == null || newStart.page() != segmentFirst || !fits) {
        painted.close();
        return null;
      }
      Map<String, Anchor> moved = new HashMap<>();
      int shift = first - segmentFirst;
      laid.forEach((id, at) -> {
        if (at.page() >= segmentFirst && at.page() < segmentFirst + pages) {
          moved.put(id, new Anchor(at.page() + shift, at.endPage() + shift, at.linkTop()));
        }
      });
      Map<String, Anchor> linkedFromOutside = new HashMap<>();
      for (String id : linkedOutside(source, unit)) {
        Anchor was = old.get(id);
        if (was != null && was.page() >= first && was.page() <= last) {
          Anchor now = moved.get(id);
          if (now == null || now.page() != was.page()) {
            painted.close();
            return null; // a page number shown elsewhere would change
          }
          linkedFromOutside.put(id, was);
        }
      }
      return new Segment(unit, saved(painted), segmentFirst, first, first + pages - 1, moved, linkedFromOutside);
    }
  }

  private static void closeAll(List<Segment> segments, PDDocument book) {
    for (Segment segment : segments) {
      try {
        segment.pdf().close();
      } catch (IOException e) {
        // closing an in-memory document; nothing to do
      }
    }
    if (book != null) {
      try {
        book.close();
      } catch (IOException e) {
        // as above
      }
    }
  }

  /**
   * The page where the body's folios start at 1: that of the first unit after the front matter,
   * or of its part page when it opens a part.
   */
  private static int bodyStartPage(Document document, Map<String, Anchor> anchors) {
    for (int i = 0; i < document.units().size(); i++) {
      if (document.units().get(i).kind() != UnitKind.FRONT) {
        Anchor start =
            anchors.get(document.units().get(i).part() != null ? EditionView.partAnchor(1) : PrintSource.unitStart(i));
        return start == null ? -1 : start.page();
      }
    }
    return -1;
  }

  /**
   * The units whose HTML differs from {@code memo}'s; none when the frame, the number of units
   * or the context differ (or there is no memo).
   */
  private static List<Integer> changedUnits(Memo memo, String context, PrintSource source) {
    if (memo == null
        || !memo.context().equals(context)
        || !memo.source().frame().equals(source.frame())
        || memo.source().units().size() != source.units().size()) {
      return List.of();
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < source.units().size(); i++) {
      if (!memo.source().units().get(i).equals(source.units().get(i))) {
        changed.add(i);
      }
    }
    return changed;
  }

  /** The anchors that the frame and the other units link to. */
  private static Set<String> linkedOutside(PrintSource source, int unit) {
    Set<String> ids = new HashSet<>();
    collectLinks(source.frame(), ids);
    for (int i = 0; i < source.units().size(); i++) {
      if (i != unit) {
        collectLinks(source.units().get(i), ids);
      }
    }
    return ids;
  }

  private static void collectLinks(String html, Set<String> ids) {
    Matcher m = LOCAL_LINK.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
  }

  /** Saves and reloads the segment: saving is what subsets and embeds its fonts. */
  private static PDDocument saved(PDDocument segment) throws IOException {
    try (segment) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
      segment.save(out);
      return Loader.loadPDF(out.toByteArray());
    }
  }

  /**
   * Gives the unit's pages in the book the content, resources and links of its pages in the
   * segment. The book's page objects stay, so every outline entry and link that leads to them
   * still does; links to other units go where {@code anchors} (the book after the patch) has
   * their targets. False when a page holds an annotation this cannot carry over.
   */
  private static boolean transplant(Segment unit, PDDocument book, Map<String, Anchor> anchors)
      throws IOException {
    PDDocument segment = unit.pdf();
    int segmentFirst = unit.segmentFirst();
    int first = unit.first();
    int pages = unit.last() - unit.first() + 1;
    PDFCloneUtility cloner = new PDFCloneUtility(book) {};
    Map<COSDictionary, Integer> segmentIndex = pageIndex(segment);
    List<PDPage> targets = new ArrayList<>();
    List<List<PDAnnotation>> links = new ArrayList<>();
    for (int k = 0; k < pages; k++) {
      PDPage from = segment.getPage(segmentFirst + k);
      List<PDAnnotation> carried = new ArrayList<>();
      for (PDAnnotation annotation : from.getAnnotations()) {
        if (!(annotation instanceof PDAnnotationLink link) || link.getDestination() != null) {
          return false;
        }
        PDAction action = carriedAction(link.getAction(), segmentIndex, segmentFirst, pages, book, first, anchors);
        if (action == null) {
          return false;
        }
        PDAnnotationLink copy = new PDAnnotationLink();
        for (Map.Entry<COSName, COSBase> entry : link.getCOSObject().entrySet()) {
          if (!entry.getKey().equals(COSName.P) && !entry.getKey().equals(COSName.A)) {
            copy.getCOSObject().setItem(entry.getKey(), cloner.cloneForNewDocument(entry.getValue()));
          }
        }
        copy.setAction(action);
        carried.add(copy);
      }
      targets.add(book.getPage(first + k));
      links.add(carried);
    }
    for (int k = 0; k < pages; k++) {
      COSDictionary from = segment.getPage(segmentFirst + k).getCOSObject();
      PDPage to = targets.get(k);
      for (COSName key : List.of(COSName.CONTENTS, COSName.RESOURCES, COSName.GROUP)) {
        COSBase value = from.getDictionaryObject(key);
        to.getCOSObject().setItem(key, value == null ? null : cloner.cloneForNewDocument(value));
      }
      links.get(k).forEach(link -> link.setPage(to));
      to.setAnnotations(links.get(k));
    }
    return true;
  }

  /**
   * A segment link's action as it must read in the book: a jump within the unit moves with the
   * unit's pages, a link to an anchor outside the unit ({@code colophon-target:}) jumps to where
   * the book has it, and a web link stays. Null for anything else.
   */
  private static PDAction carriedAction(
      PDAction action,
      Map<COSDictionary, Integer> segmentIndex,
      int segmentFirst,
      int pages,
      PDDocument book,
      int first,
      Map<String, Anchor> anchors)
      throws IOException {
    if (action instanceof PDActionURI uri) {
      String target = uri.getURI();
      if (target != null && target.startsWith(PrintXhtml.OUTSIDE)) {
        Anchor at = anchors.get(target.substring(PrintXhtml.OUTSIDE.length()));
        return at == null ? null : goTo(book.getPage(at.page()), at.linkTop());
      }
      PDActionURI copy = new PDActionURI();
      copy.setURI(target);
      return copy;
    }
    if (action instanceof PDActionGoTo go && go.getDestination() instanceof PDPageXYZDestination dest
        && dest.getPage() != null) {
      Integer page = segmentIndex.get(dest.getPage().getCOSObject());
      if (page == null || page < segmentFirst || page >= segmentFirst + pages) {
        return null;
      }
      return goTo(book.getPage(first + page - segmentFirst), dest.getTop());
    }
    return null;
  }

  static PDActionGoTo goTo(PDPage page, int top) {
    PDPageXYZDestination dest = new PDPageXYZDestination();
    dest.setPage(page);
    dest.setTop(top);
    PDActionGoTo go = new PDActionGoTo();
    go.setDestination(dest);
    return go;
  }

  /**
   * Moves each destination that leads to an anchor on the unit's pages (from the outline or a
   * link on another page) to the anchor's new height; the page is the same (checked before).
   */
  private static void followMovedAnchors(
      PDDocument book, List<Segment> segments, Map<String, Anchor> linkedFromOutside, Map<String, Anchor> moved)
      throws IOException {
    if (linkedFromOutside.isEmpty()) {
      return;
    }
    Map<COSDictionary, Integer> index = pageIndex(book);
    List<PDPageXYZDestination> destinations = new ArrayList<>();
    if (book.getDocumentCatalog().getDocumentOutline() != null) {
      collectOutline(book.getDocumentCatalog().getDocumentOutline(), destinations);
    }
    for (int page = 0; page < book.getNumberOfPages(); page++) {
      int p = page;
      if (segments.stream().anyMatch(s -> s.covers(p))) {
        continue; // the new pages' links were made with the anchors where they are now
      }
      for (PDAnnotation annotation : book.getPage(page).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link) {
          addXyz(link.getDestination(), destinations);
          if (link.getAction() instanceof PDActionGoTo go) {
            addXyz(go.getDestination(), destinations);
          }
        }
      }
    }
    for (PDPageXYZDestination dest : destinations) {
      Integer page = dest.getPage() == null ? null : index.get(dest.getPage().getCOSObject());
      if (page == null || segments.stream().noneMatch(s -> s.covers(page))) {
        continue;
      }
      for (Map.Entry<String, Anchor> anchor : linkedFromOutside.entrySet()) {
        Anchor was = anchor.getValue();
        if (was.page() == page && was.linkTop() == dest.getTop()) {
          dest.setTop(moved.get(anchor.getKey()).linkTop());
          break;
        }
      }
    }
  }

  private static void collectOutline(PDOutlineNode node, List<PDPageXYZDestination> destinations)
      throws IOException {
    for (var item : node.children()) {
      addXyz(item.getDestination(), destinations);
      if (item.getAction() instanceof PDActionGoTo go) {
        addXyz(go.getDestination(), destinations);
      }
      collectOutline(item, destinations);
    }
  }

  private static void addXyz(PDDestination destination, List<PDPageXYZDestination> destinations) {
    if (destination instanceof PDPageXYZDestination xyz) {
      destinations.add(xyz);
    }
  }

  /** Each page object of {@code pdf} to its 0-based index. */
  static Map<COSDictionary, Integer> pageIndex(PDDocument pdf) {
    Map<COSDictionary, Integer> index = new IdentityHashMap<>();
    int i = 0;
    for (PDPage page : pdf.getPages()) {
      index.put(page.getCOSObject(), i++);
    }
    return index;
  }
}

package io.github.colophon.core.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The prepared print HTML of a book cut in three for {@link SplitRender}: the front matter (cover
 * to the last front unit), and the body in two halves of about the same length, the second
 * opening with a chapter, an appendix or a part page, which Colophon's print style opens on a
 * recto (so the caller must not split a book whose author's stylesheet could say otherwise). Each part keeps the
 * frame's head and the running elements; a link to an anchor in another part is turned into a
 * {@code colophon-target:} URI for the renderer to resolve once all parts are painted.
 */
final class SplitPrint {
  private static final Set<String> RECTO_OPENINGS = Set.of("unit-chapter", "unit-appendix", "part-page");

  /** Contents entries whose page is in the body get their folio from here, not target-counter(). */
  static final String FOLIO = "data-colophon-folio";

  private static final String FOLIO_CSS =
      "\n.toc a[" + FOLIO + "]::after { content: leader(dotted) attr(" + FOLIO + "); }";

  private final Document front;
  private final Document first;
  private final Document second;
  private SplitPrint(Document front, Document first, Document second) {
    this.front = front;
    this.first = first;
    this.second = second;
  }

  /** The id of the marker that opens the first half's first block ({@link PrintXhtml#markBlocks}). */
  String firstHalfOpening() {
    return opening(first);
  }

  /** The id of the marker that opens the second half's first block. */
  String secondHalfOpening() {
    return opening(second);
  }

  private static String opening(Document half) {
    Element block =
        half.body().children().stream()
            .filter(b -> !isRunning(b) && !b.hasClass("colophon-filler"))
            .findFirst()
            .orElseThrow();
    return block.child(0).id();
  }

  /**
   * The parts of {@code prepared} (from {@link PrintXhtml#prepared}), which this takes apart; or
   * null, leaving it whole, when it is not a book, its body has fewer than {@code minBody}
   * characters of text, or no recto opening falls near the body's middle.
   */
  static SplitPrint of(Document prepared, int minBody) {
    Element body = prepared.body();
    if (!body.hasClass("kind-book")) {
      return null; // other kinds open units on either side; only a recto opening fixes the side
    }
    List<Element> blocks = new ArrayList<>(body.children());
    int bodyStart = -1;
    for (int i = 0; i < blocks.size() && bodyStart < 0; i++) {
      if (blocks.get(i).hasClass("body-start")) {
        bodyStart = i;
      }
    }
    if (bodyStart < 0) {
      return null;
    }
    long[] length = new long[blocks.size()];
    long bodyLength = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int block = i;
      blocks.get(i).traverse((NodeVisitor) (node, depth) -> {
        if (node instanceof TextNode text) {
          length[block] += text.getWholeText().length();
        }
      });
      bodyLength += i >= bodyStart ? length[i] : 0;
    }
    if (bodyLength < minBody) {
      return null;
    }
    int cut = -1;
    long before = 0;
    for (int i = bodyStart; i < blocks.size() && cut < 0; i++) {
      if (i > bodyStart && before >= bodyLength / 2 && opensOnRecto(blocks.get(i))) {
        cut = blocks.get(i - 1).hasClass("part-page") ? i - 1 : i; // a part page stays with its chapter
      }
      before += length[i];
    }
    if (cut <= bodyStart) {
      return null;
    }
    List<Element> running = new ArrayList<>();
    for (int i = 0; i < bodyStart; i++) {
      if (isRunning(blocks.get(i))) {
        running.add(blocks.get(i));
      }
    }
    body.empty();
    Document front = prepared.clone();
    Document first = prepared.clone();
    Document second = prepared;
    front.body().appendChildren(blocks.subList(0, bodyStart));
    first.body().appendChildren(blocks.subList(bodyStart, cut));
    second.body().appendChildren(blocks.subList(cut, blocks.size()));
    for (Document half : List.of(first, second)) {
      // Two blank pages ahead, so that the half opens on a recto that is not the document's
      // first page (OpenHTMLtoPDF gives a first page neither side's page style); the renderer
      // drops them once painted.
      Element opening = half.body().child(0);
      PrintXhtml.fillerBefore(PrintXhtml.fillerBefore(opening));
      for (int i = running.size() - 1; i >= 0; i--) {
        half.body().prependChild(running.get(i).clone());
      }
    }
    for (Document part : List.of(front, first, second)) {
      PrintXhtml.linkOutside(part.body());
    }
    return new SplitPrint(front, first, second);
  }

  private static boolean opensOnRecto(Element block) {
    return block.classNames().stream().anyMatch(RECTO_OPENINGS::contains);
  }

  private static boolean isRunning(Element block) {
    return block.classNames().stream().anyMatch(c -> c.startsWith("running-"));
  }

  /** Blank pages ahead of each half's opening recto. */
  static final int PAD_PAGES = 2;

  org.w3c.dom.Document firstHalf() {
    return PrintXhtml.w3c(first, PrintXhtml.SEGMENT_CSS);
  }

  org.w3c.dom.Document secondHalf() {
    return PrintXhtml.w3c(second, PrintXhtml.SEGMENT_CSS);
  }

  /**
   * The front matter, its contents given the body's folios: {@code folios} maps an anchor in
   * the body to its folio.
   */
  org.w3c.dom.Document front(Map<String, Integer> folios) {
    for (Element link : front.body().select(".toc a[href^=" + PrintXhtml.OUTSIDE + "]")) {
      Integer folio = folios.get(link.attr("href").substring(PrintXhtml.OUTSIDE.length()));
      if (folio != null) {
        link.attr(FOLIO, String.valueOf(folio));
      }
    }
    return PrintXhtml.w3c(front, FOLIO_CSS);
  }
}

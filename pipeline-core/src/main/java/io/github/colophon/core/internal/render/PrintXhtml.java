package io.github.colophon.core.internal.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the print HTML into the W3C DOM OpenHTMLtoPDF reads: footnotes moved to where they are
 * referenced (so {@code float: footnote} puts them at the foot of that page) and the PDF
 * bookmarks added to the head.
 */
final class PrintXhtml {
  private PrintXhtml() {}

  record Bookmark(String title, String anchor, List<Bookmark> children) {}

  static org.w3c.dom.Document toW3c(String html, List<Bookmark> bookmarks) {
    return toW3c(prepared(html), bookmarks);
  }

  /** The print HTML parsed and prepared for the renderer, before it becomes one DOM or several. */
  static Document prepared(String html) {
    Document doc = Jsoup.parse(html);
    prepare(doc);
    markBlocks(doc);
    return doc;
  }

  /** {@code doc} (from {@link #prepared}) as the W3C DOM OpenHTMLtoPDF reads, with the bookmarks. */
  static org.w3c.dom.Document toW3c(Document doc, List<Bookmark> bookmarks) {
    org.w3c.dom.Document w3c = w3c(doc, "");
    org.w3c.dom.Element head = (org.w3c.dom.Element) w3c.getElementsByTagName("head").item(0);
    org.w3c.dom.Element root = w3c.createElement("bookmarks");
    append(w3c, root, bookmarks);
    head.appendChild(root);
    return w3c;
  }

  /**
   * What the whole book and a unit's segment both need, so that a patched unit is set exactly
   * as in the book: footnotes moved to their calls, descriptions for tagging, line breaking.
   */
  private static void prepare(Document doc) {
    inlineFootnotes(doc);
    describeForTagging(doc);
    LineBreaks.apply(doc.body());
    anchorHeadingsInside(doc);
  }

  /**
   * Moves each heading's id onto a span around its text. OpenHTMLtoPDF's target-counter() takes
   * the page where the heading's block starts: a heading that did not fit at the foot of a page
   * has its lines moved to the next, while its block, and an id on it, stays behind, so the
   * contents gave its section the page before. The span's box starts on the line. Links and
   * the outline lead there too.
   */
  private static void anchorHeadingsInside(Document doc) {
    for (Element heading : doc.body().select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
      Element text = new Element("span").id(heading.id());
      text.appendChildren(heading.childNodesCopy());
      heading.empty().appendChild(text);
      heading.removeAttr("id");
    }
  }

  /** The W3C DOM of {@code doc} with Colophon's base style (plus {@code extraCss}) first in its head. */
  static org.w3c.dom.Document w3c(Document doc, String extraCss) {
    org.w3c.dom.Document w3c = new W3CDom().fromJsoup(doc);
    org.w3c.dom.Element head = (org.w3c.dom.Element) w3c.getElementsByTagName("head").item(0);
    // A safety net under any template (an author's own may have no CSS): text falls back to the
    // bundled fonts, never to the renderer's Times, which has no Chinese and would print '#'.
    org.w3c.dom.Element base = w3c.createElement("style");
    base.setTextContent(
        "html { font-family: \"Noto Serif SC\", \"Noto Sans SC\", \"JetBrains Mono\", serif; }\n"
            + ".colophon-mark { display: block; height: 0; margin: 0; padding: 0; border: 0; }\n"
            + LineBreaks.CSS
            + extraCss);
    head.insertBefore(base, head.getFirstChild());
    return w3c;
  }

  /** The URI scheme a segment's links to targets outside it are given ({@link PrintPatch}). */
  static final String OUTSIDE = "colophon-target:";

  /** Blank pages that only carry the page counter: no margin boxes, nothing drawn. */
  static final String SEGMENT_CSS =
      "\n@page colophon-filler { margin: 0; "
          + java.util.stream.Stream.of(
                  "top-left-corner", "top-left", "top-center", "top-right", "top-right-corner",
                  "left-top", "left-middle", "left-bottom", "right-top", "right-middle", "right-bottom",
                  "bottom-left-corner", "bottom-left", "bottom-center", "bottom-right", "bottom-right-corner")
              .map(box -> "@" + box + " { content: none; }")
              .collect(java.util.stream.Collectors.joining(" "))
          + " }\n.colophon-filler { page: colophon-filler; page-break-before: always; height: 1px; }"
          + "\n.colophon-sequence { -fs-page-sequence: start; }";

  /**
   * The print XHTML of one unit alone, to be laid out so that its pages come out as they are in
   * the whole book: {@code padPages} blank pages, then a new page sequence with
   * {@code fillerPages} blank pages, then the unit's own top-level block (with the running
   * elements of the frame). Links to anchors outside the unit are turned into
   * {@code colophon-target:} URIs for the caller to resolve. Null when the frame does not give
   * the unit a top-level block of its own (an author's template may not).
   */
  static org.w3c.dom.Document segment(PrintSource source, int unit, int padPages, int fillerPages) {
    Document doc = Jsoup.parse(source.frame());
    Comment placeholder =
        doc.body().select("*").comments().stream()
            .filter(c -> c.outerHtml().equals(PrintSource.placeholder(unit)))
            .findFirst()
            .orElse(null);
    if (placeholder == null) {
      return null;
    }
    org.jsoup.nodes.Node block = placeholder;
    while (block.parent() != null && block.parent() != doc.body()) {
      block = block.parent();
    }
    if (block.parent() == null || !(block instanceof Element blockElement)) {
      return null;
    }
    Comment own = placeholder;
    if (blockElement.select("*").comments().stream()
        .anyMatch(c -> c != own && PrintSource.isPlaceholder(c.outerHtml()))) {
      return null; // the block holds other units too
    }
    placeholder.before(source.markedUnit(unit));
    placeholder.remove();
    for (Element child : List.copyOf(doc.body().children())) {
      boolean running = child.classNames().stream().anyMatch(c -> c.startsWith("running-"));
      if (child != blockElement && !running) {
        child.remove();
      }
    }
    prepare(doc);
    linkOutside(blockElement);
    // Blank pages in front, inserted last to first; the first after the pad starts the sequence.
    Element first = doc.body().child(0);
    for (int position = padPages + fillerPages; position > 0; position--) {
      first = fillerBefore(first);
      if (position == padPages + 1) {
        first.addClass("colophon-sequence");
      }
    }
    return w3c(doc, SEGMENT_CSS);
  }

  private static void append(org.w3c.dom.Document w3c, org.w3c.dom.Element parent, List<Bookmark> marks) {
    for (Bookmark mark : marks) {
      org.w3c.dom.Element e = w3c.createElement("bookmark");
      e.setAttribute("name", mark.title());
      e.setAttribute("href", "#" + mark.anchor());
      append(w3c, e, mark.children());
      parent.appendChild(e);
    }
  }

  /**
   * Turns each link in {@code scope} to an anchor outside it into a {@code colophon-target:} URI,
   * which whoever lays {@code scope} out alone resolves once it knows where the anchor landed.
   */
  static void linkOutside(Element scope) {
    Set<String> inside = new HashSet<>(scope.select("[id]").eachAttr("id"));
    for (Element link : scope.select("a[href^=#]")) {
      String target = link.attr("href").substring(1);
      if (!inside.contains(target)) {
        link.attr("href", OUTSIDE + target);
      }
    }
  }

  /** A blank page ahead of {@code block} ({@link #SEGMENT_CSS}). */
  static Element fillerBefore(Element block) {
    return block.before("<div class=\"colophon-filler\"></div>").previousElementSibling();
  }

  /** The id prefix of the empty markers that open and close each page-level block. */
  static final String MARK = "colophon-mark-";

  /**
   * Puts an empty marker at the start and at the end of each top-level block that has content
   * (cover, title page, contents, parts, units), so that the render stage can ask the layout on
   * which pages each block begins and ends ({@link FillerPages}). Running elements and empty
   * blocks (the explicit verso after a book's cover) get none.
   */
  private static void markBlocks(Document doc) {
    int n = 0;
    for (Element block : doc.body().children()) {
      boolean running = block.classNames().stream().anyMatch(c -> c.startsWith("running-"));
      boolean empty = block.text().isBlank() && block.select("img, svg").isEmpty();
      if (running || empty) {
        continue;
      }
      block.prependElement("div").id(MARK + n + "-start").addClass("colophon-mark");
      block.appendElement("div").id(MARK + n + "-end").addClass("colophon-mark");
      n++;
    }
  }

  /**
   * The descriptions a tagged PDF (PDF/UA) needs, in the attributes OpenHTMLtoPDF reads: a link's
   * {@code title} becomes its structure element's alternative text (the finish stage also gives
   * it to the link annotation), and an inline SVG's {@code alt} its figure's.
   */
  private static void describeForTagging(Document doc) {
    for (Element link : doc.select("a[href]:not([title])")) {
      String text = link.text().strip();
      link.attr("title", text.isEmpty() ? link.attr("href") : text);
    }
    for (Element note : doc.select("span.footnote:not([title])")) {
      note.attr("title", note.text().strip()); // the renderer's footnote call links to it
    }
    for (Element svg : doc.select("svg[aria-label]:not([alt])")) {
      svg.attr("alt", svg.attr("aria-label"));
    }
  }

  private static void inlineFootnotes(Document doc) {
    // The elements by id, looked up once instead of by a walk of the document per footnote (a
    // tenth of a second at 300 pages). The moves below add no id a later call looks up: a copy
    // holds a footnote's text, and a call's replacement only drops the call's own id.
    Map<String, Element> byId = new HashMap<>();
    for (Element e : doc.select("[id]")) {
      byId.putIfAbsent(e.id(), e);
    }
    for (Element ref : doc.select("a.footnote-ref")) {
      String target = ref.attr("href");
      Element note = target.startsWith("#") ? byId.get(target.substring(1)) : null;
      Element call = ref.parent() != null && ref.parent().tagName().equals("sup") ? ref.parent() : ref;
      if (note == null) {
        continue;
      }
      Element copy = note.clone();
      copy.select("a.footnote-backref").remove();
      Element footnote = new Element("span").addClass("footnote");
      for (Element p : copy.children()) {
        if (footnote.childrenSize() > 0 || !footnote.text().isEmpty()) {
          footnote.appendText(" ");
        }
        footnote.appendChildren(p.childNodesCopy());
      }
      call.replaceWith(footnote);
    }
    doc.select("div.footnotes").remove();
  }
}

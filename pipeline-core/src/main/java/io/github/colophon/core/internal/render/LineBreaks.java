package io.github.colophon.core.internal.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Chinese line-breaking rules that the renderer does not apply, for the print edition. Browsers
 * apply them themselves, so the HTML edition is left alone.
 *
 * <p>Across markup: OpenHTMLtoPDF keeps closing punctuation off the start of a line only within
 * one run of text. At the end of a cross-reference, a link or emphasis ({@code 见<a>第 2 章</a>）})
 * it may break right before the {@code ）}, even inside a {@code white-space: nowrap} span. So
 * such punctuation is moved into the element's own last run of text (likewise opening
 * punctuation into the first run of the element after it), where the renderer's line breaking
 * sees the two characters side by side. The mark then takes the element's style (a link's
 * colour, inline code's font); a line that starts with {@code ）} is the worse fault. The curly
 * quotes are in the sets too, so English text gets the same treatment. Not handled: punctuation
 * right after a footnote call, whose element floats away to the foot of the page.
 *
 * <p>At the end of a paragraph: see {@link #keepParagraphEnds}.
 */
final class LineBreaks {
  private LineBreaks() {}

  /** Never at the start of a line. */
  private static final String CLOSING = "。，、；：？！）》」』】〕〉”’";
  /** Never at the end of a line. */
  private static final String OPENING = "（《「『【〔〈“‘";

  static final String KEEP_CLASS = "colophon-keep";
  static final String CSS = "." + KEEP_CLASS + " { white-space: nowrap; }";

  static void apply(Element body) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        texts.add(text);
      }
    }, body);
    for (TextNode text : texts) {
      String s = text.getWholeText();
      int closing = run(s, CLOSING, true);
      TextNode before = closing > 0 && text.previousSibling() instanceof Element e ? edgeText(e, true) : null;
      if (before != null) {
        before.text(before.getWholeText() + s.substring(0, closing));
        s = s.substring(closing);
        text.text(s);
      }
      int opening = run(s, OPENING, false);
      TextNode after = opening > 0 && text.nextSibling() instanceof Element e ? edgeText(e, false) : null;
      if (after != null) {
        after.text(s.substring(s.length() - opening) + after.getWholeText());
        text.text(s.substring(0, s.length() - opening));
      }
      if (text.getWholeText().isEmpty()) {
        text.remove(); // so that an element is again its paragraph's last node
      }
    }
    // After the moves above, so that a paragraph's last run includes the punctuation they moved.
    if (body.hasClass("lang-zh")) {
      keepParagraphEnds(body);
    }
  }

  /** How many characters of {@code set} lead (or end) {@code s}. */
  private static int run(String s, String set, boolean leading) {
    int n = 0;
    while (n < s.length() && set.indexOf(s.charAt(leading ? n : s.length() - 1 - n)) >= 0) {
      n++;
    }
    return n;
  }

  /**
   * The last (or first) run of text of inline markup, descending through its elements; null when
   * the markup ends (or starts) with something else, with white space (a break there is allowed
   * anyway), or is a footnote (floated to the foot of the page).
   */
  private static TextNode edgeText(Element element, boolean last) {
    if (element.isBlock() || element.hasClass("footnote")) {
      return null;
    }
    Node node = element;
    while (node instanceof Element e && e.childNodeSize() > 0 && !e.isBlock() && !e.hasClass("footnote")) {
      node = last ? e.childNode(e.childNodeSize() - 1) : e.childNode(0);
    }
    if (!(node instanceof TextNode text) || text.getWholeText().isBlank()) {
      return null;
    }
    String s = text.getWholeText();
    return Character.isWhitespace(last ? s.charAt(s.length() - 1) : s.charAt(0)) ? null : text;
  }

  /** The blocks whose last line {@link #keepParagraphEnds} looks after. */
  private static final java.util.Set<String> ENDED =
      java.util.Set.of("p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dd");

  /**
   * A Chinese paragraph never ends in a line of one character ("…保障业务的连续运 / 行。"): the
   * last two characters of a paragraph, list item, table cell or heading and the punctuation
   * after them are set in one unbreakable run. (A cell is never narrower than that run: the
   * table's layout takes it as the cell's least width.)
   */
  private static void keepParagraphEnds(Element body) {
    for (Element paragraph : body.getAllElements()) {
      if (!ENDED.contains(paragraph.normalName())) {
        continue;
      }
      Node node = paragraph;
      while (node instanceof Element e && e.childNodeSize() > 0 && !e.hasClass("footnote")) {
        node = e.childNode(e.childNodeSize() - 1);
      }
      if (!(node instanceof TextNode last)) {
        continue;
      }
      String s = last.getWholeText().stripTrailing();
      int at = s.length() - run(s, CLOSING, false);
      for (int count = 0; count < 2 && at >= 0; count++) {
        if (at == 0 || Character.UnicodeScript.of(s.codePointBefore(at)) != Character.UnicodeScript.HAN) {
          at = -1;
        } else {
          at -= Character.charCount(s.codePointBefore(at));
        }
      }
      // The whole run when it follows markup ("…<strong>…</strong>报告。"); never a span around a
      // block's only two characters, which cannot break anyway.
      if (at > 0 || (at == 0 && last.previousSibling() != null)) {
        TextNode end = last.splitText(at);
        Element keep = new Element("span").addClass(KEEP_CLASS);
        end.before(keep);
        keep.appendChild(end);
      }
    }
  }
}

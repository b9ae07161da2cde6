package io.github.colophon.core.internal.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Chinese line-breaking rules across markup, for the print edition. OpenHTMLtoPDF keeps closing
 * punctuation off the start of a line only within one run of text: at the end of a
 * cross-reference, a link or emphasis ({@code 见<a>第 2 章</a>）}) it may break right before the
 * {@code ）}, even inside a {@code white-space: nowrap} span. So such punctuation is moved into
 * the element's own last run of text (likewise opening punctuation into the first run of the
 * element after it), where the renderer's line breaking sees the two characters side by side.
 * The mark then takes the element's style (a link's colour, inline code's font); a line that
 * starts with {@code ）} is the worse fault. The curly quotes are in the sets too, so English text
 * gets the same treatment ({@code “<a>…</a>”}). Not handled: punctuation right after a footnote
 * call, since the call's element floats away to the foot of the page. Browsers apply these rules
 * across elements themselves, so the HTML edition is left alone.
 */
final class LineBreaks {
  private LineBreaks() {}

  /** Never at the start of a line. */
  private static final String CLOSING = "。，、；：？！）》」』】〕〉”’";
  /** Never at the end of a line. */
  private static final String OPENING = "（《「『【〔〈“‘";

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
}

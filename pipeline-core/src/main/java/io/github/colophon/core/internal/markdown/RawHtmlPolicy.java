package io.github.colophon.core.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What raw HTML in a manuscript may contain (docs/security.md, "Raw HTML"). Raw HTML is cleaned
 * with jsoup's {@link Cleaner} against an allow-list: text-level and block elements for prose,
 * lists and tables, with {@code class}, {@code title}, {@code lang} and {@code dir} and a few
 * element-specific attributes. Everything else is removed: scripts, frames, objects, forms,
 * styles, {@code on*} handlers, {@code style} and {@code id} attributes, and every URL that is not
 * http(s), mailto or relative (so {@code javascript:} and {@code data:} are gone). Each removal is
 * reported as {@code unsafe-html}.
 *
 * <p>A raw HTML block is cleaned on its own, so an unclosed tag is closed at the end of the block
 * and a stray end tag is dropped: raw HTML can never break the structure of the page around it.
 * Inline raw HTML (a single tag inside a paragraph) may only be a text-level element.
 *
 * <p>Stateless and thread-safe.
 */
public final class RawHtmlPolicy {
  /** Relative URLs are resolved against this while cleaning, and kept relative in the output. */
  private static final String BASE = "https://colophon.invalid/";

  /** Text-level elements: allowed in inline raw HTML and in blocks. */
  static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "img",
          "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
          "strong", "sub", "sup", "time", "u", "var", "wbr");

  private static final Set<String> BLOCK =
      Set.of(
          "address", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl", "dt",
          "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
          "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private static final Set<String> VOID = Set.of("br", "wbr", "img", "hr", "col");

  private static final Safelist SAFELIST = safelist();
  private static final Cleaner CLEANER = new Cleaner(SAFELIST);
  private static final Pattern END_TAG = Pattern.compile("^</\\s*([A-Za-z][A-Za-z0-9]*)\\s*>$");
  private static final Pattern MARKUP =
      Pattern.compile(
          "(?is)<!--.*?(-->|$)|<(script|style)\\b.*?(</\\2\\s*>|$)|<[A-Za-z/!?][^>]*>?");

  private RawHtmlPolicy() {}

  private static Safelist safelist() {
    Safelist s = new Safelist();
    s.addTags(INLINE.toArray(String[]::new));
    s.addTags(BLOCK.toArray(String[]::new));
    s.addAttributes(":all", "class", "title", "lang", "dir");
    s.addAttributes("a", "href");
    s.addAttributes("img", "src", "alt", "width", "height");
    s.addAttributes("ol", "start", "type", "reversed");
    s.addAttributes("ul", "type");
    s.addAttributes("td", "colspan", "rowspan", "align");
    s.addAttributes("th", "colspan", "rowspan", "align", "scope");
    s.addAttributes("col", "span", "width");
    s.addAttributes("colgroup", "span", "width");
    s.addAttributes("blockquote", "cite");
    s.addAttributes("q", "cite");
    s.addAttributes("del", "cite", "datetime");
    s.addAttributes("ins", "cite", "datetime");
    s.addAttributes("time", "datetime");
    s.addAttributes("abbr", "title");
    s.addAttributes("details", "open");
    s.addProtocols("a", "href", "http", "https", "mailto", "#");
    s.addProtocols("img", "src", "http", "https");
    s.addProtocols("blockquote", "cite", "http", "https");
    s.addProtocols("q", "cite", "http", "https");
    s.addProtocols("del", "cite", "http", "https");
    s.addProtocols("ins", "cite", "http", "https");
    s.preserveRelativeLinks(true);
    return s;
  }

  /** Something the policy removes: what (for the message) and its char offset in the raw HTML. */
  public record Removal(String what, int offset) {}

  /** What cleaning {@code html} would remove; {@code inline} for a tag inside a paragraph. */
  static List<Removal> removals(String html, boolean inline) {
    List<Removal> found = new ArrayList<>();
    if (inline && END_TAG.matcher(html.strip()).matches()) {
      return found; // an end tag alone: its start tag is judged, a stray one is dropped quietly
    }
    Document doc = parse(html, true);
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (!(node instanceof Element e) || e == doc.body()) {
                return;
              }
              int at = e.sourceRange().isTracked() ? e.sourceRange().startPos() : 0;
              String tag = e.normalName();
              if (!SAFELIST.isSafeTag(tag)) {
                found.add(new Removal("the <" + tag + "> element", at));
                return;
              }
              if (inline && !INLINE.contains(tag)) {
                found.add(new Removal("the <" + tag + "> element (only text-level elements may be used inside a paragraph)", at));
                return;
              }
              for (Attribute a : e.attributes().asList()) {
                if (!SAFELIST.isSafeAttribute(tag, e, a)) {
                  found.add(new Removal(describe(tag, a), at));
                }
              }
            },
        doc.body());
    return found;
  }

  private static String describe(String tag, Attribute a) {
    String key = a.getKey().toLowerCase(Locale.ROOT);
    if (key.startsWith("on")) {
      return "the event handler " + key + " of <" + tag + ">";
    }
    String value = a.getValue().strip().toLowerCase(Locale.ROOT);
    int colon = value.indexOf(':');
    if ((key.equals("href") || key.equals("src") || key.equals("cite")) && colon > 0) {
      return "the " + value.substring(0, colon) + ": URL in " + key + " of <" + tag + ">";
    }
    return "the " + key + " attribute of <" + tag + ">";
  }

  /** The deepest element nesting in {@code html} (a raw HTML block). */
  static int depth(String html) {
    Document doc = parse(html, false);
    int[] max = {0};
    NodeTraversor.traverse(
        (NodeVisitor) (node, depth) -> max[0] = Math.max(max[0], depth), doc.body());
    return max[0];
  }

  /** The {@code src} of every image the policy keeps, as written. */
  static List<String> imageSources(String html) {
    List<String> sources = new ArrayList<>();
    if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
      return sources;
    }
    for (Element img : CLEANER.clean(parse(html, false)).select("img[src]")) {
      sources.add(img.attr("src"));
    }
    return sources;
  }

  /** The raw HTML with its markup blanked out, so that its text can be checked in place. */
  static String textOnly(String html) {
    Matcher m = MARKUP.matcher(html);
    StringBuilder sb = new StringBuilder(html);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }

  /** A cleaned raw HTML block, balanced; image and link URLs mapped for the edition. */
  static String cleanBlock(String html, UnaryOperator<String> imageUrl, UnaryOperator<String> linkUrl) {
    Document clean = CLEANER.clean(parse(html, false));
    mapUrls(clean.body(), imageUrl, linkUrl);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** A cleaned inline tag: the start or end tag of a text-level element, or nothing. */
  static String cleanInline(String tag, UnaryOperator<String> imageUrl, UnaryOperator<String> linkUrl) {
    Matcher end = END_TAG.matcher(tag.strip());
    if (end.matches()) {
      String name = end.group(1).toLowerCase(Locale.ROOT);
      return INLINE.contains(name) && !VOID.contains(name) ? "</" + name + ">" : "";
    }
    Document clean = CLEANER.clean(parse(tag, false));
    Element e = clean.body().firstElementChild();
    if (e == null || !INLINE.contains(e.normalName())) {
      return "";
    }
    e.empty();
    mapUrls(e, imageUrl, linkUrl);
    clean.outputSettings().prettyPrint(false);
    String html = e.outerHtml();
    String close = "</" + e.normalName() + ">";
    return html.endsWith(close) ? html.substring(0, html.length() - close.length()) : html;
  }

  private static void mapUrls(Element root, UnaryOperator<String> imageUrl, UnaryOperator<String> linkUrl) {
    for (Element img : root.select("img[src]")) {
      img.attr("src", imageUrl.apply(img.attr("src")));
    }
    for (Element a : root.select("a[href]")) {
      a.attr("href", linkUrl.apply(a.attr("href")));
    }
  }

  private static Document parse(String html, boolean trackPosition) {
    Document shell = Document.createShell(BASE);
    Parser parser = Parser.htmlParser().setTrackPosition(trackPosition);
    List<Node> nodes = parser.parseFragmentInput(html, shell.body(), BASE);
    shell.body().appendChildren(nodes);
    return shell;
  }
}

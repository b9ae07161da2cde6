package io.github.colophon.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every page of every sample site, as a link checker and a structural HTML5 validator
 * would: every internal link leads to an existing file and, with a fragment, to an element with
 * that id; every stylesheet, script, image and the stylesheet's fonts are in the site; nothing is
 * loaded from elsewhere; each page parses without a single HTML5 parse error and has
 * {@code lang}, one {@code h1}, headings in order, unique ids, {@code alt} on every image, and the
 * landmarks. The search index's targets are checked the same way.
 */
class HtmlSiteLinksTest {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  static List<String> samples() {
    return List.copyOf(SampleSites.all().keySet());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyInternalLinkAndAssetResolves(String name) throws IOException {
    Path site = SampleSites.site(name);
    Map<Path, Document> pages = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : SampleSites.pages(site)) {
      Document doc = parse(page, pages);
      for (Element e : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        String url = e.attr(attr);
        links++;
        if (SCHEME.matcher(url).find()) {
          if (!e.normalName().equals("a")) {
            broken.add(page.getFileName() + ": loads from outside the site: " + e.outerHtml());
          }
          continue;
        }
        String problem = resolve(site, page, url, pages);
        if (problem != null) {
          broken.add(page.getFileName() + ": " + e.outerHtml() + " -> " + problem);
        }
      }
    }
    // The stylesheet's url()s (the web fonts) are in the site too.
    String css = Files.readString(site.resolve("colophon.css"), StandardCharsets.UTF_8);
    java.util.regex.Matcher url = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)").matcher(css);
    int urls = 0;
    while (url.find()) {
      urls++;
      String problem =
          SCHEME.matcher(url.group(1)).find()
              ? "loads from outside the site"
              : resolve(site, site.resolve("colophon.css"), url.group(1), pages);
      if (problem != null) {
        broken.add("colophon.css: url(" + url.group(1) + ") -> " + problem);
      }
    }
    assertTrue(urls >= 2, "the stylesheet names its web fonts: " + urls);
    assertTrue(
        parse(site.resolve("index.html"), pages).selectFirst(".cover-pdf a[href$=.pdf]") != null,
        "the landing page offers the PDF edition");
    assertTrue(links > 50, "links checked: " + links);
    assertEquals(List.of(), broken, "broken links in " + name);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyPageIsStructurallyValid(String name) throws IOException {
    Path site = SampleSites.site(name);
    List<String> problems = new ArrayList<>();
    for (Path page : SampleSites.pages(site)) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String p = page.getFileName() + ": ";
      String raw = Files.readString(page, StandardCharsets.UTF_8);
      // The HTML5 parsing algorithm's own errors (jsoup implements it): stray or mis-nested tags,
      // unclosed elements, duplicate attributes, bad character references. A valid page has none.
      org.jsoup.parser.Parser html5 = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
      Jsoup.parse(raw, "", html5);
      for (org.jsoup.parser.ParseError error : html5.getErrors()) {
        problems.add(p + "HTML parse error at " + error.getCursorPos() + ": " + error.getErrorMessage());
      }
      if (!raw.startsWith("<!DOCTYPE html>")) {
        problems.add(p + "no <!DOCTYPE html>");
      }
      if (doc.selectFirst("meta[charset=utf-8]") == null) {
        problems.add(p + "no <meta charset=utf-8>");
      }
      if (doc.selectFirst("meta[name=viewport]") == null) {
        problems.add(p + "no viewport");
      }
      if (doc.title().isBlank()) {
        problems.add(p + "no title");
      }
      if (doc.selectFirst("html").attr("lang").isBlank()) {
        problems.add(p + "no lang");
      }
      int h1 = doc.select("h1").size();
      if (h1 != 1) {
        problems.add(p + h1 + " h1 elements");
      }
      int last = 0;
      for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
        int level = h.normalName().charAt(1) - '0';
        if (last > 0 && level > last + 1 && h.closest("section.case, .footnotes") == null) {
          problems.add(p + "heading " + h.normalName() + " follows h" + last + ": " + h.text());
        }
        last = level;
      }
      Set<String> ids = new HashSet<>();
      for (Element e : doc.select("[id]")) {
        if (!ids.add(e.id())) {
          problems.add(p + "duplicate id " + e.id());
        }
      }
      for (Element img : doc.select("img")) {
        if (!img.hasAttr("alt")) {
          problems.add(p + "img without alt: " + img.outerHtml());
        }
      }
      for (String landmark : List.of("header.site-header", "nav.sidebar[aria-label]", "main#content", "footer")) {
        if (doc.selectFirst(landmark) == null) {
          problems.add(p + "no " + landmark);
        }
      }
      Element skip = doc.selectFirst("body > a.skip-link");
      if (skip == null || !skip.attr("href").equals("#content")) {
        problems.add(p + "no skip link to #content as the body's first link");
      }
      // The theme is in colophon.css; only a draft's banner (finish stage) carries its own style.
      for (Element e : doc.select("[style], [onclick], [onload]")) {
        if (!e.hasClass("colophon-draft-banner")) {
          problems.add(p + "inline style or handler: " + e.outerHtml());
        }
      }
      if (doc.selectFirst("footer a[type=application/pdf]") == null) {
        problems.add(p + "no link to the PDF edition in the footer");
      }
      Element current = doc.selectFirst(".sidebar a[aria-current=page]");
      if (!page.getFileName().toString().equals("index.html")) {
        if (current == null || !current.attr("href").startsWith("#")) {
          problems.add(p + "the sidebar does not mark the current page");
        }
        if (doc.selectFirst("nav.pager a[rel=prev]") == null) {
          problems.add(p + "no link to the previous page");
        }
      }
      for (Element table : doc.select("table")) {
        if (table.closest("figure.table") == null) {
          problems.add(p + "a table outside a scrolling figure");
        }
      }
      // A table scrolls sideways inside its figure on a phone: keyboard users must reach it and
      // screen readers must name it, whether it came from Markdown or from a data file.
      for (Element figure : doc.select("figure.table")) {
        if (!figure.attr("tabindex").equals("0")
            || figure.attr("aria-label").isBlank()) {
          problems.add(p + "a table's scroll area is not a labelled, focusable figure: " + figure.id());
        }
      }
    }
    assertEquals(List.of(), problems, "structural problems in " + name);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyPageIsLinkedFromTheLandingPageAndTheSearchIndexPointsAtSections(String name)
      throws IOException {
    Path site = SampleSites.site(name);
    Map<Path, Document> pages = new HashMap<>();
    Document index = parse(site.resolve("index.html"), pages);
    TreeSet<String> linked = new TreeSet<>();
    for (Element a : index.select("nav.sidebar a[href], section.contents a[href]")) {
      linked.add(a.attr("href").replaceAll("#.*", ""));
    }
    TreeSet<String> files = new TreeSet<>();
    for (Path page : SampleSites.pages(site)) {
      if (!page.getFileName().toString().equals("index.html")) {
        files.add(page.getFileName().toString());
      }
    }
    assertTrue(files.size() >= 3, "one page per unit: " + files);
    assertEquals(files, linked, "every unit page is in the contents, and nothing else");
    assertTrue(Files.exists(site.resolve("colophon.css")) && Files.exists(site.resolve("colophon.js")));

    String script = Files.readString(site.resolve("search-index.js"), StandardCharsets.UTF_8);
    int start = script.indexOf("window.COLOPHON_SEARCH = ");
    assertTrue(start >= 0, "search-index.js assigns window.COLOPHON_SEARCH");
    String json = script.substring(start + "window.COLOPHON_SEARCH = ".length()).strip();
    JsonNode root = new ObjectMapper().readTree(json.substring(0, json.length() - 1));
    List<String> broken = new ArrayList<>();
    for (JsonNode section : root.path("sections")) {
      String problem = resolve(site, site.resolve("index.html"), section.get(0).asText(), pages);
      if (problem != null) {
        broken.add(section.get(0).asText() + " -> " + problem);
      }
    }
    assertTrue(root.path("sections").size() > files.size(), "sections: " + root.path("sections").size());
    assertFalse(root.path("terms").isEmpty());
    assertEquals(List.of(), broken, "search results that lead nowhere");
  }

  /** Null when {@code url}, written in {@code page}, resolves; otherwise what is wrong. */
  private static String resolve(Path site, Path page, String url, Map<Path, Document> pages) {
    if (url.isEmpty()) {
      return "empty";
    }
    URI uri = URI.create(url);
    String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!target.startsWith(site.getParent())) {
      return "outside the publication's output";
    }
    if (!Files.isRegularFile(target)) {
      return "no file " + site.relativize(target);
    }
    String fragment = uri.getRawFragment();
    if (fragment == null) {
      return null;
    }
    if (!target.getFileName().toString().endsWith(".html")) {
      return "fragment on a non-page";
    }
    String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
    return parse(target, pages).getElementById(id) == null ? "no element #" + id + " in " + target.getFileName() : null;
  }

  private static Document parse(Path page, Map<Path, Document> cache) {
    return cache.computeIfAbsent(
        page,
        p -> {
          try {
            return Jsoup.parse(p.toFile(), "UTF-8");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}

package io.github.colophon.core.internal.render;

import com.github.mustachejava.Mustache;
import io.github.colophon.core.internal.LinkTargets;
import io.github.colophon.core.internal.fonts.WebFonts;
import io.github.colophon.core.internal.markdown.Links;
import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.internal.markdown.HtmlFragmentRenderer;
import io.github.colophon.core.internal.markdown.RenderContext;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.Numbered;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Writes the HTML edition, a static reading site that works from {@code file://} and any static
 * host:
 *
 * <ul>
 *   <li>{@code index.html}, the landing page: cover, metadata, the full contents, the PDF link;
 *   <li>one page per front-matter file, chapter, case-study file and appendix, named after the
 *       unit's title label ({@code sec-mobile-banking.html}) or its file path
 *       ({@code chapters-01-intro.html}), with a sidebar that marks the current page and
 *       previous/next links; or, with {@code html: {single: true}}, everything on
 *       {@code index.html};
 *   <li>{@code colophon.css}, {@code colophon.js} (menu and search) and {@code search-index.js};
 *   <li>under {@code fonts/}, the bundled fonts the theme uses, cut down to the characters the
 *       site shows, and their licences ({@link SiteFonts});
 *   <li>every image under {@code assets/} at its path inside the publication.
 * </ul>
 *
 * Cross-references, links between files and footnotes point at {@code page.html#anchor}. Nothing
 * refers outside the site, and the bytes depend only on the input. Stateless.
 */
public final class HtmlEditionWriter {
  static final String INDEX = "index.html";
  /** File names a unit page must not take. */
  private static final Set<String> RESERVED = Set.of("index", "colophon", "search-index", "assets");

  private final HtmlFragmentRenderer fragments = new HtmlFragmentRenderer();
  /**
   * The search terms of each section text of the last site written, so that a rebuild in the
   * same JVM works out only those of the sections that changed. Replaced, not grown, by each
   * build (with several publications built at once, the last one's stay).
   */
  private volatile Map<String, Set<String>> searchTerms = Map.of();

  /**
   * Writes the site into {@code siteDir} (created); {@code pdfFile} is linked when non-null.
   * Returns the HTML pages written, the landing page first.
   */
  public List<Path> write(Document document, Numbering numbering, Path siteDir, String pdfFile)
      throws IOException {
    return write(document, numbering, siteDir, pdfFile, UnaryOperator.identity());
  }

  /**
   * As {@link #write(Document, Numbering, Path, String)}, with every page passed through
   * {@code finish} (the finish stage's draft banner) before it is written; the web fonts cover
   * what {@code finish} adds.
   */
  public List<Path> write(
      Document document, Numbering numbering, Path siteDir, String pdfFile, UnaryOperator<String> finish)
      throws IOException {
    boolean single = document.html().single();
    Mustache template = Templates.forDocument(document, "html.mustache", Templates.HTML);
    Metadata meta = document.metadata();
    Localisation localisation = Localisation.of(meta);
    List<Unit> units = document.units();
    List<String> pageOf = pageNames(units, single);

    Map<String, String> pageOfAnchor = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      pageOfAnchor.put(unit.anchor(), pageOf.get(i));
      for (Element e : unit.body().outline().elements()) {
        pageOfAnchor.putIfAbsent(e.id(), pageOf.get(i));
      }
    }

    Path folder = document.folder().toAbsolutePath().normalize();
    Map<String, Path> assets = new TreeMap<>();
    LinkTargets links = new LinkTargets(document);
    List<String> html = new ArrayList<>();
    SearchIndex search = new SearchIndex();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String page = pageOf.get(i);
      Path dir = unit.source().path().toAbsolutePath().getParent();
      RenderContext context =
          new RenderContext(
              numbering,
              src -> {
                if (Links.isRemote(src)) {
                  return src; // allowed only with allowRemote (the check stage refuses it otherwise)
                }
                Path file = dir.resolve(src).normalize();
                String relative = folder.relativize(file).toString().replace('\\', '/');
                assets.put(relative, file);
                return "assets/" + relative;
              },
              anchor -> href(page, pageOfAnchor.getOrDefault(anchor, page), anchor),
              localisation.referenceSeparator(),
              url ->
                  links
                      .resolve(unit, url)
                      .map(anchor -> href(page, pageOfAnchor.getOrDefault(anchor, page), anchor))
                      .orElse(url),
              "html",
              document.variables(),
              document.theme().accent());
      String fragment = fragments.render(unit.body(), context, unit.anchor());
      html.add(fragment);
      search.addUnit(page, unitTitle(unit, numbering), fragment);
    }

    List<EditionView.TocEntry> toc = EditionView.toc(document, numbering);
    String generator = "Colophon " + io.github.colophon.core.Pipeline.version();
    String pdfHref = pdfFile == null ? null : "../" + pdfFile;
    Files.createDirectories(siteDir);
    Map<String, String> pages = new LinkedHashMap<>();

    if (single) {
      List<HtmlPageView.UnitBlock> blocks = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        blocks.add(new HtmlPageView.UnitBlock(kind(u), u.part(), true, html.get(i)));
      }
      List<HtmlPageView.TocGroup> contents = contents(document, toc, pageOfAnchor, null, true);
      HtmlPageView view =
          new HtmlPageView(
              meta, meta.title(), generator, pdfHref, contents, true, List.of(), blocks, null, null);
      pages.put(INDEX, Templates.render(template, view));
    } else {
      List<HtmlPageView.TocGroup> contents = contents(document, toc, pageOfAnchor, null, true);
      HtmlPageView.Link first =
          units.isEmpty() ? null : pageLink(pageOf.get(0), units.get(0), numbering, meta);
      HtmlPageView landing =
          new HtmlPageView(
              meta,
              meta.title(),
              generator,
              pdfHref,
              contents(document, toc, pageOfAnchor, null, false),
              true,
              contents,
              List.of(),
              null,
              first);
      pages.put(INDEX, Templates.render(template, landing));
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        String page = pageOf.get(i);
        HtmlPageView.Link prev =
            i == 0
                ? new HtmlPageView.Link(INDEX, HtmlPageView.words(meta.isChinese()).get("home"), meta.title())
                : pageLink(pageOf.get(i - 1), units.get(i - 1), numbering, meta);
        HtmlPageView.Link next =
            i + 1 < units.size() ? pageLink(pageOf.get(i + 1), units.get(i + 1), numbering, meta) : null;
        HtmlPageView view =
            new HtmlPageView(
                meta,
                unitTitle(u, numbering) + " · " + meta.title(),
                generator,
                pdfHref,
                contents(document, toc, pageOfAnchor, page, false),
                false,
                List.of(),
                List.of(new HtmlPageView.UnitBlock(kind(u), u.part(), false, html.get(i))),
                prev,
                next);
        pages.put(page, Templates.render(template, view));
      }
    }
    pages.replaceAll((name, page) -> finish.apply(page));

    String theme = Templates.HTML_CSS + ThemeCss.html(document.theme());
    SiteFonts.Characters characters = new SiteFonts.Characters();
    pages.values().forEach(characters::page);
    characters.whole(theme);
    characters.whole(Templates.HTML_JS);
    SiteFonts siteFonts = SiteFonts.of(meta.kind(), document.theme(), characters.hasCode());
    List<WebFonts.WebFont> fonts = siteFonts.subset(characters);
    String css = siteFonts.css(fonts) + theme;

    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = siteDir.resolve(page.getKey());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      written.add(file);
    }
    Files.writeString(siteDir.resolve("colophon.css"), css, StandardCharsets.UTF_8);
    SiteFonts.write(siteDir, fonts);
    Files.writeString(siteDir.resolve("colophon.js"), Templates.HTML_JS, StandardCharsets.UTF_8);
    Map<String, Set<String>> terms = new HashMap<>();
    Files.writeString(siteDir.resolve("search-index.js"), search.script(searchTerms, terms), StandardCharsets.UTF_8);
    searchTerms = terms;
    for (Map.Entry<String, Path> asset : assets.entrySet()) {
      Path target = siteDir.resolve("assets").resolve(asset.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(asset.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
    }
    return List.copyOf(written);
  }

  /** {@code #anchor} on the same page, {@code page.html#anchor} on another. */
  private static String href(String fromPage, String toPage, String anchor) {
    return fromPage.equals(toPage) ? "#" + anchor : toPage + "#" + anchor;
  }

  private static String kind(Unit u) {
    return u.kind().name().toLowerCase(Locale.ROOT);
  }

  /** "第 1 章 手机银行的演进"; front matter has no label. */
  private static String unitTitle(Unit unit, Numbering numbering) {
    Numbered n = numbering.forId(unit.anchor());
    boolean labelled = unit.kind() != UnitKind.FRONT && n != null && !n.number().isEmpty();
    return labelled ? n.display() + " " + unit.title() : unit.title();
  }

  private static HtmlPageView.Link pageLink(String page, Unit unit, Numbering numbering, Metadata meta) {
    Numbered n = numbering.forId(unit.anchor());
    boolean labelled = unit.kind() != UnitKind.FRONT && n != null && !n.number().isEmpty();
    return new HtmlPageView.Link(page, labelled ? n.display() : null, unit.title());
  }

  /**
   * The contents as groups: front matter, each part, the chapters outside parts, case studies,
   * appendices. {@code current} is the page being written (null on the landing page);
   * {@code sections} lists every unit's sections, otherwise only the current page's are listed.
   */
  private static List<HtmlPageView.TocGroup> contents(
      Document document,
      List<EditionView.TocEntry> toc,
      Map<String, String> pageOfAnchor,
      String current,
      boolean sections) {
    Map<String, String> words = HtmlPageView.words(document.metadata().isChinese());
    Map<String, UnitKind> kindOfAnchor = new HashMap<>();
    for (Unit u : document.units()) {
      kindOfAnchor.put(u.anchor(), u.kind());
    }
    List<HtmlPageView.TocGroup> groups = new ArrayList<>();
    List<HtmlPageView.TocItem> items = null;
    List<HtmlPageView.TocItem> children = null;
    String heading = null;
    UnitKind lastKind = null;
    EditionView.TocEntry parent = null;
    for (EditionView.TocEntry e : toc) {
      String page = pageOfAnchor.getOrDefault(e.anchor(), INDEX);
      if (e.level() == 1) {
        UnitKind kind = kindOfAnchor.getOrDefault(e.anchor(), UnitKind.CHAPTER);
        if (items == null || e.part() != null || kind != lastKind) {
          if (items != null) {
            groups.add(new HtmlPageView.TocGroup(heading, List.copyOf(items)));
          }
          items = new ArrayList<>();
          heading =
              e.part() != null
                  ? e.part()
                  : kind == UnitKind.CASE
                      ? words.get("cases")
                      : kind == UnitKind.APPENDIX ? words.get("appendices") : null;
        }
        lastKind = kind;
        children = new ArrayList<>();
        boolean isCurrent = page.equals(current);
        String href = page.equals(INDEX) || isCurrent ? "#" + e.anchor() : page;
        items.add(new HtmlPageView.TocItem(href, e.label(), e.title(), isCurrent, children));
        parent = e;
      } else if (children != null && parent != null) {
        boolean show = sections || page.equals(current);
        if (show) {
          children.add(
              new HtmlPageView.TocItem(
                  linkTo(page, e.anchor(), current), e.label(), e.title(), false, List.of()));
        }
      }
    }
    if (items != null) {
      groups.add(new HtmlPageView.TocGroup(heading, List.copyOf(items)));
    }
    return groups;
  }

  private static String linkTo(String page, String anchor, String current) {
    return page.equals(current) || (current == null && page.equals(INDEX)) ? "#" + anchor : page + "#" + anchor;
  }

  /**
   * One file name per unit, from its title label ({@code sec-mobile-banking.html}) or, when the
   * title has none, its path in the publication ({@code chapters-01-intro.html}); unique and
   * never one of the site's own files. All {@code index.html} for the single-page edition.
   */
  static List<String> pageNames(List<Unit> units, boolean single) {
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Unit unit : units) {
      if (single) {
        names.add(INDEX);
        continue;
      }
      Element title = unit.body().outline().titleHeading();
      String base = title != null && title.label() != null ? slug(title.label()) : "";
      if (base.isEmpty()) {
        base = slug(pathStem(unit.source().displayPath()));
      }
      if (base.isEmpty() || RESERVED.contains(base)) {
        base = "unit-" + base;
      }
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "-" + n;
      }
      names.add(name + ".html");
    }
    return names;
  }

  /** {@code pub/chapters/01-intro.md} → {@code chapters/01-intro}. */
  private static String pathStem(String displayPath) {
    String path = displayPath.contains("/") ? displayPath.substring(displayPath.indexOf('/') + 1) : displayPath;
    return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
  }

  /** Lower-case ASCII letters, digits and hyphens: safe in a URL and on every file system. */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
  }
}

package io.github.colophon.core.internal.render;

import io.github.colophon.core.model.Metadata;
import java.util.List;
import java.util.Map;

/**
 * What {@code html.mustache} sees for one page of the HTML edition: the publication's metadata,
 * the navigation (sidebar, previous and next), the landing page's cover and contents, and the
 * units shown on this page. Built by {@link HtmlEditionWriter}; the same template serves the
 * landing page, the unit pages and the single-page edition.
 */
final class HtmlPageView extends PublicationView {
  final String pageTitle;
  /** The landing page's href ({@code index.html}). */
  final String home;
  /** The PDF edition relative to the page ({@code ../name.pdf}), or null when none is built. */
  final String pdfHref;
  /** The sidebar: every unit, the current one with its sections. */
  final List<TocGroup> sidebar;
  /** Cover and full contents: only on the landing page. */
  final boolean landing;
  final List<TocGroup> contents;
  final boolean hasContents;
  final List<UnitBlock> units;
  final Link prev;
  final Link next;
  final boolean pager;

  /** A run of table-of-contents entries under an optional heading (a part, case studies …). */
  record TocGroup(String heading, List<TocItem> items) {}

  /**
   * One entry: {@code current} marks the page being read; {@code children} are its sections
   * (level 2), listed on the landing page and in the sidebar for the current page.
   */
  record TocItem(String href, String label, String title, boolean current, List<TocItem> children) {
    public boolean hasChildren() {
      return !children.isEmpty();
    }
  }

  /** A unit on this page; {@code part} is the title of the part that begins with it, or null. */
  record UnitBlock(String kind, String part, boolean partAsHeading, String html) {}

  /** A previous or next page. */
  record Link(String href, String label, String title) {}

  HtmlPageView(
      Metadata m,
      String pageTitle,
      String generator,
      String pdfHref,
      List<TocGroup> sidebar,
      boolean landing,
      List<TocGroup> contents,
      List<UnitBlock> units,
      Link prev,
      Link next) {
    super(m, generator, words(m.isChinese()));
    this.pageTitle = pageTitle;
    this.home = "index.html";
    this.pdfHref = pdfHref;
    this.sidebar = sidebar;
    this.landing = landing;
    this.contents = contents;
    this.hasContents = !contents.isEmpty();
    this.units = units;
    this.prev = prev;
    this.next = next;
    this.pager = prev != null || next != null;
  }

  static Map<String, String> words(boolean chinese) {
    return chinese
        ? Map.ofEntries(
            Map.entry("contents", "目录"),
            Map.entry("version", "版本"),
            Map.entry("skip", "跳到正文"),
            Map.entry("menu", "目录"),
            Map.entry("search", "搜索"),
            Map.entry("searchPlaceholder", "搜索全文"),
            Map.entry("noResults", "没有找到结果"),
            Map.entry("resultCount", "找到 {n} 条结果"),
            Map.entry("pages", "上一页和下一页"),
            Map.entry("prev", "上一页"),
            Map.entry("next", "下一页"),
            Map.entry("home", "封面"),
            Map.entry("pdf", "下载 PDF 版"),
            Map.entry("cases", "案例"),
            Map.entry("appendices", "附录"))
        : Map.ofEntries(
            Map.entry("contents", "Contents"),
            Map.entry("version", "Version"),
            Map.entry("skip", "Skip to content"),
            Map.entry("menu", "Contents"),
            Map.entry("search", "Search"),
            Map.entry("searchPlaceholder", "Search this publication"),
            Map.entry("noResults", "No results"),
            Map.entry("resultCount", "{n} results"),
            Map.entry("pages", "Previous and next page"),
            Map.entry("prev", "Previous"),
            Map.entry("next", "Next"),
            Map.entry("home", "Cover"),
            Map.entry("pdf", "Download the PDF edition"),
            Map.entry("cases", "Case studies"),
            Map.entry("appendices", "Appendices"));
  }
}

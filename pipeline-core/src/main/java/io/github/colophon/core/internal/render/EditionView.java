package io.github.colophon.core.internal.render;

import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.ElementKind;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.Numbered;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the templates see: metadata, the table of contents, and each unit's rendered HTML. */
final class EditionView extends PublicationView {
  final List<TocEntry> toc;
  final List<UnitView> units;
  final String css;
  final String pdfFile;
  /** Print references also show the page (crossref.page-numbers). */
  final boolean xrefPages;
  /** Lists of figures and tables for the print edition's front matter (crossref.lof / lot). */
  final List<TocEntry> figures;
  final List<TocEntry> tables;

  /**
   * @param front the entry is in the front matter: print shows no page number for it, since
   *     OpenHTMLtoPDF counts target pages from the body's page 1 only
   */
  record TocEntry(
      int level, String anchor, String label, String title, String part, boolean front, String partAnchor, boolean chapter) {
    TocEntry(int level, String anchor, String label, String title, String part, boolean front) {
      this(level, anchor, label, title, part, front, null, false);
    }
  }

  /** The anchor of the {@code n}th part page (1-based), for links and the PDF outline. */
  static String partAnchor(int n) {
    return "part-" + n;
  }

  /**
   * @param runningTitle the unit's label and title for running headers ("第 1 章 标题")
   * @param bodyStart true for the first unit after the front matter: page numbers restart there
   */
  record UnitView(
      String kind, String title, String part, String html, String runningTitle, boolean bodyStart, String partAnchor) {
    /**
     * Whether the body's page numbers restart at this unit's part page: a part page is the
     * body's first page (arabic 1, as the PDF's page labels count it), not a page of the front
     * matter.
     */
    boolean partStartsBody() {
      return bodyStart && part != null;
    }

    /** Whether the body's page numbers restart at the unit itself (it has no part page). */
    boolean unitStartsBody() {
      return bodyStart && part == null;
    }
  }

  final boolean isBook;

  EditionView(
      Document document, Numbering numbering, List<String> unitHtml, String css, String pdfFile) {
    super(
        document.metadata(),
        "Colophon " + io.github.colophon.core.Pipeline.version(),
        printWords(document.metadata()));
    Metadata m = document.metadata();
    this.toc = toc(document, numbering);
    this.isBook = m.kind() == io.github.colophon.core.model.Kind.BOOK;
    List<UnitView> views = new ArrayList<>();
    boolean bodyStarted = false;
    int parts = 0;
    for (int i = 0; i < document.units().size(); i++) {
      Unit u = document.units().get(i);
      boolean bodyStart = !bodyStarted && u.kind() != UnitKind.FRONT;
      bodyStarted |= bodyStart;
      Numbered n = numbering.forId(u.anchor());
      String running =
          u.kind() == UnitKind.FRONT || n == null || n.number().isEmpty()
              ? u.title()
              : n.display() + "  " + u.title();
      views.add(
          new UnitView(
              u.kind().name().toLowerCase(Locale.ROOT),
              u.title(),
              u.part(),
              i < unitHtml.size() ? unitHtml.get(i) : "",
              running,
              bodyStart,
              u.part() == null ? null : partAnchor(++parts)));
    }
    this.units = views;
    this.css = css;
    this.pdfFile = pdfFile;
    this.xrefPages = document.crossref().pageNumbers();
    this.figures = document.crossref().listOfFigures() ? captions(document, numbering, ElementKind.FIGURE) : List.of();
    this.tables = document.crossref().listOfTables() ? captions(document, numbering, ElementKind.TABLE) : List.of();
  }

  /** The words the print template adds, in the publication's language. */
  private static Map<String, String> printWords(Metadata m) {
    Localisation words = Localisation.of(m);
    return Map.of(
        "contents", words.contents(),
        "version", words.version(),
        "skip", m.isChinese() ? "跳到正文" : "Skip to content",
        "titleLabel", m.isChinese() ? "书名" : "Title",
        "authorsLabel", m.isChinese() ? "作者" : "Authors",
        "publisherLabel", m.isChinese() ? "出版" : "Publisher",
        "dateLabel", m.isChinese() ? "日期" : "Date",
        "typesetWith", m.isChinese() ? "排版：" : "Typeset with",
        "lof", m.isChinese() ? "图目录" : "List of Figures",
        "lot", m.isChinese() ? "表目录" : "List of Tables");
  }

  /** Every numbered figure or table with its caption, in reading order. */
  private static List<TocEntry> captions(Document document, Numbering numbering, ElementKind kind) {
    List<TocEntry> entries = new ArrayList<>();
    for (Unit unit : document.units()) {
      for (Element e : unit.body().outline().elements()) {
        Numbered n = numbering.forId(e.id());
        if (e.kind() == kind && n != null && !n.number().isEmpty()) {
          entries.add(new TocEntry(2, e.id(), n.display(), e.title(), null, n.frontMatter()));
        }
      }
    }
    return entries;
  }

  static List<TocEntry> toc(Document document, Numbering numbering) {
    List<TocEntry> entries = new ArrayList<>();
    int parts = 0;
    for (Unit unit : document.units()) {
      boolean first = true;
      for (Element e : unit.body().outline().elements()) {
        if (e.kind() != ElementKind.HEADING || e.level() > 2) {
          continue;
        }
        Numbered n = numbering.forId(e.id());
        if (e.level() == 1 && first) {
          String label = unit.kind() == UnitKind.FRONT || n == null ? null : n.display();
          String partAnchor = unit.part() == null ? null : partAnchor(++parts);
          entries.add(
              new TocEntry(
                  1, e.id(), label, e.title(), unit.part(), unit.kind() == UnitKind.FRONT, partAnchor,
                  unit.kind() == UnitKind.CHAPTER));
          first = false;
        } else if (e.level() == 2 && unit.kind() != UnitKind.CASE && unit.kind() != UnitKind.FRONT) {
          String label = n == null || n.number().isEmpty() ? null : n.number();
          entries.add(new TocEntry(2, e.id(), label, e.title(), null, false));
        }
      }
    }
    return entries;
  }
}

package io.github.colophon.core.internal.number;

import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.model.CrossrefOptions;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.ElementKind;
import io.github.colophon.core.model.Numbered;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The number stage. Chapters count 1, 2, 3; appendices A, B, C; case studies — case files and
 * {@code .case} blocks alike — count across the whole publication. Sections, figures and tables
 * count within their chapter or appendix (2.1, 2.2, A.1); in unnumbered front matter and case
 * files they are not numbered. Stateless: each call keeps its counters in a fresh object.
 */
public final class Numberer {
  public Numbering number(Document document) {
    return new Run(Localisation.of(document.metadata()), document.crossref()).number(document);
  }

  private static final class Run {
    private final Localisation words;
    private final CrossrefOptions options;
    private final Map<String, Numbered> byId = new HashMap<>();
    private final Map<String, Numbered> byLabel = new HashMap<>();
    private int chapters;
    private int appendices;
    private int cases;
    /** Whether the unit being numbered is front matter. */
    private boolean inFront;

    Run(Localisation words, CrossrefOptions options) {
      this.words = words;
      this.options = options;
    }

    /** The display form of a number: the manifest's template for the kind, or the language's. */
    private String label(String kind, String defaultTemplate, String number) {
      String template = options.labels().get(kind);
      return template != null ? template.replace("{n}", number) : defaultTemplate.formatted(number);
    }

    Numbering number(Document document) {
      for (Unit unit : document.units()) {
        numberUnit(unit);
      }
      return new Numbering(byId, byLabel);
    }

    private void numberUnit(Unit unit) {
      inFront = unit.kind() == UnitKind.FRONT;
      String unitNumber =
          switch (unit.kind()) {
            case CHAPTER -> Integer.toString(++chapters);
            case APPENDIX -> letter(++appendices);
            case CASE -> Integer.toString(++cases);
            case FRONT -> "";
          };
      boolean numbersInside = unit.kind() == UnitKind.CHAPTER || unit.kind() == UnitKind.APPENDIX;
      int[] sections = new int[7];
      int figures = 0;
      int tables = 0;
      int equations = 0;
      boolean titleSeen = false;
      for (Element e : unit.body().outline().elements()) {
        switch (e.kind()) {
          case HEADING -> {
            if (e.level() == 1 && !titleSeen) {
              titleSeen = true;
              put(e, unitNumber, unitDisplay(unit.kind(), unitNumber, e.title()));
            } else if (numbersInside && e.level() >= 2 && e.level() <= options.sectionDepth()) {
              sections[e.level()]++;
              for (int i = e.level() + 1; i < sections.length; i++) {
                sections[i] = 0;
              }
              StringBuilder n = new StringBuilder(unitNumber);
              for (int i = 2; i <= e.level(); i++) {
                n.append('.').append(sections[i]);
              }
              put(e, n.toString(), label("section", words.section(), n.toString()));
            } else {
              put(e, "", e.title());
            }
          }
          case FIGURE -> {
            String n = numbersInside ? unitNumber + "." + ++figures : Integer.toString(++figures);
            put(e, n, label("figure", words.figure(), n));
          }
          case TABLE -> {
            String n = numbersInside ? unitNumber + "." + ++tables : Integer.toString(++tables);
            put(e, n, label("table", words.table(), n));
          }
          case EQUATION -> {
            String n = numbersInside ? unitNumber + "." + ++equations : Integer.toString(++equations);
            put(e, n, label("equation", words.equation(), n));
          }
          case CASE -> {
            String n = Integer.toString(++cases);
            put(e, n, label("case", words.caseStudy(), n));
          }
        }
      }
    }

    private String unitDisplay(UnitKind kind, String number, String title) {
      return switch (kind) {
        case CHAPTER -> label("chapter", words.chapter(), number);
        case APPENDIX -> label("appendix", words.appendix(), number);
        case CASE -> label("case", words.caseStudy(), number);
        case FRONT -> title;
      };
    }

    private void put(Element e, String number, String display) {
      Numbered n = new Numbered(e.kind(), e.id(), number, display, e.title(), inFront);
      byId.put(e.id(), n);
      if (e.label() != null) {
        byLabel.put(e.label(), n);
      }
    }

    private static String letter(int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = n; i > 0; i = (i - 1) / 26) {
        sb.insert(0, (char) ('A' + (i - 1) % 26));
      }
      return sb.toString();
    }
  }
}

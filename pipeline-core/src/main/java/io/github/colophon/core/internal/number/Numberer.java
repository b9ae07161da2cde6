package io.github.colophon.core.internal.number;

import io.github.colophon.core.internal.Localisation;
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
  /** Headings deeper than this are not numbered. */
  private static final int SECTION_DEPTH = 3;

  public Numbering number(Document document) {
    return new Run(Localisation.of(document.metadata())).number(document);
  }

  private static final class Run {
    private final Localisation words;
    private final Map<String, Numbered> byId = new HashMap<>();
    private final Map<String, Numbered> byLabel = new HashMap<>();
    private int chapters;
    private int appendices;
    private int cases;

    Run(Localisation words) {
      this.words = words;
    }

    Numbering number(Document document) {
      for (Unit unit : document.units()) {
        numberUnit(unit);
      }
      return new Numbering(byId, byLabel);
    }

    private void numberUnit(Unit unit) {
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
            } else if (numbersInside && e.level() >= 2 && e.level() <= SECTION_DEPTH) {
              sections[e.level()]++;
              for (int i = e.level() + 1; i < sections.length; i++) {
                sections[i] = 0;
              }
              StringBuilder n = new StringBuilder(unitNumber);
              for (int i = 2; i <= e.level(); i++) {
                n.append('.').append(sections[i]);
              }
              put(e, n.toString(), words.section().formatted(n));
            } else {
              put(e, "", e.title());
            }
          }
          case FIGURE -> {
            String n = numbersInside ? unitNumber + "." + ++figures : Integer.toString(++figures);
            put(e, n, words.figure().formatted(n));
          }
          case TABLE -> {
            String n = numbersInside ? unitNumber + "." + ++tables : Integer.toString(++tables);
            put(e, n, words.table().formatted(n));
          }
          case EQUATION -> {
            String n = numbersInside ? unitNumber + "." + ++equations : Integer.toString(++equations);
            put(e, n, words.equation().formatted(n));
          }
          case CASE -> {
            String n = Integer.toString(++cases);
            put(e, n, words.caseStudy().formatted(n));
          }
        }
      }
    }

    private String unitDisplay(UnitKind kind, String number, String title) {
      return switch (kind) {
        case CHAPTER -> words.chapter().formatted(number);
        case APPENDIX -> words.appendix().formatted(number);
        case CASE -> words.caseStudy().formatted(number);
        case FRONT -> title;
      };
    }

    private void put(Element e, String number, String display) {
      Numbered n = new Numbered(e.kind(), e.id(), number, display, e.title());
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

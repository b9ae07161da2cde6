package io.github.colophon.core.internal.release;

import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.ElementKind;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;

/**
 * What a publication holds, for its release record. Cases are counted as the numbering stage
 * counts them: case files and {@code .case} blocks alike.
 */
public record ContentCounts(int figures, int tables, int cases, TextLength text) {

  public static ContentCounts of(Document document) {
    int figures = 0;
    int tables = 0;
    int cases = 0;
    for (Unit unit : document.units()) {
      if (unit.kind() == UnitKind.CASE) {
        cases++;
      }
      for (Element e : unit.body().outline().elements()) {
        if (e.kind() == ElementKind.FIGURE) {
          figures++;
        } else if (e.kind() == ElementKind.TABLE) {
          tables++;
        } else if (e.kind() == ElementKind.CASE) {
          cases++;
        }
      }
    }
    return new ContentCounts(figures, tables, cases, TextLength.of(document));
  }
}

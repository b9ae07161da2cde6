package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Reference;
import io.github.colophon.core.model.Unit;
import java.util.HashMap;
import java.util.Map;

/** Labels are unique across the publication, and every reference names an existing label. */
final class ReferenceCheck {

  void check(Document document, Numbering numbering, Diagnostics sink) {
    Map<String, Element> defined = new HashMap<>();
    for (Unit unit : document.units()) {
      for (Element e : unit.body().outline().elements()) {
        if (e.label() == null) {
          continue;
        }
        Element first = defined.putIfAbsent(e.label(), e);
        if (first != null) {
          sink.report(
              Diagnostic.error(
                  "duplicate-label",
                  "label '%s' is already defined at %s:%d"
                      .formatted(e.label(), first.at().file(), first.at().line()),
                  e.at(),
                  "labels must be unique across the publication; rename one of them"));
        }
      }
    }
    for (Unit unit : document.units()) {
      for (Reference ref : unit.body().outline().references()) {
        for (String label : ref.labels()) {
          if (numbering.forLabel(label) == null) {
            String nearest = Suggestions.nearest(label, defined.keySet());
            sink.report(
                Diagnostic.error(
                    "unresolved-reference",
                    "unresolved reference @" + label,
                    ref.at(),
                    nearest != null
                        ? "did you mean @" + nearest + "?"
                        : "define it with {#" + label + "} on a heading, figure, table or case"));
          }
        }
      }
    }
  }
}

package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Outline;
import io.github.colophon.core.model.Unit;

/** Every {@code {{name}}} in the text names a variable the build knows. */
final class VariableCheck {

  void check(Document document, Diagnostics sink) {
    for (Unit unit : document.units()) {
      for (Outline.VariableUse use : unit.body().outline().variables()) {
        if (!document.variables().containsKey(use.name())) {
          String nearest = Suggestions.nearest(use.name(), document.variables().keySet());
          sink.report(
              Diagnostic.error(
                  "unknown-variable",
                  "unknown variable {{" + use.name() + "}}",
                  use.at(),
                  nearest != null
                      ? "did you mean {{" + nearest + "}}?"
                      : "define it under 'variables:' in publication.yaml, or write the text out"));
        }
      }
    }
  }
}

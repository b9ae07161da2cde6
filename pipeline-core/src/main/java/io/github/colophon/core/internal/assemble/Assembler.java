package io.github.colophon.core.internal.assemble;

import io.github.colophon.core.internal.load.LoadedPublication;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.MarkdownBody;
import io.github.colophon.core.model.Unit;
import java.util.ArrayList;
import java.util.List;

/** The assemble stage: puts the parsed files in their manifest order and names their anchors. */
public final class Assembler {

  public Document assemble(LoadedPublication loaded, List<MarkdownBody> bodies) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      LoadedPublication.PlannedUnit planned = loaded.units().get(i);
      MarkdownBody body = bodies.get(i);
      Element title = body.outline().titleHeading();
      String anchor = title != null ? title.id() : "unit-" + (i + 1);
      units.add(new Unit(planned.kind(), planned.part(), planned.source(), body, anchor));
    }
    return new Document(
        loaded.name(),
        loaded.folder(),
        loaded.metadata(),
        loaded.crossref(),
        units,
        loaded.html(),
        loaded.pdf(),
        loaded.theme(),
        java.util.Map.of());
  }
}

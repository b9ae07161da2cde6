package io.github.colophon.core.internal;

import io.github.colophon.core.internal.markdown.Links;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.Unit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the links authors write between files ({@code ../chapters/02.md#sec-y}) to the
 * anchors of the built edition. Used by the check stage (a link that resolves to nothing is an
 * error) and by the renderers, so both agree. Immutable.
 */
public final class LinkTargets {
  private final Map<Path, Unit> unitsByFile = new HashMap<>();
  private final Map<Unit, Set<String>> idsByUnit = new HashMap<>();
  private final Set<String> allIds = new HashSet<>();

  public LinkTargets(Document document) {
    for (Unit unit : document.units()) {
      unitsByFile.put(unit.source().path().toAbsolutePath().normalize(), unit);
      Set<String> ids = new HashSet<>();
      ids.add(unit.anchor());
      for (Element e : unit.body().outline().elements()) {
        ids.add(e.id());
      }
      idsByUnit.put(unit, ids);
      allIds.addAll(ids);
    }
  }

  /** The anchor a link written in {@code from} leads to, or empty when it leads nowhere. */
  public Optional<String> resolve(Unit from, String url) {
    String path = Links.pathOf(url);
    String anchor = Links.anchorOf(url);
    if (path.isEmpty()) {
      return allIds.contains(anchor) ? Optional.of(anchor) : Optional.empty();
    }
    Path file = from.source().path().toAbsolutePath().getParent().resolve(path).normalize();
    Unit target = unitsByFile.get(file);
    if (target == null) {
      return Optional.empty();
    }
    if (anchor.isEmpty()) {
      return Optional.of(target.anchor());
    }
    return idsByUnit.get(target).contains(anchor) ? Optional.of(anchor) : Optional.empty();
  }

  /** True when the file part of {@code url} names a file of the publication. */
  public boolean fileExists(Unit from, String url) {
    String path = Links.pathOf(url);
    return path.isEmpty()
        || unitsByFile.containsKey(from.source().path().toAbsolutePath().getParent().resolve(path).normalize());
  }
}

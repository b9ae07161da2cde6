package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.LinkTargets;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.ElementKind;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Outline;
import io.github.colophon.core.model.Reference;
import io.github.colophon.core.model.Unit;
import io.github.colophon.core.model.UnitKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels are unique across the publication and fit what they label; every reference and every
 * link between files resolves; figures, tables, equations and cases are referred to somewhere.
 * (Unreferenced section labels are normal — they give stable anchors — so they pass silently.)
 */
final class ReferenceCheck {

  void check(Document document, Numbering numbering, Diagnostics sink) {
    Map<String, Element> defined = new HashMap<>();
    for (Unit unit : document.units()) {
      boolean first = true;
      for (Element e : unit.body().outline().elements()) {
        boolean unitTitle = first && e.kind() == ElementKind.HEADING && e.level() == 1;
        first = first && !unitTitle;
        if (e.label() == null) {
          continue;
        }
        Element earlier = defined.putIfAbsent(e.label(), e);
        if (earlier != null) {
          sink.report(
              Diagnostic.error(
                  "duplicate-label",
                  "label '%s' is already defined at %s:%d"
                      .formatted(e.label(), earlier.at().file(), earlier.at().line()),
                  e.at(),
                  "labels must be unique across the publication; rename one of them"));
        }
        checkPrefix(e, unitTitle && unit.kind() == UnitKind.CASE, sink);
      }
    }
    Set<String> referenced = new HashSet<>();
    for (Unit unit : document.units()) {
      for (Reference ref : unit.body().outline().references()) {
        for (String label : ref.labels()) {
          referenced.add(label);
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
    LinkTargets targets = new LinkTargets(document);
    for (Unit unit : document.units()) {
      for (Outline.LinkTarget link : unit.body().outline().links()) {
        if (targets.resolve(unit, link.url()).isPresent()) {
          referenced.add(io.github.colophon.core.internal.markdown.Links.anchorOf(link.url()));
          continue;
        }
        boolean fileMissing = !targets.fileExists(unit, link.url());
        sink.report(
            Diagnostic.error(
                "broken-link",
                fileMissing
                    ? "link to '" + link.url() + "': no such file in the publication"
                    : "link to '" + link.url() + "': no such anchor in that file",
                link.at(),
                fileMissing
                    ? "link to a Markdown file listed in publication.yaml, relative to this file"
                    : "link to a label defined in that file, e.g. #sec-x"));
      }
    }
    for (Element e : defined.values()) {
      if (e.kind() != ElementKind.HEADING && !referenced.contains(e.label())) {
        sink.report(
            Diagnostic.warning(
                "unreferenced-label",
                "%s '%s' is never referred to".formatted(kindWord(e.kind()), e.label()),
                e.at(),
                "refer to it with @" + e.label() + ", or remove the label"));
      }
    }
  }

  /** Quarto's prefixes say what a label labels; a mismatch is almost always a copy-paste slip. */
  private static void checkPrefix(Element e, boolean caseTitle, Diagnostics sink) {
    String label = e.label();
    List<String> expected =
        switch (e.kind()) {
          case HEADING -> caseTitle ? List.of("case", "sec") : List.of("sec", "app");
          case FIGURE -> List.of("fig");
          case TABLE -> List.of("tbl");
          case EQUATION -> List.of("eq");
          case CASE -> List.of("case");
        };
    String prefix = label.split("[-:]", 2)[0];
    boolean hasKnownPrefix = List.of("sec", "app", "fig", "tbl", "eq", "case").contains(prefix);
    if (hasKnownPrefix && !expected.contains(prefix)) {
      sink.report(
          Diagnostic.warning(
              "label-kind-mismatch",
              "label '%s' is on a %s; %s labels start with %s-"
                  .formatted(label, kindWord(e.kind()), kindWord(e.kind()), expected.get(0)),
              e.at(),
              "rename it to " + expected.get(0) + label.substring(prefix.length())
                  + " (and its references)"));
    }
  }

  private static String kindWord(ElementKind kind) {
    return switch (kind) {
      case HEADING -> "heading";
      case FIGURE -> "figure";
      case TABLE -> "table";
      case EQUATION -> "equation";
      case CASE -> "case";
    };
  }
}

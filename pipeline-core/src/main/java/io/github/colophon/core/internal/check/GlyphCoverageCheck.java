package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.TextRun;
import io.github.colophon.core.model.Unit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every character that will be typeset must have a glyph in a configured font; otherwise the PDF
 * would show a '#' or an empty box. Reports each missing character once per file, at its first
 * place, with how often it occurs.
 */
final class GlyphCoverageCheck {
  private final FontLibrary fonts;

  GlyphCoverageCheck(FontLibrary fonts) {
    this.fonts = fonts;
  }

  void check(Document document, Diagnostics sink) {
    String manifest = document.name() + "/publication.yaml";
    var meta = document.metadata();
    String metadataText =
        String.join("\n", meta.title(), meta.subtitle(), String.join(" ", meta.authors()),
            meta.publisher(), meta.version(), meta.date(),
            String.join("\n", document.variables().values()));
    report(missing(metadataText), pos -> SourcePosition.of(manifest), sink);
    for (Unit unit : document.units()) {
      Map<Integer, int[]> missing = new LinkedHashMap<>(); // code point -> {first offset, count}
      for (TextRun run : unit.body().outline().text()) {
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
          int cp = text.codePointAt(i);
          if (!isCovered(cp)) {
            int offset = run.offset() + i;
            missing.computeIfAbsent(cp, c -> new int[] {offset, 0})[1]++;
          }
          i += Character.charCount(cp);
        }
      }
      report(missing, offset -> unit.source().positionOf(offset), sink);
    }
  }

  private Map<Integer, int[]> missing(String text) {
    Map<Integer, int[]> missing = new LinkedHashMap<>();
    text.codePoints()
        .filter(cp -> !isCovered(cp))
        .forEach(cp -> missing.computeIfAbsent(cp, c -> new int[] {0, 0})[1]++);
    return missing;
  }

  private boolean isCovered(int cp) {
    return cp < 0x20 || Character.isWhitespace(cp) || cp == 0xFEFF || fonts.covers(cp);
  }

  private static void report(
      Map<Integer, int[]> missing, java.util.function.IntFunction<SourcePosition> at, Diagnostics sink) {
    missing.forEach(
        (cp, firstAndCount) -> {
          String more = firstAndCount[1] > 1 ? " (%d times in this file)".formatted(firstAndCount[1]) : "";
          sink.report(
              Diagnostic.error(
                  "missing-glyph",
                  "no font has a glyph for '%s' (U+%04X %s)%s"
                      .formatted(
                          new String(Character.toChars(cp)), cp, nameOf(cp), more),
                  at.apply(firstAndCount[0]),
                  "use a common character instead, or add a font that covers it"));
        });
  }

  private static String nameOf(int cp) {
    String name = Character.getName(cp);
    return name == null ? "unassigned" : name;
  }
}

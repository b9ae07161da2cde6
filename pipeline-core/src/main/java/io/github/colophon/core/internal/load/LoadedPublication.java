package io.github.colophon.core.internal.load;

import io.github.colophon.core.model.CrossrefOptions;
import io.github.colophon.core.model.HtmlOptions;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.PdfOptions;
import io.github.colophon.core.model.SourceFile;
import io.github.colophon.core.model.ThemeOptions;
import io.github.colophon.core.model.UnitKind;
import java.nio.file.Path;
import java.util.List;

/** The load stage's result: the manifest's metadata and every listed file, decoded, in order. */
public record LoadedPublication(
    String name,
    Path folder,
    Metadata metadata,
    CrossrefOptions crossref,
    List<PlannedUnit> units,
    HtmlOptions html,
    PdfOptions pdf,
    ThemeOptions theme) {
  public LoadedPublication {
    units = List.copyOf(units);
    html = html == null ? HtmlOptions.DEFAULT : html;
    pdf = pdf == null ? PdfOptions.DEFAULT : pdf;
    theme = theme == null ? ThemeOptions.DEFAULT : theme;
  }

  /** A listed file with its role; {@code part} is the part title that starts here, or null. */
  public record PlannedUnit(UnitKind kind, String part, SourceFile source) {}
}

package io.github.colophon.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The assembled publication: metadata and its units in reading order (front matter, chapters,
 * case studies, appendices). Immutable.
 *
 * @param folder the publication folder; {@code name} is its file name, used for output names
 * @param html how the HTML edition is laid out
 * @param pdf how the print edition is written
 * @param theme the author's overrides of the kind's theme
 * @param variables the values of {@code {{name}}} in the text: built-ins (title, version, date,
 *     edition …), the manifest's {@code variables:} and the build's; resolved by the pipeline
 */
public record Document(
    String name,
    Path folder,
    Metadata metadata,
    CrossrefOptions crossref,
    List<Unit> units,
    HtmlOptions html,
    PdfOptions pdf,
    ThemeOptions theme,
    Map<String, String> variables) {
  public Document {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
    units = List.copyOf(units);
    html = html == null ? HtmlOptions.DEFAULT : html;
    pdf = pdf == null ? PdfOptions.DEFAULT : pdf;
    theme = theme == null ? ThemeOptions.DEFAULT : theme;
  }

  /** A document with the default HTML layout. */
  public Document(
      String name, Path folder, Metadata metadata, CrossrefOptions crossref, List<Unit> units) {
    this(
        name, folder, metadata, crossref, units, HtmlOptions.DEFAULT, PdfOptions.DEFAULT,
        ThemeOptions.DEFAULT, Map.of());
  }

  /** This document with the given variable values. */
  public Document withVariables(Map<String, String> values) {
    return new Document(name, folder, metadata, crossref, units, html, pdf, theme, values);
  }
}

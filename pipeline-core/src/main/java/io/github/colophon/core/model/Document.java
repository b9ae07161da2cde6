package io.github.colophon.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The assembled publication: metadata and its units in reading order (front matter, chapters,
 * case studies, appendices). Immutable.
 *
 * @param folder the publication folder; {@code name} is its file name, used for output names
 * @param html how the HTML edition is laid out
 * @param theme the author's overrides of the kind's theme
 */
public record Document(
    String name,
    Path folder,
    Metadata metadata,
    CrossrefOptions crossref,
    List<Unit> units,
    HtmlOptions html,
    ThemeOptions theme) {
  public Document {
    units = List.copyOf(units);
    html = html == null ? HtmlOptions.DEFAULT : html;
    theme = theme == null ? ThemeOptions.DEFAULT : theme;
  }

  /** A document with the default HTML layout. */
  public Document(
      String name, Path folder, Metadata metadata, CrossrefOptions crossref, List<Unit> units) {
    this(name, folder, metadata, crossref, units, HtmlOptions.DEFAULT, ThemeOptions.DEFAULT);
  }
}

package io.github.colophon.core.model;

import java.nio.file.Path;

/**
 * Overrides of the kind's theme, from the manifest's {@code theme:} block. Null means "the
 * theme's default".
 *
 * @param pageSize {@code A4}, {@code A5}, {@code B5} or {@code Letter}
 * @param margins a CSS margin shorthand in absolute units ({@code 20mm 18mm})
 * @param accent the accent colour ({@code #8a1538}): cover, headings, rules, chart titles
 * @param bodyFont {@code serif} or {@code sans} for running text
 * @param css the author's own stylesheet, applied after the theme (inside the publication folder)
 * @param templates a folder whose Mustache templates ({@code print.mustache}, {@code
 *     html.mustache}, partials) replace the bundled ones of the same name
 */
public record ThemeOptions(
    String pageSize, String margins, String accent, String bodyFont, Path css, Path templates) {
  public static final ThemeOptions DEFAULT = new ThemeOptions(null, null, null, null, null, null);

  public ThemeOptions(String pageSize, String margins, String accent, String bodyFont, Path css) {
    this(pageSize, margins, accent, bodyFont, css, null);
  }
}

package io.github.colophon.core.model;

/**
 * How the HTML edition is laid out, from the manifest's {@code html:} block.
 *
 * @param single one page holding the whole publication, instead of a landing page and one page per
 *     file (the default)
 */
public record HtmlOptions(boolean single) {
  public static final HtmlOptions DEFAULT = new HtmlOptions(false);
}

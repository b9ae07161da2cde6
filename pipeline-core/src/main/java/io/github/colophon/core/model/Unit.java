package io.github.colophon.core.model;

/**
 * One Markdown file in its place in the publication.
 *
 * @param part the title of the part that begins with this unit, or null
 * @param anchor the id the unit renders with (its title label, or one derived from the file name)
 */
public record Unit(UnitKind kind, String part, SourceFile source, MarkdownBody body, String anchor) {

  /** The title from the unit's first heading, or the file name when it has none. */
  public String title() {
    Element heading = body.outline().titleHeading();
    return heading != null ? heading.title() : source.path().getFileName().toString();
  }
}

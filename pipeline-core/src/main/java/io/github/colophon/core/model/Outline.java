package io.github.colophon.core.model;

import io.github.colophon.core.SourcePosition;
import java.util.List;

/**
 * What the parse stage learnt about one file, in Colophon's own terms, so later stages never see
 * the Markdown parser's types.
 *
 * @param elements headings, figures, tables, equations and case blocks in document order
 * @param references cross-references in document order
 * @param images every image source with where it is written
 * @param text every run of text that will be typeset
 */
public record Outline(
    List<Element> elements,
    List<Reference> references,
    List<ImageSource> images,
    List<TextRun> text) {

  public Outline {
    elements = List.copyOf(elements);
    references = List.copyOf(references);
    images = List.copyOf(images);
    text = List.copyOf(text);
  }

  /** The first level-1 heading, which titles the unit; null when the file has none. */
  public Element titleHeading() {
    return elements.stream()
        .filter(e -> e.kind() == ElementKind.HEADING && e.level() == 1)
        .findFirst()
        .orElse(null);
  }

  /** An image written in the manuscript: {@code src} as written, and where. */
  public record ImageSource(String src, SourcePosition at) {}
}

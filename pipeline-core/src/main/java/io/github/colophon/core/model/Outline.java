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
 * @param links every link to another file or an anchor ({@code 02.md#sec-x}, {@code #fig-y});
 *     links with a scheme (https:, mailto:) are not listed
 * @param variables every {@code {{name}}} in the text
 */
public record Outline(
    List<Element> elements,
    List<Reference> references,
    List<ImageSource> images,
    List<TextRun> text,
    List<LinkTarget> links,
    List<VariableUse> variables) {

  public Outline {
    elements = List.copyOf(elements);
    references = List.copyOf(references);
    images = List.copyOf(images);
    text = List.copyOf(text);
    links = List.copyOf(links);
    variables = List.copyOf(variables);
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

  /** A {@code {{name}}} written in the text (not in code), and where. */
  public record VariableUse(String name, SourcePosition at) {}

  /** A link written in the manuscript to a file of the publication or an anchor, and where. */
  public record LinkTarget(String url, SourcePosition at) {}
}

package io.github.colophon.core.internal.markdown;

import io.github.colophon.core.model.Numbering;
import java.util.Map;
import java.util.function.Function;

/**
 * What rendering one file needs from outside it.
 *
 * @param numbering every number in the publication
 * @param imageUrl maps an image source as written to the URL the output uses
 * @param hrefForAnchor maps an element id to a link target ({@code #id} on a single page)
 * @param referenceSeparator between references in one bracket ({@code 、} or {@code , })
 * @param linkUrl maps a link to another file or anchor ({@code 02.md#sec-y}) to its URL in the
 *     output; links with a scheme are not passed through it
 * @param format the edition being rendered ({@code pdf} or {@code html}), for {@code .only}
 *     blocks
 * @param variables the values of {@code {{name}}}; {@code edition} also selects {@code .only}
 *     blocks
 * @param accent the theme's accent colour ({@code #8a1538}) for what charts draw in it, or null
 *     for the theme's own
 */
public record RenderContext(
    Numbering numbering,
    Function<String, String> imageUrl,
    Function<String, String> hrefForAnchor,
    String referenceSeparator,
    Function<String, String> linkUrl,
    String format,
    Map<String, String> variables,
    String accent) {
  public RenderContext {
    variables = variables == null ? Map.of() : variables;
  }
}

package io.github.colophon.core.internal.markdown;

import io.github.colophon.core.model.Numbering;
import java.util.function.Function;

/**
 * What rendering one file needs from outside it.
 *
 * @param numbering every number in the publication
 * @param imageUrl maps an image source as written to the URL the output uses
 * @param hrefForAnchor maps an element id to a link target ({@code #id} on a single page)
 * @param referenceSeparator between references in one bracket ({@code 、} or {@code , })
 */
public record RenderContext(
    Numbering numbering,
    Function<String, String> imageUrl,
    Function<String, String> hrefForAnchor,
    String referenceSeparator) {}

package io.github.colophon.core.model;

import io.github.colophon.core.SourcePosition;

/**
 * A numbered, referable thing found in a unit: a heading, figure, table, equation or case block.
 *
 * @param id the anchor it renders with; the author's label when there is one
 * @param label the author's label ({@code sec-x}, {@code fig:y}), or null when unlabelled
 * @param level heading level (1–6); 0 for the other kinds
 * @param title heading text, caption, or case title, as plain text
 */
public record Element(
    ElementKind kind, String id, String label, int level, String title, SourcePosition at) {}

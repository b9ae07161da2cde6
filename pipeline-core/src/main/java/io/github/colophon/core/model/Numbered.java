package io.github.colophon.core.model;

/**
 * The number the numbering stage gave an element or unit.
 *
 * @param anchor the id to link to
 * @param number the bare number: {@code 2}, {@code 2.3}, {@code A}, {@code A.1}; empty when the
 *     element is unnumbered (front matter)
 * @param display how a reference renders it: {@code 第 2 章}, {@code 图 2.1}, {@code Case 5}
 * @param title the element's own title or caption, used when it has no number
 * @param frontMatter the element is in the front matter, whose pages are numbered apart
 */
public record Numbered(
    ElementKind kind, String anchor, String number, String display, String title, boolean frontMatter) {}

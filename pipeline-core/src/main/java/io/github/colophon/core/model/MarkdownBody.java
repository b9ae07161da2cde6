package io.github.colophon.core.model;

/**
 * A parsed Markdown file. Opaque on purpose: only the Markdown package can render it, so the
 * parser's types never leak into the model or other stages.
 */
public interface MarkdownBody {
  Outline outline();
}

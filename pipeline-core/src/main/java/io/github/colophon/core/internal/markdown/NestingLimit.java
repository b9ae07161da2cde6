package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Limits;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.model.SourceFile;

/**
 * Keeps pathologically nested Markdown (thousands of nested lists, quotes or emphasis) away from
 * the recursive stages after parsing: the outline builder, the renderers and the PDF layout.
 * A file nested deeper than {@link Limits#maxNestingDepth()} is reported as
 * {@code nesting-too-deep} at its first node past the limit.
 */
final class NestingLimit {
  private NestingLimit() {}

  /** The parsed tree, or null when the file nests too deeply (and that was reported). */
  static Document parse(Parser parser, String text, SourceFile source, Limits limits, Diagnostics sink) {
    Document tree;
    try {
      tree = parser.parse(text);
    } catch (StackOverflowError e) {
      // The parser's own post-processors recurse; nesting this deep is far past any limit.
      report(SourcePosition.of(source.displayPath()), limits, sink);
      return null;
    }
    Node deep = firstDeeperThan(tree, limits.maxNestingDepth());
    if (deep != null) {
      report(source.positionOf(deep.getStartOffset()), limits, sink);
      return null;
    }
    return tree;
  }

  private static void report(SourcePosition at, Limits limits, Diagnostics sink) {
    sink.report(
        Diagnostic.error(
            "nesting-too-deep",
            "lists, quotes, divs or inline markup are nested more than %d levels deep here"
                .formatted(limits.maxNestingDepth()),
            at,
            "flatten the structure (each list, list item, quote, div and emphasis is a level)"));
  }

  /** The first node, in document order, more than {@code max} levels below the document. */
  static Node firstDeeperThan(Document tree, int max) {
    Node node = tree.getFirstChild();
    int depth = 1;
    while (node != null) {
      if (depth > max) {
        return node;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node.getNext() == null) {
        node = node.getParent();
        depth--;
        if (node == null || node == tree) {
          return null;
        }
      }
      node = node.getNext();
    }
    return null;
  }
}

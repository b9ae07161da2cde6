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
    SourcePosition prefix = deepPrefix(text, source, limits.maxNestingDepth());
    if (prefix != null) {
      report(prefix, limits, sink); // found without parsing: the parser itself recurses
      return null;
    }
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

  /**
   * Where the container markers at the start of a line ({@code >}, list markers) or the open
   * fenced divs first nest deeper than {@code max}, or null. Each list counts two levels (the
   * list and its item), as in the tree, so this never fires where the tree would not.
   */
  static SourcePosition deepPrefix(String text, SourceFile source, int max) {
    int divs = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int end = text.indexOf('\n', lineStart);
      if (end < 0) {
        end = text.length();
      }
      int depth = 0;
      int i = lineStart;
      while (i < end) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t') {
          i++;
        } else if (c == '>') {
          depth++;
          i++;
        } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
          depth += 2;
          i++;
        } else if (Character.isDigit(c)) {
          int j = i;
          while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
          }
          if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == end || isBlank(text.charAt(j + 1)))) {
            depth += 2;
            i = j + 1;
          } else {
            break;
          }
        } else {
          break;
        }
        if (depth > max) {
          return source.positionOf(i - 1);
        }
      }
      if (text.startsWith(":::", i)) {
        int j = i;
        while (j < end && text.charAt(j) == ':') {
          j++;
        }
        if (text.substring(j, end).isBlank()) {
          divs = Math.max(0, divs - 1);
        } else if (++divs + depth > max) {
          return source.positionOf(i);
        }
      }
      lineStart = end + 1;
    }
    return null;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
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

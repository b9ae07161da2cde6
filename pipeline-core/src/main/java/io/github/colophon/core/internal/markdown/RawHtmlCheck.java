package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Limits;
import io.github.colophon.core.model.Outline;
import io.github.colophon.core.model.SourceFile;
import io.github.colophon.core.model.TextRun;
import java.util.List;

/**
 * Reports what {@link RawHtmlPolicy} removes from the raw HTML in a file ({@code unsafe-html},
 * a warning: the edition is written without it, and a release refuses it), and raw HTML blocks
 * nested deeper than the limit ({@code nesting-too-deep}).
 */
final class RawHtmlCheck {
  private RawHtmlCheck() {}

  /** A raw HTML block or inline tag (not a comment). */
  static boolean isRawHtml(Node node) {
    return node instanceof HtmlBlock || node instanceof HtmlInnerBlock || node instanceof HtmlInline;
  }

  /** Adds the images a raw HTML node keeps, and its text (markup blanked), to an outline. */
  static void record(
      Node node, SourceFile source, List<Outline.ImageSource> images, List<TextRun> text) {
    String html = node.getChars().toString();
    int start = node.getStartOffset();
    for (String src : RawHtmlPolicy.imageSources(html)) {
      int at = html.indexOf(src);
      images.add(new Outline.ImageSource(src, source.positionOf(start + Math.max(at, 0))));
    }
    text.add(new TextRun(RawHtmlPolicy.textOnly(html), start));
  }

  static void check(Document tree, SourceFile source, Limits limits, Diagnostics sink) {
    for (Node node : tree.getDescendants()) {
      boolean block = node instanceof HtmlBlock || node instanceof HtmlInnerBlock;
      if (!isRawHtml(node)) {
        continue; // comments (HtmlCommentBlock, HtmlInlineComment) are dropped quietly
      }
      String html = node.getChars().toString();
      int start = node.getStartOffset();
      for (RawHtmlPolicy.Removal removal : RawHtmlPolicy.removals(html, !block)) {
        sink.report(
            Diagnostic.warning(
                "unsafe-html",
                "raw HTML: " + removal.what() + " is removed",
                source.positionOf(start + removal.offset()),
                "raw HTML may hold only text, list and table elements, without scripts, styles,"
                    + " event handlers or javascript:/data: URLs; remove it or use Markdown"));
      }
      if (block && RawHtmlPolicy.depth(html) > limits.maxNestingDepth()) {
        sink.report(
            Diagnostic.error(
                "nesting-too-deep",
                "raw HTML elements are nested more than %d levels deep here"
                    .formatted(limits.maxNestingDepth()),
                source.positionOf(start),
                "flatten the raw HTML, or write it in Markdown"));
      }
    }
  }
}

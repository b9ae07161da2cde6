package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.model.SourceFile;

/**
 * Checks that need only one file and the parser's view of it: footnotes, heading levels, empty
 * files, images without alternative text. They run in the parse stage so the parser's types stay in this package.
 */
final class FileChecks {
  private FileChecks() {}

  static void check(Document tree, SourceFile source, Diagnostics sink) {
    int lastLevel = 0;
    boolean hasTitle = false;
    boolean hasContent = false;
    for (Node node : tree.getDescendants()) {
      if (node instanceof Image image && image.getText().isBlank()) {
        String src = image.getUrl().toString();
        sink.report(
            Diagnostic.warning(
                "missing-alt",
                "image " + src + " has no alternative text",
                source.positionOf(image.getStartOffset()),
                "describe what it shows between the brackets: ![what it shows](" + src + ")"));
      }
      if (node instanceof Footnote ref && !ref.isDefined()) {
        sink.report(
            Diagnostic.error(
                "undefined-footnote",
                "footnote [^" + ref.getText() + "] is referenced but never defined",
                source.positionOf(ref.getStartOffset()),
                "add a line '[^" + ref.getText() + "]: text of the note' to this file"));
      } else if (node instanceof MathBlock math) {
        var problem = io.github.colophon.core.internal.math.EquationSvg.problem(math.tex());
        if (math.tex().isEmpty() || problem.isPresent()) {
          sink.report(
              Diagnostic.error(
                  "invalid-equation",
                  math.tex().isEmpty()
                      ? "the equation is empty"
                      : "the equation is not valid TeX: " + problem.get(),
                  source.positionOf(math.getStartOffset()),
                  "write TeX math between $$ and $$, e.g. $$ E = mc^2 $$ {#eq-energy}"));
        }
      } else if (node instanceof FootnoteBlock block && !block.isReferenced()) {
        sink.report(
            Diagnostic.warning(
                "unused-footnote",
                "footnote [^" + block.getText() + "] is defined but never referenced",
                source.positionOf(block.getStartOffset()),
                "refer to it with [^" + block.getText() + "] or remove it"));
      } else if (node instanceof Heading h && !insideCase(h)) {
        if (h.getLevel() == 1) {
          hasTitle = true;
        } else if (lastLevel > 0 && h.getLevel() > lastLevel + 1) {
          sink.report(
              Diagnostic.warning(
                  "heading-level-skip",
                  "heading level %d follows level %d".formatted(h.getLevel(), lastLevel),
                  source.positionOf(h.getStartOffset()),
                  "use level %d here (%s), or add the missing level above"
                      .formatted(lastLevel + 1, "#".repeat(lastLevel + 1))));
        }
        lastLevel = h.getLevel();
      } else if (!(node instanceof Heading) && node.getParent() == tree) {
        hasContent = true;
      }
    }
    if (!hasTitle) {
      sink.report(
          Diagnostic.warning(
              "missing-title",
              "the file has no level-1 heading; its title will be the file name",
              source.positionOf(0),
              "start the file with '# Title {#sec-label}'"));
    }
    if (!hasContent) {
      sink.report(
          Diagnostic.warning(
              "empty-file",
              "the file has no text besides headings",
              source.positionOf(0),
              "write the content, or remove the file from publication.yaml"));
    }
  }

  private static boolean insideCase(Node node) {
    for (Node p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof FencedDiv div && div.hasClass("case")) {
        return true;
      }
    }
    return false;
  }
}

package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.colophon.core.internal.data.BlockAttributes;
import io.github.colophon.core.model.Element;
import io.github.colophon.core.model.ElementKind;
import io.github.colophon.core.model.Outline;
import io.github.colophon.core.model.Reference;
import io.github.colophon.core.model.SourceFile;
import io.github.colophon.core.model.TextRun;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;


/** Walks one parsed tree once and records its outline in Colophon's terms. Single use. */
final class OutlineBuilder {
  private final SourceFile source;
  private final String idPrefix;
  private final IdentityHashMap<Node, String> ids = new IdentityHashMap<>();
  private final List<Element> elements = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<Outline.ImageSource> images = new ArrayList<>();
  private final List<TextRun> text = new ArrayList<>();
  private final List<Outline.LinkTarget> links = new ArrayList<>();
  private final List<Outline.VariableUse> variables = new ArrayList<>();
  private int autoIds;

  OutlineBuilder(SourceFile source) {
    this.source = source;
    this.idPrefix = slug(source.displayPath());
  }

  ParsedMarkdown build(Document tree) {
    visit(tree, false);
    return new ParsedMarkdown(tree, ids, new Outline(elements, references, images, text, links, variables));
  }

  private void visit(Node node, boolean insideCase) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      boolean caseHere = insideCase;
      if (child instanceof Heading h && !insideCase) {
        add(child, ElementKind.HEADING, Nodes.childId(h), h.getLevel(), Nodes.plainText(h));
      } else if (child instanceof FencedDiv div && div.hasClass("case")) {
        Heading first = firstHeading(div);
        String title = div.attributes().getOrDefault("title", first == null ? "" : Nodes.plainText(first));
        add(child, ElementKind.CASE, div.id(), 0, title);
        caseHere = true;
      } else if (child instanceof TableBlock table) {
        var caption = Nodes.captionOf(table);
        add(
            child,
            ElementKind.TABLE,
            caption == null ? null : Nodes.childId(caption),
            0,
            caption == null ? "" : Nodes.captionText(caption));
      } else if (Nodes.figureImage(child) != null) {
        Image image = Nodes.figureImage(child);
        add(child, ElementKind.FIGURE, Nodes.childId(child), 0, image.getText().toString());
      } else if (child instanceof MathBlock math) {
        add(child, ElementKind.EQUATION, math.label(), 0, math.tex());
      } else if (DataFences.attributes(child) != null) {
        // ```{table …} is a table, ```{chart …} a figure; the info string holds the caption.
        BlockAttributes data = DataFences.attributes(child);
        add(child, data.kind().equals("table") ? ElementKind.TABLE : ElementKind.FIGURE, data.id(), 0, data.caption());
        var info = ((FencedCodeBlock) child).getInfo();
        text.add(new TextRun(info.toString(), info.getStartOffset()));
      }
      record(child);
      visit(child, caseHere);
    }
  }

  private void record(Node node) {
    if (node instanceof CrossRef ref) {
      references.add(
          new Reference(ref.labels(), ref.numberOnly(), source.positionOf(ref.getStartOffset())));
    } else if (node instanceof Image image) {
      images.add(
          new Outline.ImageSource(
              image.getUrl().toString(), source.positionOf(image.getUrl().getStartOffset())));
      text.add(new TextRun(image.getText().toString(), image.getText().getStartOffset()));
    } else if (node instanceof Link link && Links.isInternal(link.getUrl().toString())) {
      links.add(
          new Outline.LinkTarget(
              link.getUrl().toString(), source.positionOf(link.getUrl().getStartOffset())));
    } else if (node instanceof VariableRef ref) {
      variables.add(new Outline.VariableUse(ref.name(), source.positionOf(ref.getStartOffset())));
    } else if (node instanceof Text t) {
      text.add(new TextRun(t.getChars().toString(), t.getStartOffset()));
    } else if (node instanceof Code c) {
      text.add(new TextRun(c.getText().toString(), c.getText().getStartOffset()));
    } else if (node instanceof FencedCodeBlock c) {
      text.add(new TextRun(c.getContentChars().toString(), c.getContentChars().getStartOffset()));
    } else if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
      text.add(new TextRun(node.getChars().toString(), node.getStartOffset()));
    } else if (RawHtmlCheck.isRawHtml(node)) {
      RawHtmlCheck.record(node, source, images, text);
    }
  }

  private void add(Node node, ElementKind kind, String label, int level, String title) {
    String id = label != null ? label : idPrefix + "-" + (++autoIds);
    ids.put(node, id);
    elements.add(new Element(kind, id, label, level, title, source.positionOf(node.getStartOffset())));
  }

  private static Heading firstHeading(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        return h;
      }
    }
    return null;
  }

  /** An ASCII id stem from a file path: {@code pub/chapters/01-intro.md} → {@code chapters-01-intro}. */
  static String slug(String displayPath) {
    String path = displayPath.contains("/") ? displayPath.substring(displayPath.indexOf('/') + 1) : displayPath;
    if (path.endsWith(".md")) {
      path = path.substring(0, path.length() - 3);
    }
    String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "u" + Integer.toHexString(path.hashCode()) : slug;
  }

}

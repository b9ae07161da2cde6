package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import io.github.colophon.core.internal.data.DataBlock;
import io.github.colophon.core.internal.math.EquationSvg;
import io.github.colophon.core.model.Numbered;
import java.util.List;
import java.util.Set;

/**
 * Renders the nodes that carry numbers: headings, figures, tables, case studies and other fenced
 * divs, cross-references and images. Everything else is Flexmark's default HTML.
 */
final class NumberedNodeRenderer implements NodeRenderer {
  static final NullableDataKey<RenderContext> CONTEXT = new NullableDataKey<>("COLOPHON_CONTEXT");
  static final NullableDataKey<ParsedMarkdown> PARSED = new NullableDataKey<>("COLOPHON_PARSED");

  private final RenderContext context;
  private final ParsedMarkdown parsed;

  NumberedNodeRenderer(DataHolder options) {
    this.context = CONTEXT.get(options);
    this.parsed = PARSED.get(options);
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(Heading.class, this::heading),
        new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
        new NodeRenderingHandler<>(TableBlock.class, this::table),
        new NodeRenderingHandler<>(FencedDiv.class, this::div),
        new NodeRenderingHandler<>(MathBlock.class, this::equation),
        new NodeRenderingHandler<>(CrossRef.class, this::crossRef),
        new NodeRenderingHandler<>(Image.class, this::image),
        new NodeRenderingHandler<>(Link.class, this::link),
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode),
        new NodeRenderingHandler<>(SoftLineBreak.class, this::softBreak),
        new NodeRenderingHandler<>(Text.class, this::text),
        new NodeRenderingHandler<>(VariableRef.class, this::variable),
        new NodeRenderingHandler<>(AttributesNode.class, (node, ctx, html) -> {}),
        // Raw HTML goes through RawHtmlPolicy (docs/security.md); comments are not written.
        new NodeRenderingHandler<>(HtmlBlock.class, (node, ctx, html) -> RawHtmlRenderer.block(node, context, html)),
        new NodeRenderingHandler<>(HtmlInnerBlock.class, (node, ctx, html) -> RawHtmlRenderer.block(node, context, html)),
        new NodeRenderingHandler<>(HtmlInline.class, (node, ctx, html) -> RawHtmlRenderer.inline(node, context, html)),
        new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, ctx, html) -> {}),
        new NodeRenderingHandler<>(HtmlInnerBlockComment.class, (node, ctx, html) -> {}),
        new NodeRenderingHandler<>(HtmlInlineComment.class, (node, ctx, html) -> {}));
  }

  private Numbered numbered(Node node) {
    String id = parsed.idOf(node);
    return id == null ? null : context.numbering().forId(id);
  }

  private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
    Numbered n = numbered(node);
    String tag = "h" + node.getLevel();
    if (n != null) {
      html.attr("id", n.anchor());
    }
    html.srcPos(node.getChars()).withAttr().tag(tag);
    if (n != null && !n.number().isEmpty()) {
      if (node.getLevel() == 1) {
        html.attr("class", "unit-label").withAttr().tag("span").text(n.display()).closeTag("span");
      } else {
        html.attr("class", "number").withAttr().tag("span").text(n.number()).closeTag("span");
        html.raw(" ");
      }
    }
    html.attr("class", "title").withAttr().tag("span");
    ctx.renderChildren(node);
    html.closeTag("span");
    html.closeTag(tag);
    html.line();
  }

  private void paragraph(Paragraph node, NodeRendererContext ctx, HtmlWriter html) {
    if (Nodes.isTableCaption(node)) {
      return; // rendered by the table it captions
    }
    Image image = Nodes.figureImage(node);
    if (image == null) {
      ctx.delegateRender();
      return;
    }
    Numbered n = numbered(node);
    html.attr("class", "figure");
    if (n != null) {
      html.attr("id", n.anchor());
    }
    html.withAttr().tagLine("figure");
    imageTag(image, html);
    html.line();
    String caption = image.getText().toString();
    if (!caption.isBlank() || (n != null && !n.number().isEmpty())) {
      html.tag("figcaption");
      captionLabel(n, html);
      html.text(caption);
      html.closeTag("figcaption");
      html.line();
    }
    html.closeTag("figure").line();
  }

  private void captionLabel(Numbered n, HtmlWriter html) {
    if (n != null && !n.number().isEmpty()) {
      html.attr("class", "caption-label").withAttr().tag("span").text(n.display()).closeTag("span");
      html.raw(" ");
    }
  }

  private void table(TableBlock node, NodeRendererContext ctx, HtmlWriter html) {
    Numbered n = numbered(node);
    Paragraph caption = Nodes.captionOf(node);
    html.attr("class", "table");
    if (n != null) {
      html.attr("id", n.anchor());
    }
    scrollRegion(html, caption != null ? Nodes.captionText(caption) : null, n);
    html.withAttr().tagLine("figure");
    if (caption != null) {
      html.tag("figcaption");
      captionLabel(n, html);
      html.text(Nodes.captionText(caption));
      html.closeTag("figcaption");
      html.line();
    }
    ctx.delegateRender();
    html.closeTag("figure").line();
  }

  /**
   * A table's figure in the HTML edition: a wide table scrolls inside it on a phone, so keyboard
   * users must be able to reach it (tabindex) and screen readers announce it by its caption, or its
   * number when it has none. Markdown tables and data tables alike.
   */
  private void scrollRegion(HtmlWriter html, String caption, Numbered n) {
    if ("html".equals(context.format())) {
      html.attr("tabindex", "0"); // a figure with a name; HTML5 allows it no "region" role
      html.attr("aria-label", caption != null ? caption : n != null ? n.display() : "table");
    }
  }

  private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
    String text = node.getChars().toString();
    // A reference needs white space around it in the source (`见 @tbl-x 。`); in Chinese text that
    // space is not typeset where no gap belongs: 见表 1.2。, not 见 表 1.2 。.
    if (node.getNext() instanceof CrossRef next) {
      text = trimBefore(text, referenceText(next, true));
    }
    if (node.getPrevious() instanceof CrossRef previous) {
      text = trimAfter(referenceText(previous, false), text);
    }
    html.text(Spacing.betweenHanAndLatin(text));
  }

  /** The first ({@code first}) or last character of what a reference renders as, or 0. */
  private char referenceText(CrossRef ref, boolean first) {
    List<String> labels = ref.labels();
    Numbered n = context.numbering().forLabel(labels.get(first ? 0 : labels.size() - 1));
    if (n == null) {
      return 0;
    }
    String text = ref.numberOnly() && !n.number().isEmpty() ? n.number() : n.display();
    return text.isEmpty() ? 0 : text.charAt(first ? 0 : text.length() - 1);
  }

  /** Drops the space between Chinese text and a reference that starts with a Chinese character. */
  private static String trimBefore(String text, char referenceStart) {
    String trimmed = text.stripTrailing();
    if (trimmed.length() == text.length() || trimmed.isEmpty()) {
      return text;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean fullWidthPunctuation = Nodes.isCjk(last) && !Spacing.isHan(last);
    return Nodes.isCjk(last) && (fullWidthPunctuation || Nodes.isCjk(referenceStart)) ? trimmed : text;
  }

  /**
   * Drops the space between a reference and Chinese punctuation after it, or Chinese text after a
   * reference that ends in a Chinese character; a number keeps its gap before Chinese text.
   */
  private static String trimAfter(char referenceEnd, String text) {
    String trimmed = text.stripLeading();
    if (trimmed.length() == text.length() || trimmed.isEmpty()) {
      return text;
    }
    char next = trimmed.charAt(0);
    boolean fullWidthPunctuation = Nodes.isCjk(next) && !Spacing.isHan(next);
    return fullWidthPunctuation || (Nodes.isCjk(next) && Nodes.isCjk(referenceEnd)) ? trimmed : text;
  }

  /** An unknown variable never reaches a build (the check stage stops it); render it as written. */
  private void variable(VariableRef node, NodeRendererContext ctx, HtmlWriter html) {
    html.text(context.variables().getOrDefault(node.name(), node.getChars().toString()));
  }

  /**
   * {@code ::: {.only edition=draft}} or {@code {.only format=pdf}}: the block appears only in the
   * editions and formats it names (several values separated by commas or spaces).
   */
  private boolean isShown(FencedDiv div) {
    if (!div.hasClass("only")) {
      return true;
    }
    return matches(div.attributes().get("format"), context.format())
        && matches(div.attributes().get("edition"), context.variables().get("edition"));
  }

  private static boolean matches(String wanted, String actual) {
    if (wanted == null) {
      return true;
    }
    for (String value : wanted.split("[,\\s]+")) {
      if (value.equalsIgnoreCase(actual)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A data table ({@code ```{table …}}) renders like a captioned table, a chart
   * ({@code ```{chart …}}) like a figure holding its SVG; other code is Flexmark's.
   */
  private void fencedCode(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
    DataBlock data = parsed.dataOf(node);
    if (data == null) {
      ctx.delegateRender();
      return;
    }
    Numbered n = numbered(node);
    String anchor = n != null ? n.anchor() : data.label();
    html.attr("class", data.isTable() ? "table" : "figure chart");
    if (anchor != null) {
      html.attr("id", anchor);
    }
    String label = data.caption().isBlank() && n != null ? n.display() : data.caption();
    if (data.isTable()) {
      scrollRegion(html, data.caption().isBlank() ? null : data.caption(), n);
    } else if ("html".equals(context.format())) {
      // A chart keeps its legible size on a phone and scrolls inside its figure, like a table.
      html.attr("tabindex", "0");
      html.attr("aria-label", label.isBlank() ? "chart" : label);
    }
    html.withAttr().tagLine("figure");
    boolean captioned = !data.caption().isBlank() || (n != null && !n.number().isEmpty());
    if (data.isTable()) {
      if (captioned) {
        html.tag("figcaption");
        captionLabel(n, html);
        html.text(data.caption());
        html.closeTag("figcaption");
        html.line();
      }
      html.raw(data.tableHtml());
    } else {
      html.raw(data.chartSvg(anchor != null ? anchor : "chart", label, context.accent()));
      html.line();
      if (captioned) {
        html.tag("figcaption");
        captionLabel(n, html);
        html.text(data.caption());
        html.closeTag("figcaption");
        html.line();
      }
    }
    html.closeTag("figure").line();
  }

  /** A display equation: the TeX typeset as vector SVG, its number at the right margin. */
  private void equation(MathBlock node, NodeRendererContext ctx, HtmlWriter html) {
    Numbered n = numbered(node);
    html.attr("class", "equation");
    if (n != null) {
      html.attr("id", n.anchor());
    }
    html.withAttr().tagLine("div");
    html.attr("class", "equation-body").withAttr().tag("span");
    html.raw(EquationSvg.render(node.tex(), n != null ? n.anchor() : "equation"));
    html.closeTag("span");
    if (n != null && !n.number().isEmpty()) {
      html.attr("class", "equation-number").withAttr().tag("span").text("(" + n.number() + ")").closeTag("span");
    }
    html.line().closeTag("div").line();
  }

  private void div(FencedDiv node, NodeRendererContext ctx, HtmlWriter html) {
    if (!isShown(node)) {
      return;
    }
    if (node.hasClass("only") && node.id() == null && node.classes().size() == 1) {
      ctx.renderChildren(node); // a bare .only block adds no element of its own
      return;
    }
    boolean isCase = node.hasClass("case");
    String tag = isCase ? "section" : node.hasClass("callout") ? "aside" : "div";
    Numbered n = isCase ? numbered(node) : null;
    String id = n != null ? n.anchor() : node.id();
    if (id != null) {
      html.attr("id", id);
    }
    if (!node.classes().isEmpty()) {
      html.attr("class", String.join(" ", node.classes()));
    }
    html.withAttr().tagLine(tag);
    if (n != null) {
      html.attr("class", "case-label").withAttr().tag("p").text(n.display()).closeTag("p").line();
    }
    ctx.renderChildren(node);
    html.closeTag(tag).line();
  }

  private void crossRef(CrossRef node, NodeRendererContext ctx, HtmlWriter html) {
    boolean first = true;
    for (String label : node.labels()) {
      Numbered n = context.numbering().forLabel(label);
      if (!first) {
        html.text(context.referenceSeparator());
      }
      first = false;
      if (n == null) {
        html.text("@" + label); // reported by the check stage; never reaches a release
        continue;
      }
      String text = node.numberOnly() && !n.number().isEmpty() ? n.number() : n.display();
      html.attr("href", context.hrefForAnchor().apply(n.anchor()))
          .attr("class", n.frontMatter() ? "xref xref-front" : "xref")
          .withAttr()
          .tag("a")
          .text(text)
          .closeTag("a");
    }
  }

  /**
   * A line break inside a paragraph joins Chinese text without a space (a space would show as a
   * gap in the middle of a sentence); elsewhere it is white space as usual.
   */
  private void softBreak(SoftLineBreak node, NodeRendererContext ctx, HtmlWriter html) {
    var source = node.getChars().getBaseSequence();
    int before = node.getStartOffset() - 1;
    int after = node.getEndOffset();
    boolean cjkBefore = before >= 0 && Nodes.isCjk(source.charAt(before));
    boolean cjkAfter = after < source.length() && Nodes.isCjk(source.charAt(after));
    if (!(cjkBefore && cjkAfter)) {
      html.raw("\n");
    }
  }

  private void link(Link node, NodeRendererContext ctx, HtmlWriter html) {
    String url = node.getUrl().toString();
    if (!Links.isInternal(url)) {
      ctx.delegateRender();
      return;
    }
    html.attr("href", context.linkUrl().apply(url));
    if (node.getTitle().isNotNull() && !node.getTitle().isEmpty()) {
      html.attr("title", node.getTitle().toString());
    }
    html.withAttr().tag("a");
    ctx.renderChildren(node);
    html.closeTag("a");
  }

  private void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
    imageTag(node, html);
  }

  private void imageTag(Image image, HtmlWriter html) {
    html.attr("src", context.imageUrl().apply(image.getUrl().toString()))
        .attr("alt", image.getText().toString())
        .withAttr()
        .tagVoid("img");
  }
}

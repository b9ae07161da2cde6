package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Colophon's Markdown dialect in one place: fenced divs, cross-references, and the renderer for
 * numbered headings, figures, tables and case studies.
 */
final class ColophonExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  static ColophonExtension create() {
    return new ColophonExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(FencedDivParser.FACTORY);
    builder.customBlockParserFactory(MathBlockParser.FACTORY);
    builder.customInlineParserExtensionFactory(CrossRefParser.FACTORY);
    builder.customInlineParserExtensionFactory(VariableParser.FACTORY);
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(NumberedNodeRenderer::new);
  }
}

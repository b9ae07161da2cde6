package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.colophon.core.model.MarkdownBody;

/**
 * Renders one parsed file to an HTML fragment. A fresh Flexmark renderer is built for each call
 * because the numbering differs per call; this keeps the class stateless and thread-safe.
 */
public final class HtmlFragmentRenderer {
  /**
   * A table column's alignment (GFM {@code :---:}) as a class, {@code align-right} and so on:
   * HTML5 made the {@code align} attribute obsolete, and both themes style the classes.
   */
  private static final IndependentAttributeProviderFactory CELL_ALIGNMENT =
      new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
          return (node, part, attributes) -> {
            if (node instanceof TableCell) {
              String align = attributes.getValue("align");
              if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("class", "align-" + align);
              }
            }
          };
        }
      };

  /**
   * Renders {@code body}; footnote ids are prefixed with {@code idPrefix} so that footnotes of
   * different files can share one page.
   */
  public String render(MarkdownBody body, RenderContext context, String idPrefix) {
    ParsedMarkdown parsed = (ParsedMarkdown) body;
    MutableDataSet options = new MutableDataSet(MarkdownParser.OPTIONS);
    options.set(NumberedNodeRenderer.CONTEXT, context);
    options.set(NumberedNodeRenderer.PARSED, parsed);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    // Flexmark's default, ↩ (U+21A9), is in none of the bundled fonts (and some phones draw it as
    // an emoji); ↑ is in GB 2312, so the site's web fonts have it.
    options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↑");
    String html =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(CELL_ALIGNMENT)
            .build()
            .render(parsed.tree());
    return html.replace("id=\"fn-", "id=\"" + idPrefix + "-fn-")
        .replace("href=\"#fn-", "href=\"#" + idPrefix + "-fn-")
        .replace("id=\"fnref-", "id=\"" + idPrefix + "-fnref-")
        .replace("href=\"#fnref-", "href=\"#" + idPrefix + "-fnref-");
  }
}

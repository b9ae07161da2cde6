package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;

/**
 * Writes raw HTML as {@link RawHtmlPolicy} cleans it, with image sources and links to other
 * files mapped like Markdown ones. HTML comments are not written.
 */
final class RawHtmlRenderer {
  private RawHtmlRenderer() {}

  static void block(Node node, RenderContext context, HtmlWriter html) {
    String clean =
        RawHtmlPolicy.cleanBlock(
            node.getChars().toString(), src -> image(context, src), href -> link(context, href));
    html.line();
    html.raw(clean);
    html.line();
  }

  static void inline(Node node, RenderContext context, HtmlWriter html) {
    html.raw(
        RawHtmlPolicy.cleanInline(
            node.getChars().toString(), src -> image(context, src), href -> link(context, href)));
  }

  private static String image(RenderContext context, String src) {
    String s = src.toLowerCase(Locale.ROOT);
    boolean remote = s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//");
    return remote ? src : context.imageUrl().apply(src);
  }

  private static String link(RenderContext context, String href) {
    return Links.isInternal(href) ? context.linkUrl().apply(href) : href;
  }
}

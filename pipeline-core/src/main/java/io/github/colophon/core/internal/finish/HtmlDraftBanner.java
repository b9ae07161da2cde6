package io.github.colophon.core.internal.finish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a draft's {@link DraftMark} at the top of the HTML edition, as a banner that stays in view
 * while the reader scrolls. Added in the finish stage, like the PDF watermark, so the templates
 * know nothing of editions; the style is inline so the banner does not depend on the theme.
 *
 * <p>The banner is one line of a fixed height, {@code --draft-banner-height} (2.25rem unless the
 * theme says otherwise, with {@code --draft-banner-line-height} to centre the line in it: a
 * {@code calc()} of a variable in the style attribute would trip the Nu HTML checker), so that the theme can keep what else stays in view (the sidebar) below
 * it: the bundled theme does so for {@code .colophon-draft-banner ~ .layout .sidebar}. A line too
 * long for the window ends in an ellipsis; on phones the theme lets it wrap instead, since the
 * sidebar does not stay in view there.
 */
public final class HtmlDraftBanner {
  private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>");
  private static final String HEIGHT = "var(--draft-banner-height,2.25rem)";
  private static final String STYLE =
      "position:sticky;top:0;z-index:100;box-sizing:border-box;margin:0;padding:0 1em;"
          + "height:" + HEIGHT + ";line-height:var(--draft-banner-line-height,2.2rem);"
          + "white-space:nowrap;overflow:hidden;text-overflow:ellipsis;text-align:center;"
          + "font-weight:bold;letter-spacing:.05em;background:#fff3cd;color:#6b4e00;"
          + "border-bottom:1px solid #e6c96a";

  private HtmlDraftBanner() {}

  /** {@code html} with the banner inserted right after {@code <body>}. */
  public static String insert(String html, DraftMark mark) {
    Matcher body = BODY.matcher(html);
    if (!body.find()) {
      throw new IllegalStateException("no <body> in the page");
    }
    String banner =
        "\n<div class=\"colophon-draft-banner\" role=\"note\" style=\"" + STYLE + "\">"
            + escape(mark.oneLine())
            + "</div>";
    return html.substring(0, body.end()) + banner + html.substring(body.end());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

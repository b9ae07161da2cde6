package io.github.colophon.core.internal.data;

/** Post-processing of the SVG that JFreeSVG writes, shared by charts and equations. */
public final class SvgMarkup {
  private SvgMarkup() {}

  private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile(" style='([^']*)'");

  /**
   * JFreeSVG writes paint and font as {@code style} attributes; they become SVG presentation
   * attributes ({@code fill='…'}), which the HTML edition's content security policy allows and
   * which Batik reads the same way.
   */
  public static String presentationAttributes(String svg) {
    java.util.regex.Matcher m = STYLE.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length());
    while (m.find()) {
      StringBuilder attributes = new StringBuilder();
      for (String declaration : m.group(1).split(";")) {
        int colon = declaration.indexOf(':');
        if (colon > 0) {
          attributes.append(' ').append(declaration.substring(0, colon).strip())
              .append("='").append(declaration.substring(colon + 1).strip()).append('\'');
        }
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(attributes.toString()));
    }
    return m.appendTail(out).toString();
  }
}

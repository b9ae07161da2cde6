package io.github.colophon.core.internal.render;

import io.github.colophon.core.model.ThemeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The CSS that applies the manifest's {@code theme:} overrides on top of the kind's theme,
 * followed by the author's own stylesheet. Appended after the theme, so it wins.
 */
final class ThemeCss {
  private ThemeCss() {}

  static String print(ThemeOptions theme) {
    StringBuilder css = new StringBuilder();
    if (theme.pageSize() != null || theme.margins() != null) {
      css.append("@page {");
      if (theme.pageSize() != null) {
        css.append(" size: ").append(theme.pageSize()).append(';');
      }
      if (theme.margins() != null) {
        css.append(" margin: ").append(theme.margins()).append(';');
      }
      css.append(" }\n");
      if (theme.margins() != null) {
        css.append("@page book:left { margin: ").append(theme.margins()).append("; }\n");
        css.append("@page book:right { margin: ").append(theme.margins()).append("; }\n");
      }
      if (theme.pageSize() != null) {
        css.append(".cover { height: auto; min-height: 90%; }\n");
      }
    }
    appendCommon(theme, css);
    return css.toString();
  }

  static String html(ThemeOptions theme) {
    StringBuilder css = new StringBuilder();
    if (theme.accent() != null) {
      css.append(":root { --accent: ").append(theme.accent()).append("; }\n");
    }
    if (theme.bodyFont() != null) {
      // The book theme sets its main column in serif; body-font wins there too.
      css.append("body, .kind-book main { font-family: var(--").append(theme.bodyFont()).append("); }\n");
    }
    appendAuthorCss(theme, css);
    return css.toString();
  }

  private static void appendCommon(ThemeOptions theme, StringBuilder css) {
    if (theme.accent() != null) {
      String a = theme.accent();
      css.append(".cover { background-color: ").append(a).append("; }\n");
      css.append("h1, h2, h3, h4, .part-title, .toc-part, .caption-label, .title-page-title { color: ")
          .append(a).append("; }\n");
      css.append(".unit > h1 { border-bottom-color: ").append(a).append("; }\n");
      css.append("th { color: ").append(a).append("; border-top-color: ").append(a)
          .append("; border-bottom-color: ").append(a).append("; }\n");
      css.append("tbody tr:last-child td { border-bottom-color: ").append(a).append("; }\n");
    }
    if (theme.bodyFont() != null) {
      String family = theme.bodyFont().equals("serif") ? "Noto Serif SC" : "Noto Sans SC";
      css.append("body { font-family: \"").append(family).append("\", serif; }\n");
    }
    appendAuthorCss(theme, css);
  }

  private static void appendAuthorCss(ThemeOptions theme, StringBuilder css) {
    if (theme.css() != null) {
      try {
        css.append("/* ").append(theme.css().getFileName()).append(" */\n");
        css.append(Files.readString(theme.css(), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

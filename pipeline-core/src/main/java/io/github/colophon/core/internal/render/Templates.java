package io.github.colophon.core.internal.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled Mustache templates and theme files, compiled once per JVM. */
final class Templates {
  private static final String ROOT = "io/github/colophon/";
  static final Mustache PRINT = new DefaultMustacheFactory(ROOT + "templates/").compile("print.mustache");
  static final Mustache HTML = new DefaultMustacheFactory(ROOT + "templates/").compile("html.mustache");
  static final String PRINT_CSS = resource("themes/print.css");
  static final String HTML_CSS = resource("themes/html.css");
  static final String HTML_JS = resource("web/colophon.js");

  private Templates() {}

  static String render(Mustache template, Object view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }

  private static String resource(String path) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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

  /**
   * The template {@code name} for {@code document}: the author's own when the manifest's
   * {@code theme.templates} folder holds one, else the bundled one. Partials resolve the same
   * way, so an author can replace one partial and keep the rest.
   */
  static Mustache forDocument(io.github.colophon.core.model.Document document, String name, Mustache bundled) {
    java.nio.file.Path folder = document.theme().templates();
    if (folder == null) {
      return bundled;
    }
    com.github.mustachejava.resolver.ClasspathResolver classpath =
        new com.github.mustachejava.resolver.ClasspathResolver(ROOT + "templates/");
    com.github.mustachejava.MustacheResolver resolver =
        resource -> hasOwn(folder, resource) ? read(folder.resolve(resource)) : classpath.getReader(resource);
    return new DefaultMustacheFactory(resolver).compile(name);
  }

  /** A template file directly in {@code folder} (no sub-paths: a partial cannot reach outside). */
  private static boolean hasOwn(java.nio.file.Path folder, String name) {
    return name.matches("[\\w.-]+") && !name.startsWith(".") && java.nio.file.Files.isRegularFile(folder.resolve(name));
  }

  private static java.io.Reader read(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

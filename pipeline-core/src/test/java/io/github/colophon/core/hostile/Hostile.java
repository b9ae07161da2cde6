package io.github.colophon.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Format;
import io.github.colophon.core.Limits;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.TestPublication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Shared pieces of the hostile-input tests: one pipeline, checks, builds and assertions. */
final class Hostile {
  static final Pipeline PIPELINE = new Pipeline();
  static final String CHAPTER = "paper/chapters/01.md";

  private Hostile() {}

  static BuildOptions options(Path out) {
    return BuildOptions.builder()
        .outputDirectory(out)
        .buildTime(Instant.parse("2026-11-29T00:00:00Z"))
        .build();
  }

  /** Every check, nothing rendered. */
  static List<Diagnostic> check(TestPublication p) {
    return check(p, options(p.folder().resolveSibling("out")));
  }

  static List<Diagnostic> check(TestPublication p, BuildOptions options) {
    return PIPELINE.check(p.folder(), options).diagnostics();
  }

  static List<Diagnostic> check(TestPublication p, Limits limits) {
    return check(
        p,
        BuildOptions.builder()
            .outputDirectory(p.folder().resolveSibling("out"))
            .limits(limits)
            .build());
  }

  /** Builds the HTML edition only (fast), into {@code out}. */
  static BuildResult buildHtml(TestPublication p, Path out) {
    return PIPELINE.build(
        p.folder(),
        BuildOptions.builder()
            .outputDirectory(out)
            .formats(EnumSet.of(Format.HTML))
            .buildTime(Instant.parse("2026-11-29T00:00:00Z"))
            .build());
  }

  static List<String> codes(List<Diagnostic> d) {
    return d.stream().map(Diagnostic::code).toList();
  }

  /** The one diagnostic, which must have {@code code}; everything else is a failure. */
  static Diagnostic single(List<Diagnostic> d, String code) {
    assertEquals(List.of(code), codes(d), d::toString);
    Diagnostic only = d.get(0);
    assertMessageIsPlain(only);
    return only;
  }

  static void assertAt(Diagnostic d, String file, int line, int column) {
    assertEquals(file + ":" + line + ":" + column, d.file() + ":" + d.line() + ":" + d.column(), d::format);
  }

  /** A diagnostic for an author: no stack trace, no exception class names. */
  static void assertMessageIsPlain(Diagnostic d) {
    String all = d.message() + "\n" + d.hint();
    assertTrue(
        !all.contains("Exception") && !all.contains("\tat ") && !all.contains("at java."),
        () -> "looks like a stack trace or exception: " + d.format());
  }

  /** A regression input kept under src/test/resources/hostile/. */
  static byte[] resource(String name) {
    try (InputStream in = Hostile.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource hostile/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Chinese white paper whose one chapter shows {@code image} as figure @fig-x. */
  static TestPublication withImage(Path root, String image, byte[] content) {
    return TestPublication.whitePaper(
            root, "# 章\n\n见 @fig-x。\n\n![图](../" + image + "){#fig-x}\n")
        .bytes(image, content);
  }
}

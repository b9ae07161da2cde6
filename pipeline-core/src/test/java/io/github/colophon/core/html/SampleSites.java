package io.github.colophon.core.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Format;
import io.github.colophon.core.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The editions of the sample publications ({@code manuscripts/src/publications}), built once per
 * test JVM under {@code target/sample-sites/} and shared by the link checker and the browser
 * tests. A site is {@code <publication>/html/}; the PDF beside it is built too, so the sites link
 * to it as a reader's copy does.
 */
final class SampleSites {
  static final Path SAMPLES = Path.of("../manuscripts/src/publications");
  static final Path OUT = Path.of("target/sample-sites");
  private static Map<String, Path> sites;

  private SampleSites() {}

  /** Each sample's site folder by publication name, in name order. */
  static synchronized Map<String, Path> all() {
    if (sites == null) {
      sites = build(OUT, EnumSet.of(Format.HTML, Format.PDF));
    }
    return sites;
  }

  static Path site(String name) {
    Path site = all().get(name);
    assertTrue(site != null, "no sample publication named " + name + " in " + all().keySet());
    return site;
  }

  static Map<String, Path> build(Path out, EnumSet<Format> formats) {
    deleteTree(out);
    Pipeline pipeline = new Pipeline();
    Map<String, Path> built = new LinkedHashMap<>();
    List<Path> samples = Pipeline.discover(SAMPLES);
    assertTrue(samples.size() >= 3, "expected the sample publications under " + SAMPLES.toAbsolutePath());
    for (Path sample : samples) {
      BuildResult result =
          pipeline.build(
              sample,
              BuildOptions.builder()
                  .outputDirectory(out)
                  .formats(formats)
                  .buildTime(Instant.parse("2022-11-15T00:00:00Z"))
                  .build());
      assertTrue(
          result.succeeded(),
          () -> String.join("\n", result.diagnostics().stream().map(Diagnostic::format).toList()));
      String name = sample.getFileName().toString();
      built.put(name, out.resolve(name).resolve("html").toAbsolutePath().normalize());
    }
    return built;
  }

  /** The HTML pages of a site, sorted. */
  static List<Path> pages(Path site) {
    try (Stream<Path> files = Files.list(site)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

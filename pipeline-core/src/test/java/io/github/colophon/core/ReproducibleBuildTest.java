package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same sources, each from its own clean copy into its own empty folder, give
 * the same bytes in every file: the acceptance test for reproducible editions.
 */
class ReproducibleBuildTest {
  private static final Path SAMPLE = SamplePublicationsTest.SAMPLES.resolve("open-banking-whitepaper");

  @TempDir Path work;

  @Test
  void twoCleanBuildsOfASampleAreByteIdentical() throws IOException {
    Map<String, byte[]> first = buildFromCleanCopy(new Pipeline(), work.resolve("one"));
    Map<String, byte[]> second = buildFromCleanCopy(new Pipeline(), work.resolve("two"));

    assertEquals(first.keySet(), second.keySet(), "the same files");
    assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith(".pdf")), first::toString);
    assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("index.html")), first::toString);
    List<String> differing = new ArrayList<>();
    for (String file : first.keySet()) {
      if (!Arrays.equals(first.get(file), second.get(file))) {
        differing.add(file);
      }
    }
    assertEquals(List.of(), differing, "files that differ between two builds");
  }

  /**
   * Publications built at the same time on several threads, by one pipeline (as the Maven goals
   * do) and by several (as {@code mvn -T} does), share the bundled fonts, parsed once per JVM;
   * each must still come out exactly as when built alone.
   */
  @Test
  void buildsOnSeveralThreadsAtOnceGiveTheBytesOfABuildAlone() throws Exception {
    Map<String, byte[]> alone = buildFromCleanCopy(new Pipeline(), work.resolve("alone"));
    Pipeline shared = new Pipeline();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Map<String, byte[]>>> builds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Path root = work.resolve("together-" + i);
        Pipeline pipeline = i < 2 ? shared : new Pipeline();
        builds.add(pool.submit(() -> buildFromCleanCopy(pipeline, root)));
      }
      for (java.util.concurrent.Future<Map<String, byte[]>> build : builds) {
        Map<String, byte[]> together = build.get();
        assertEquals(alone.keySet(), together.keySet());
        for (String file : alone.keySet()) {
          assertTrue(Arrays.equals(alone.get(file), together.get(file)), file + " differs");
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Copies the sample to {@code root/src} (so paths differ too), builds it, reads every output. */
  private static Map<String, byte[]> buildFromCleanCopy(Pipeline pipeline, Path root) throws IOException {
    Path source = root.resolve("src").resolve(SAMPLE.getFileName());
    copyTree(SAMPLE, source);
    Path out = root.resolve("out");
    BuildResult result =
        pipeline
            .build(
                source,
                BuildOptions.builder()
                    .outputDirectory(out)
                    .buildTime(Instant.parse("2022-11-15T08:30:00Z"))
                    .build());
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    return readTree(out);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every regular file under {@code root}, by its relative path with forward slashes. */
  static Map<String, byte[]> readTree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                try {
                  files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return files;
  }
}

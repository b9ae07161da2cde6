package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop: one build at the start, one more per settled change, the same pipeline. */
class WatchTest {
  @TempDir Path dir;

  @Test
  void buildsOnceThenAgainForEachSavedChange() throws Exception {
    TestPublication paper = TestPublication.whitePaper(dir, "# 概述\n\n第一稿。\n");
    List<BuildResult> results = new CopyOnWriteArrayList<>();
    List<String> progress = new CopyOnWriteArrayList<>();
    BuildOptions options =
        BuildOptions.builder()
            .outputDirectory(dir.resolve("out"))
            .buildTime(Instant.parse("2026-11-29T08:00:00Z"))
            .progress(progress::add)
            .build();
    Watch watch = new Watch(new Pipeline(), List.of(paper.folder()), options, results::add);
    CompletableFuture<Integer> rebuilds = CompletableFuture.supplyAsync(() -> watch.run(Duration.ofMillis(50), 2));

    waitFor(() -> results.size() == 1);
    paper.file("chapters/01.md", "# 概述\n\n第二稿，多了一句。\n");
    waitFor(() -> results.size() == 2);
    paper.file("chapters/01.md", "# 概述\n\n第三稿 @sec-missing 。\n");
    assertEquals(2, rebuilds.get(60, TimeUnit.SECONDS));

    assertEquals(3, results.size());
    assertTrue(results.get(1).succeeded(), results.get(1).diagnostics().toString());
    try (PdfProbe pdf = new PdfProbe(dir.resolve("out/paper/paper.pdf"))) {
      String text = pdf.text().replaceAll("\\s+", "");
      assertTrue(text.contains("第二稿，多了一句。"), "the second draft was built and kept: " + text);
    }
    assertTrue(progress.stream().anyMatch(line -> line.contains("chapters/01.md re-rendered")), progress.toString());
    assertTrue(
        results.get(2).diagnostics().stream().anyMatch(d -> d.code().equals("unresolved-reference")),
        "a mistake is reported and the watch goes on: " + results.get(2).diagnostics());
    assertTrue(Files.exists(dir.resolve("out/paper/paper.pdf")), "the last good edition stays");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for the watch");
      }
      Thread.sleep(20);
    }
  }
}

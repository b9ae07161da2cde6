package io.github.colophon.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildResult;
import io.github.colophon.core.TestPublication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Pipeline builds two publications at the same moment on two threads, into the same output
 * folder, and a third that fails alongside them: each good edition is whole and holds only its
 * own text, and the failure leaves nothing behind and disturbs neither.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParallelBuildTest {
  @TempDir Path root;

  private static TestPublication publication(Path root, String name, String title, String text) {
    return TestPublication.create(
            root,
            name,
            "title: " + title + "\nkind: white-paper\nlanguage: zh-CN\nversion: \"1.0\"\ndate: 2026-11-29\n"
                + "chapters: [chapters/01.md]\n")
        .file("chapters/01.md", "# " + title + "章 {#sec-" + name + "}\n\n" + text.repeat(40) + "\n");
  }

  @Test
  void twoPublicationsBuiltAtOnceByOnePipelineDoNotInterfere() throws Exception {
    Path out = root.resolve("out");
    TestPublication a = publication(root.resolve("src"), "alpha", "甲书", "甲方的内容。");
    TestPublication b = publication(root.resolve("src"), "beta", "乙书", "乙方的内容。");
    TestPublication bad = publication(root.resolve("src"), "broken", "坏书", "见 @sec-nowhere。");

    CyclicBarrier start = new CyclicBarrier(3);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<CompletableFuture<BuildResult>> builds =
          List.of(a, b, bad).stream()
              .map(
                  p ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                            } catch (Exception e) {
                              throw new IllegalStateException(e);
                            }
                            return Hostile.PIPELINE.build(p.folder(), Hostile.options(out));
                          },
                          pool))
              .toList();
      BuildResult ra = builds.get(0).get();
      BuildResult rb = builds.get(1).get();
      BuildResult rbad = builds.get(2).get();

      assertTrue(ra.succeeded(), ra.diagnostics()::toString);
      assertTrue(rb.succeeded(), rb.diagnostics()::toString);
      assertEquals(List.of("unresolved-reference"), Hostile.codes(rbad.diagnostics()).stream().distinct().toList());
    } finally {
      pool.shutdownNow();
    }

    assertOnly(out.resolve("alpha/alpha.pdf"), "甲方的内容", "乙方");
    assertOnly(out.resolve("beta/beta.pdf"), "乙方的内容", "甲方");
    assertTrue(Files.readString(out.resolve("alpha/html/index.html")).contains("甲书"));
    assertTrue(Files.readString(out.resolve("beta/html/index.html")).contains("乙书"));
    assertTrue(Files.notExists(out.resolve("broken")), "a failed build writes nothing");
    try (var left = Files.list(out)) {
      assertEquals(List.of("alpha", "beta"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folders are left behind");
    }
  }

  private static void assertOnly(Path pdf, String own, String other) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(own), pdf + ": " + text);
      assertTrue(!text.contains(other), pdf + " holds the other publication's text");
    }
  }
}

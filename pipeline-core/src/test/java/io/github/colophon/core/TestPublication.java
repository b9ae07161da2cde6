package io.github.colophon.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small publication folder for a test: a manifest and some files. */
public final class TestPublication {
  private final Path folder;

  private TestPublication(Path folder) {
    this.folder = folder;
  }

  /** A publication folder named {@code name} under {@code root}, with the given manifest. */
  public static TestPublication create(Path root, String name, String manifest) {
    TestPublication p = new TestPublication(root.resolve(name));
    return p.file("publication.yaml", manifest);
  }

  public TestPublication file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestPublication bytes(String path, byte[] content) {
    try {
      Path file = folder.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A publication folder that already exists on disk. */
  public static TestPublication existing(Path folder) {
    return new TestPublication(folder);
  }

  public Path folder() {
    return folder;
  }

  /** Builds the PDF edition alone into {@code out} (a fixed build time); fails the test on any error. */
  public Path buildPdf(Path out) {
    BuildResult result =
        new Pipeline()
            .build(
                folder,
                BuildOptions.builder()
                    .outputDirectory(out)
                    .buildTime(java.time.Instant.parse("2026-11-29T00:00:00Z"))
                    .formats(java.util.EnumSet.of(Format.PDF))
                    .build());
    org.junit.jupiter.api.Assertions.assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    return result.outputs().get(0);
  }

  /** A Chinese white paper with one chapter whose text is {@code chapter}. */
  public static TestPublication whitePaper(Path root, String chapter) {
    return create(
            root,
            "paper",
            """
            title: 开放银行白皮书
            kind: white-paper
            language: zh-CN
            version: "1.0"
            date: 2026-11-29
            authors: [研究组]
            chapters:
              - chapters/01.md
            """)
        .file("chapters/01.md", chapter);
  }
}

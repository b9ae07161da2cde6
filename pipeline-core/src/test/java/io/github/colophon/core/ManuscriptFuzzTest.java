package io.github.colophon.core;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of what an author controls: a chapter's Markdown through
 * parse, number, check and HTML rendering, and the manifest through the loader. Whatever the
 * input, the result is diagnostics, never an exception.
 *
 * <p>In the unit-test run Jazzer replays the inputs under
 * {@code src/test/resources/io/github/colophon/core/ManuscriptFuzzTestInputs/} (every crash found
 * is kept there as a regression input); {@code mvn verify} then fuzzes each method for its
 * {@code maxDuration} (the surefire executions {@code fuzz-*} in pipeline-core/pom.xml). To fuzz
 * one longer, raise its maxDuration and run {@code JAZZER_FUZZ=1 mvn -pl pipeline-core test
 * -Dtest=ManuscriptFuzzTest#markdownGivesDiagnosticsNotExceptions}.
 */
class ManuscriptFuzzTest {
  private static final Path ROOT = tempRoot();

  private static Path tempRoot() {
    try {
      return Files.createTempDirectory("colophon-fuzz");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void markdownGivesDiagnosticsNotExceptions(FuzzedDataProvider data) {
    String chapter = data.consumeRemainingAsString();
    TestPublication p =
        TestPublication.create(ROOT, "fuzz", "title: 模糊测试\nchapters: [01.md, 02.md]\n")
            .file("01.md", chapter)
            .file("02.md", "# 第二章 {#sec-two}\n\n见 @sec-two。\n");
    Analysis analysis = Analysis.of(p);
    // As in the pipeline, only a manuscript without errors is rendered.
    if (analysis.document() != null && analysis.diagnostics().stream().noneMatch(Diagnostic::isError)) {
      analysis.html(0);
      analysis.html(1);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void manifestGivesDiagnosticsNotExceptions(FuzzedDataProvider data) throws IOException {
    String manifest = data.consumeRemainingAsString();
    Path folder = ROOT.resolve("manifest");
    Files.createDirectories(folder.resolve("chapters"));
    Files.writeString(folder.resolve("chapters/01.md"), "# 一\n\n正文。\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("publication.yaml"), manifest, StandardCharsets.UTF_8);
    Analysis.of(TestPublication.existing(folder));
  }
}

package io.github.colophon.core.archival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Edition;
import io.github.colophon.core.Pipeline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The release editions of the sample publications claim PDF/A-3u and PDF/UA-1 in their
 * manifests; veraPDF must find no failed rule for either.
 */
class ArchivalSamplesTest {
  private static final Path SAMPLES = Path.of("../manuscripts/src/publications");
  private static final Pipeline PIPELINE = new Pipeline();

  @TempDir static Path out;

  static List<Path> samples() {
    return Pipeline.discover(SAMPLES);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void releaseEditionPassesVeraPdf(Path sample) throws Exception {
    BuildResult result =
        PIPELINE.build(
            sample,
            BuildOptions.builder()
                .outputDirectory(out)
                .edition(Edition.RELEASE)
                .buildTime(Instant.parse("2022-11-15T00:00:00Z"))
                .build());
    assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().stream().map(Diagnostic::format).toList()));
    Path pdf = result.outputs().get(0);
    assertEquals(
        Map.of("PDF/A-3u", Map.of(), "PDF/UA-1", Map.of()),
        Map.of(
            "PDF/A-3u", VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_U),
            "PDF/UA-1", VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)),
        "veraPDF's failed rules");
  }
}

package io.github.colophon.core.archival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.TestPublication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a PDF/A claim forbids is refused by the check stage, at the place it is used. */
class ArchivalChecksTest {
  /** A JPEG's structure with a 4-component (CMYK) frame: all the check stage reads. */
  private static final byte[] CMYK_JPEG =
      HexFormat.of()
          .parseHex(
              "FFD8"
                  + "FFC00014080010001004011100021100031100041100"
                  + "FFDA000E04010002000300040000003F00"
                  + "0000"
                  + "FFD9");

  @TempDir Path root;

  private List<String> check(String manifestExtra) throws Exception {
    TestPublication p =
        TestPublication.whitePaper(root.resolve("p" + manifestExtra.length()), "# 章\n\n正文。\n\n![扫描的图表](scan.jpg)\n")
            .bytes("chapters/scan.jpg", CMYK_JPEG);
    Path manifest = p.folder().resolve("publication.yaml");
    Files.writeString(manifest, Files.readString(manifest) + manifestExtra);
    BuildResult result = new Pipeline().check(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).build());
    return result.diagnostics().stream().map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
  }

  @Test
  void aCmykJpegIsAnErrorWhereItIsUsedOnlyWhenThePdfClaimsPdfA() throws Exception {
    assertEquals(List.of("pdfa-cmyk-image@5:10"), check("pdf:\n  standards: [a-3u, ua-1]\n"));
    assertEquals(List.of(), check("pdf:\n  standards: [ua-1]\n"));
    assertEquals(List.of(), check(""));
  }
}

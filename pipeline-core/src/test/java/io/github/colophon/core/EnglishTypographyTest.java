package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English publications: English labels, no text running into the margin. */
class EnglishTypographyTest {
  @TempDir Path root;

  @Test
  void noLineRunsIntoTheRightMarginEvenWithAnOverlongWord() throws Exception {
    String longWord = "https://example.org/" + "a-very-long-path-segment".repeat(12);
    TestPublication p =
        TestPublication.create(root, "guide", "title: A Guide\nlanguage: en\nkind: white-paper\nchapters: [01.md]\n")
            .file(
                "01.md",
                "# Getting started {#sec-start}\n\n"
                    + "Colophon compiles Markdown manuscripts into typeset editions. ".repeat(20)
                    + "\n\nThe address " + longWord + " is far longer than a line.\n");

    BuildResult result =
        new Pipeline()
            .build(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).formats(EnumSet.of(Format.PDF)).build());

    assertTrue(result.succeeded(), result.diagnostics()::toString);
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      float width = probe.pdf.getPage(0).getMediaBox().getWidth();
      float rightLimit = width - 15 * 72 / 25.4f; // the theme's margin is 22 mm; allow some slack
      float[] widest = {0};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
              for (TextPosition t : positions) {
                if (t.getDir() == 0) { // the draft watermark is set at an angle
                  widest[0] = Math.max(widest[0], t.getXDirAdj() + t.getWidthDirAdj());
                }
              }
            }
          };
      stripper.getText(probe.pdf);
      assertTrue(widest[0] <= rightLimit, "text reaches x=" + widest[0] + " of " + width);
      assertTrue(probe.compactText().contains("Chapter1Gettingstarted"), probe::compactText);
    }
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Display equations: $$ … $$ {#eq-x}, numbered per chapter, typeset as vector SVG. */
class EquationTest {
  @TempDir Path root;

  private static final String CHAPTER =
      """
      # 模型 {#sec-model}

      客户价值由 @eq-value 给出，其中贴现率见 [@eq-rate]。

      $$ V = \\sum_{t=1}^{T} \\frac{c_t}{(1+r)^t} $$ {#eq-value}

      $$
      r = r_f + \\beta (r_m - r_f)
      $$ {#eq-rate}
      """;

  @Test
  void equationsAreNumberedPerChapterAndReferable() {
    Analysis a = Analysis.of(TestPublication.whitePaper(root, CHAPTER));

    assertTrue(a.diagnostics().isEmpty(), a.diagnostics()::toString);
    String html = a.html(0);
    assertTrue(html.contains("客户价值由<a href=\"#eq-value\" class=\"xref\">式 (1.1)</a> 给出"), html);
    assertTrue(html.contains("<div class=\"equation\" id=\"eq-rate\">"), html);
    assertTrue(html.contains("<span class=\"equation-number\">(1.2)</span>"), html);
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"equation-math\""), html);
    assertTrue(html.contains("<path"), "glyphs are drawn as paths: " + html.length());
  }

  @Test
  void invalidTexIsAnErrorAtTheEquation() {
    Analysis a = Analysis.of(TestPublication.whitePaper(root, "# 章\n\n正文。\n\n$$ \\notacommand{x} + 1 $$ {#eq-bad}\n\n见 @eq-bad。\n"));

    assertEquals(1, a.diagnostics().size(), a.diagnostics()::toString);
    assertEquals("invalid-equation", a.diagnostics().get(0).code());
    assertEquals(5, a.diagnostics().get(0).line());
  }

  @Test
  void thePdfDrawsEquationsAsVectorsNotImages() throws Exception {
    BuildResult result =
        new Pipeline()
            .build(
                TestPublication.whitePaper(root, CHAPTER).folder(),
                BuildOptions.builder().outputDirectory(root.resolve("out")).formats(EnumSet.of(Format.PDF)).build());

    assertTrue(result.succeeded(), result.diagnostics()::toString);
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      assertTrue(probe.compactText().contains("(1.1)"), probe::compactText);
      for (PDPage page : probe.pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          assertTrue(
              !(page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject),
              "no bitmap in the PDF");
        }
      }
    }
  }
}

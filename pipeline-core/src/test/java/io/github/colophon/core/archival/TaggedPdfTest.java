package io.github.colophon.core.archival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Edition;
import io.github.colophon.core.Format;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.TestPublication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** What {@code pdf.standards} changes in a PDF, read back with PDFBox and veraPDF. */
class TaggedPdfTest {
  private static final Pipeline PIPELINE = new Pipeline();
  private static final String CHAPTER =
      """
      # 第一章 开放银行 {#sec-one}

      开放银行[^1]通过 API 连接生态伙伴，见 @fig-flow 与 @sec-two。

      - 第一项：账户信息
      - 第二项：支付发起

      ![开放银行的数据流：客户授权后，第三方经 API 读取账户信息](flow.svg){#fig-flow}

      ## 第二节 标准 {#sec-two}

      标准化接口降低了对接成本。

      [^1]: 开放银行（Open Banking）指银行经客户授权向第三方开放数据与服务。
      """;

  private static final String FLOW_SVG =
      """
      <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">
        <rect x="5" y="5" width="60" height="50" fill="#0072b2"/>
        <rect x="135" y="5" width="60" height="50" fill="#e69f00"/>
        <line x1="65" y1="30" x2="135" y2="30" stroke="#333" stroke-width="3"/>
      </svg>
      """;

  @TempDir Path root;

  private Path build(String manifestExtra, Edition edition) {
    TestPublication publication =
        TestPublication.whitePaper(root.resolve("p" + manifestExtra.length() + edition), CHAPTER)
            .file("chapters/flow.svg", FLOW_SVG);
    try {
      Path manifest = publication.folder().resolve("publication.yaml");
      Files.writeString(manifest, Files.readString(manifest) + manifestExtra);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    BuildResult result =
        PIPELINE.build(
            publication.folder(),
            BuildOptions.builder()
                .outputDirectory(root.resolve("out-" + edition + manifestExtra.length()))
                .formats(Set.of(Format.PDF))
                .edition(edition)
                .buildTime(Instant.parse("2026-11-29T00:00:00Z"))
                .build());
    assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().stream().map(Diagnostic::format).toList()));
    return result.outputs().get(0);
  }

  @Test
  void aPlainPdfHasNoStructureTreeAndClaimsNoStandard() throws Exception {
    Path pdf = build("", Edition.RELEASE);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
      assertNull(doc.getDocumentCatalog().getMetadata());
    }
  }

  @Test
  void aTaggedDraftWithItsWatermarkPassesVeraPdf() throws Exception {
    Path pdf = build("pdf:\n  standards: [a-3u, ua-1]\n", Edition.DRAFT);
    assertEquals(Map.of(), VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
    assertEquals(Map.of(), VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }

  @Test
  void everyLinkOfATaggedPdfIsDescribedAndTheXmpNamesTheStandards() throws Exception {
    Path pdf = build("pdf:\n  standards: [a-3u, ua-1]\n", Edition.RELEASE);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
      int links = 0;
      for (var page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            links++;
            assertNotNull(link.getContents(), "link without a description on a page");
            assertTrue(!link.getContents().isBlank());
          }
        }
      }
      assertTrue(links >= 3, "the cross-references and the footnote call are links: " + links);
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
      assertTrue(xmp.contains("开放银行白皮书"), xmp);
    }
  }

  @Test
  void onlyPdfUaGivesAStructureTreeWithoutClaimingPdfA() throws Exception {
    Path pdf = build("pdf:\n  standards: [ua-1]\n", Edition.RELEASE);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(!xmp.contains("pdfaid"), xmp);
    }
    assertEquals(Map.of(), VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.bench.SyntheticBook;
import io.github.colophon.core.internal.finish.PdfFinisher;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.render.AnchorPositions.Anchor;
import io.github.colophon.core.internal.render.PdfEditionWriter;
import io.github.colophon.core.internal.render.PdfEditionWriter.RenderedPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long book is laid out in parts on two threads (issue 10): the front matter, then the body's
 * two halves side by side, painted one after another into one PDF. What a reader gets must be
 * what the whole book rendered at once gives: every page's label, text (folios and contents
 * page numbers included), fonts, links and where they lead, the outline, which pages are blank,
 * and where every anchor landed for the next rebuild's patch.
 */
class SplitLayoutTest {
  @TempDir static Path dir;

  private static Analysis book;
  private static final FontLibrary FONTS = FontLibrary.bundled();

  @BeforeAll
  static void writeBook() {
    // Over ten chapters, so the body has parts: a part page travels with its first chapter.
    Path folder = SyntheticBook.write(dir.resolve("books"), "book", 130, 20261129L);
    book = Analysis.of(TestPublication.existing(folder));
    assertTrue(book.diagnostics().isEmpty(), book.diagnostics().toString());
  }

  private static RenderedPdf render(int splitFromCharacters) {
    return render(book, splitFromCharacters);
  }

  private static RenderedPdf render(Analysis book, int splitFromCharacters) {
    PdfEditionWriter writer = new PdfEditionWriter(FONTS, splitFromCharacters);
    return writer.render(
        book.document(), book.numbering(), writer.printSource(book.document(), book.numbering()), true);
  }

  /** The rendered PDF finished and saved as the pipeline does (blank versos cleared). */
  private static Path finished(Analysis book, RenderedPdf rendered, String name) throws IOException {
    PdfFinisher.FinishedPdf pdf =
        new PdfFinisher(FONTS)
            .finish(rendered, book.document().metadata(), Instant.parse("2026-11-29T08:00:00Z"), "test");
    return Files.write(dir.resolve(name + ".pdf"), pdf.bytes());
  }

  @Test
  void aBookLaidOutInPartsReadsAsTheWholeBookRenderedAtOnce() throws IOException {
    assertTrue(
        PatchedRebuildTest.describe(readsAsTheWholeBook(book, "synthetic")).stream()
            .anyMatch(line -> line.startsWith("outline 第二部分")),
        "the body has parts, and a part page goes with its first chapter");
  }

  /**
   * The two sample books (equations, charts, code, photographs, case blocks, appendices), made
   * untagged so that they may be split: also what is drawn inside SVG comes out the same.
   */
  @ParameterizedTest
  @ValueSource(strings = {"innovation-cases", "user-guide"})
  void aSampleBookLaidOutInPartsReadsAsTheWholeBook(String sample) throws IOException {
    Path folder = dir.resolve("samples").resolve(sample);
    copy(SamplePublicationsTest.SAMPLES.resolve(sample), folder);
    Path manifest = folder.resolve("publication.yaml");
    String yaml = Files.readString(manifest);
    assertTrue(yaml.contains("standards: [a-3u, ua-1]"), "the sample is tagged: " + sample);
    Files.writeString(manifest, yaml.replace("standards: [a-3u, ua-1]", "standards: []"));
    Analysis untagged = Analysis.of(TestPublication.existing(folder));
    assertTrue(untagged.diagnostics().isEmpty(), untagged.diagnostics().toString());
    readsAsTheWholeBook(untagged, sample);
  }

  /**
   * Each contents entry gives the page its heading is on, also for a heading that did not fit at
   * the foot of a page and opens the next (OpenHTMLtoPDF counts the page where its top margin
   * starts; the user guide has three such sections). Whole and split renders alike.
   */
  @Test
  void theContentsGiveThePageEachSectionHeadingIsOn() throws IOException {
    Path folder = dir.resolve("contents").resolve("user-guide");
    copy(SamplePublicationsTest.SAMPLES.resolve("user-guide"), folder);
    Analysis guide = Analysis.of(TestPublication.existing(folder));
    for (int splitFrom : new int[] {Integer.MAX_VALUE, 0}) {
      Path file;
      try (RenderedPdf rendered = render(guide, splitFrom)) {
        file = finished(guide, rendered, "contents-" + rendered.parts());
      }
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^(\\d+\\.\\d+) +(.+?) *(?:\\. ?){3,} *(\\d+)$");
        int checked = 0;
        for (int page = 0; page < 12 && page < labels.length; page++) {
          text.setStartPage(page + 1);
          text.setEndPage(page + 1);
          for (String line : text.getText(pdf).split("\\R")) {
            java.util.regex.Matcher m = entry.matcher(line.strip());
            if (!m.matches()) {
              continue;
            }
            int target = java.util.Arrays.asList(labels).indexOf(m.group(3));
            text.setStartPage(target + 1);
            text.setEndPage(target + 1);
            String there = text.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(there.contains(m.group(1) + " " + m.group(2).replaceAll("\\s+", " ")),
                "section " + m.group(1) + " (" + m.group(2) + ") is on page " + m.group(3)
                    + " as the contents say, in the render in " + splitFrom + " part(s)");
            text.setStartPage(page + 1);
            text.setEndPage(page + 1);
            checked++;
          }
        }
        assertTrue(checked > 30, "contents entries checked: " + checked);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** Renders {@code book} whole and in parts, checks they read the same, and returns the split PDF. */
  private static Path readsAsTheWholeBook(Analysis book, String name) throws IOException {
    Map<String, Anchor> wholeAnchors;
    Map<String, Anchor> splitAnchors;
    Set<Integer> wholeFiller;
    Set<Integer> splitFiller;
    Path whole;
    Path split;
    try (RenderedPdf rendered = render(book, Integer.MAX_VALUE)) {
      assertEquals(1, rendered.parts());
      wholeAnchors = withoutRendererIds(rendered.anchors());
      wholeFiller = rendered.fillerPages();
      whole = finished(book, rendered, name + "-whole");
    }
    try (RenderedPdf rendered = render(book, 0)) {
      assertEquals(3, rendered.parts(), "the front matter and two halves of the body");
      splitAnchors = withoutRendererIds(rendered.anchors());
      splitFiller = rendered.fillerPages();
      split = finished(book, rendered, name + "-split");
    }
    List<String> expected = PatchedRebuildTest.describe(whole);
    List<String> actual = PatchedRebuildTest.describe(split);
    assertTrue(expected.size() > 200, "a book with many links: " + expected.size() + " lines");
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + i + " of the description");
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(wholeFiller, splitFiller, "the same blank versos");
    assertEquals(new TreeMap<>(wholeAnchors), new TreeMap<>(splitAnchors), "every anchor on the same page and height");
    assertEquals(1, subsetsPerFace(split), "one subset of each face, whichever part set a glyph");
    return split;
  }

  @Test
  void aBookLaidOutInPartsIsTheSameBytesEveryTime() throws IOException {
    // The halves race for the fonts and the layout threads finish in either order; none of that
    // may reach the file (release editions of such books are compared byte for byte).
    byte[] first;
    try (RenderedPdf rendered = render(0)) {
      first = Files.readAllBytes(finished(book, rendered, "again-1"));
    }
    try (RenderedPdf rendered = render(0)) {
      assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(finished(book, rendered, "again-2"))));
    }
  }

  /** OpenHTMLtoPDF numbers its own footnote ids per renderer; nothing of Colophon's refers to them. */
  private static Map<String, Anchor> withoutRendererIds(Map<String, Anchor> anchors) {
    Map<String, Anchor> ours = new HashMap<>(anchors);
    ours.keySet().removeIf(id -> id.startsWith("fs-"));
    return ours;
  }

  /** The most font objects any one face has in the PDF. */
  private static int subsetsPerFace(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      Map<String, Set<Object>> objects = new HashMap<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          objects
              .computeIfAbsent(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), face -> new HashSet<>())
              .add(font.getCOSObject());
        }
      }
      assertTrue(objects.size() >= 2, objects.keySet().toString());
      return objects.values().stream().mapToInt(Set::size).max().orElseThrow();
    }
  }
}

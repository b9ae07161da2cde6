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
    PdfEditionWriter writer = new PdfEditionWriter(FONTS, splitFromCharacters);
    return writer.render(
        book.document(), book.numbering(), writer.printSource(book.document(), book.numbering()), true);
  }

  /** The rendered PDF finished and saved as the pipeline does (blank versos cleared). */
  private static Path finished(RenderedPdf rendered, String name) throws IOException {
    PdfFinisher.FinishedPdf pdf =
        new PdfFinisher(FONTS)
            .finish(rendered, book.document().metadata(), Instant.parse("2026-11-29T08:00:00Z"), "test");
    return Files.write(dir.resolve(name + ".pdf"), pdf.bytes());
  }

  @Test
  void aBookLaidOutInPartsReadsAsTheWholeBookRenderedAtOnce() throws IOException {
    Map<String, Anchor> wholeAnchors;
    Map<String, Anchor> splitAnchors;
    Set<Integer> wholeFiller;
    Set<Integer> splitFiller;
    Path whole;
    Path split;
    try (RenderedPdf rendered = render(Integer.MAX_VALUE)) {
      assertEquals(1, rendered.parts());
      wholeAnchors = withoutRendererIds(rendered.anchors());
      wholeFiller = rendered.fillerPages();
      whole = finished(rendered, "whole");
    }
    try (RenderedPdf rendered = render(0)) {
      assertEquals(3, rendered.parts(), "the front matter and two halves of the body");
      splitAnchors = withoutRendererIds(rendered.anchors());
      splitFiller = rendered.fillerPages();
      split = finished(rendered, "split");
    }
    List<String> expected = PatchedRebuildTest.describe(whole);
    List<String> actual = PatchedRebuildTest.describe(split);
    assertTrue(expected.size() > 500, "a long book with many links: " + expected.size() + " lines");
    assertTrue(expected.stream().anyMatch(line -> line.startsWith("outline 第二部分")), "the body has parts");
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + i + " of the description");
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(wholeFiller, splitFiller, "the same blank versos");
    assertEquals(new TreeMap<>(wholeAnchors), new TreeMap<>(splitAnchors), "every anchor on the same page and height");
    assertEquals(1, subsetsPerFace(split), "one subset of each face, whichever part set a glyph");
  }

  @Test
  void aBookLaidOutInPartsIsTheSameBytesEveryTime() throws IOException {
    // The halves race for the fonts and the layout threads finish in either order; none of that
    // may reach the file (release editions of such books are compared byte for byte).
    byte[] first;
    try (RenderedPdf rendered = render(0)) {
      first = Files.readAllBytes(finished(rendered, "again-1"));
    }
    try (RenderedPdf rendered = render(0)) {
      assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(finished(rendered, "again-2"))));
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

package io.github.colophon.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox for assertions: text, fonts, outline, links. */
final class PdfProbe implements AutoCloseable {
  /** Chinese (and curly) closing punctuation, which never starts a line. */
  static final String CLOSING_PUNCTUATION = "。，、；：？！）》」』”’";

  final PDDocument pdf;

  PdfProbe(Path file) {
    try {
      this.pdf = Loader.loadPDF(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // visual order; OpenHTMLtoPDF may draw link text later
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with white space removed, running text first and then the small print (footnotes,
   * page numbers, code), so that a sentence broken by a page break or a footnote area reads as
   * one again. {@code sortByPosition} reads lines in visual order (references drawn late come
   * back in place); content-stream order keeps each wrapped table cell together.
   */
  String readingText(boolean sortByPosition) {
    StringBuilder body = new StringBuilder();
    StringBuilder small = new StringBuilder();
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              if (positions.stream().allMatch(p -> p.getDir() != 0)) {
                return; // a draft's watermark, set at an angle; the manuscript's text is upright
              }
              boolean isSmall = positions.stream().allMatch(p -> p.getFontSizeInPt() < SMALL_PRINT_PT);
              (isSmall ? small : body).append(text);
            }
          };
      stripper.setSortByPosition(sortByPosition);
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (body + "\n" + small).replaceAll("\\s+", "");
  }

  /** Footnotes are set at 8 pt and page numbers at 8.5 pt; body text, tables and captions larger. */
  private static final float SMALL_PRINT_PT = 8.75f;

  /** The text with all white space removed, to compare with source sentences across line breaks. */
  String compactText() {
    return text().replaceAll("\\s+", "");
  }

  /** One line per font: name, whether embedded, whether a subset. */
  record FontUse(String name, boolean embedded, boolean subset) {}

  /** The fonts of every page, and of the form XObjects drawn on them (charts, SVG images). */
  List<FontUse> fonts() {
    List<FontUse> fonts = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (FontUse use : fontsOf(page.getResources())) {
        if (!fonts.contains(use)) {
          fonts.add(use);
        }
      }
    }
    return fonts;
  }

  /** The fonts under {@code resources}, its form XObjects' included. */
  static List<FontUse> fontsOf(PDResources resources) {
    List<FontUse> fonts = new ArrayList<>();
    collectFonts(resources, fonts, new java.util.HashSet<>());
    return fonts;
  }

  private static void collectFonts(PDResources resources, List<FontUse> fonts, java.util.Set<Object> seen) {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    try {
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        PDFontDescriptor descriptor =
            font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
        boolean embedded =
            descriptor != null
                && (descriptor.getFontFile() != null || descriptor.getFontFile2() != null || descriptor.getFontFile3() != null);
        String fontName = font.getName();
        FontUse use = new FontUse(fontName, embedded, fontName != null && fontName.matches("[A-Z]{6}\\+.*"));
        if (!fonts.contains(use)) {
          fonts.add(use);
        }
      }
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDFormXObject form) {
          collectFonts(form.getResources(), fonts, seen);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One upright line of a page: its text, where its first and last glyphs are, its largest size. */
  record Line(String text, float left, float right, float size) {
    float centre() {
      return (left + right) / 2;
    }
  }

  /**
   * The upright lines of page {@code index} (from 0), top to bottom; a draft's watermark and its
   * margin mark are set at an angle and left out. Superscript footnote calls count as part of
   * the line they sit on.
   */
  List<Line> lines(int index) {
    List<TextPosition> glyphs = new ArrayList<>();
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              if (text.getDir() == 0 && !text.getUnicode().isBlank()) {
                glyphs.add(text);
              }
            }
          };
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A line is the glyphs whose baselines lie within 2 pt of its first one (inline code and
    // superscripts sit a little off the line's baseline), read left to right; the renderer
    // draws a line's pieces in no particular order.
    glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getYDirAdj));
    List<List<TextPosition>> grouped = new ArrayList<>();
    for (TextPosition glyph : glyphs) {
      List<TextPosition> line = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
      if (line == null || glyph.getYDirAdj() - line.get(0).getYDirAdj() > 2f) {
        grouped.add(line = new ArrayList<>());
      }
      line.add(glyph);
    }
    List<Line> lines = new ArrayList<>();
    for (List<TextPosition> line : grouped) {
      line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
      StringBuilder text = new StringBuilder();
      float size = 0;
      for (TextPosition glyph : line) {
        text.append(glyph.getUnicode());
        size = Math.max(size, glyph.getFontSizeInPt());
      }
      TextPosition last = line.get(line.size() - 1);
      lines.add(new Line(text.toString(), line.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), size));
    }
    return lines;
  }

  /** The text of page {@code index} (from 0), in content-stream order. */
  String pageText(int index) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index (from 0) of the first page whose text, white space removed, contains {@code compact}. */
  int pageWith(String compact) {
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      if (pageText(i).replaceAll("\\s+", "").contains(compact)) {
        return i;
      }
    }
    throw new AssertionError("no page has the text " + compact);
  }

  List<String> outlineTitles() {
    List<String> titles = new ArrayList<>();
    PDOutlineNode root = pdf.getDocumentCatalog().getDocumentOutline();
    if (root != null) {
      collect(root, titles, "");
    }
    return titles;
  }

  private static void collect(PDOutlineNode node, List<String> titles, String indent) {
    for (PDOutlineItem item : node.children()) {
      titles.add(indent + item.getTitle());
      collect(item, titles, indent + "  ");
    }
  }

  /** Internal link annotations (links to a place in this PDF). */
  int internalLinks() {
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      try {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && (link.getDestination() != null || link.getAction() != null)) {
            count++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }
}

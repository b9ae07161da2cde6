package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import io.github.colophon.core.internal.fonts.FontLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled faces for one PDF: each made on first use from the font parsed once per JVM
 * ({@link FontLibrary#trueType}), so a face the publication never uses costs nothing. Renderers
 * that paint into the same PDF one after another take their faces from the same
 * {@code PdfFonts}: then the PDF holds one subset of each face, whichever renderer drew a glyph.
 */
final class PdfFonts {
  private final FontLibrary library;
  private final PDDocument pdf;
  private final Map<FontLibrary.Face, Face> faces = new LinkedHashMap<>();

  PdfFonts(FontLibrary library, PDDocument pdf) {
    this.library = library;
    this.pdf = pdf;
    for (FontLibrary.Face face : library.faces()) {
      faces.put(face, new Face(face));
    }
  }

  FontLibrary library() {
    return library;
  }

  PDDocument pdf() {
    return pdf;
  }

  Map<FontLibrary.Face, ? extends PDFontSupplier> faces() {
    return faces;
  }

  /** {@code face} for this PDF, made now if no renderer has asked for it yet. */
  PDFont font(FontLibrary.Face face) {
    return faces.get(face).supply();
  }

  /** The faces renderers have asked for so far, by the font made for each. */
  Map<PDFont, FontLibrary.Face> made() {
    Map<PDFont, FontLibrary.Face> made = new LinkedHashMap<>();
    faces.forEach((face, supplier) -> {
      PDFont font = supplier.madeSoFar();
      if (font != null) {
        made.put(font, face);
      }
    });
    return made;
  }

  /** One face for the PDF, made when a renderer first asks for it. */
  private final class Face extends PDFontSupplier {
    private final FontLibrary.Face face;
    private PDFont font;

    Face(FontLibrary.Face face) {
      super(null);
      this.face = face;
    }

    @Override
    public synchronized PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(pdf, FontLibrary.trueType(face), true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }

    synchronized PDFont madeSoFar() {
      return font;
    }
  }
}

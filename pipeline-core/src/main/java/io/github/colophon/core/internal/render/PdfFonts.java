package io.github.colophon.core.internal.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import io.github.colophon.core.internal.fonts.FontLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled faces for one PDF: each made on first use from the font parsed once per JVM
 * ({@link FontLibrary#trueType}), so a face the publication never uses costs nothing. Every
 * renderer that paints into the PDF must take its faces from the same {@code PdfFonts}: then
 * the PDF holds one subset of each face, whichever renderer drew a glyph.
 *
 * <p>Renderers that lay out at the same time ({@link SplitRender}) share these fonts, and
 * PDFBox caches each glyph's width in a plain map on first use. So when the caller knows the
 * characters to be set, each face's widths for them are cached as the face is made, before any
 * renderer can see it; the layouts then only read the cache (a character outside the set at
 * worst races to store the same width twice).
 */
final class PdfFonts {
  private final FontLibrary library;
  private final PDDocument pdf;
  private final BitSet characters;
  private final Map<FontLibrary.Face, Face> faces = new LinkedHashMap<>();

  /** Fonts for {@code pdf}; {@code characters} are the code points to cache widths for, or null. */
  PdfFonts(FontLibrary library, PDDocument pdf, BitSet characters) {
    this.library = library;
    this.pdf = pdf;
    this.characters = characters;
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
          PDFont made = PDType0Font.load(pdf, FontLibrary.trueType(face), true);
          cacheWidths(made);
          font = made;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }

    private void cacheWidths(PDFont made) throws IOException {
      if (characters == null) {
        return;
      }
      CmapLookup cmap = FontLibrary.trueType(face).getUnicodeCmapLookup();
      // An embedded face's code for a character is its glyph id (Identity-H).
      for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
        int glyph = cmap.getGlyphId(c);
        if (glyph > 0) {
          made.getWidth(glyph);
        }
      }
    }
  }
}

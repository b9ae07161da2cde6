package io.github.colophon.core.internal.data;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder;
import io.github.colophon.core.internal.fonts.FontLibrary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * OpenHTMLtoPDF's Batik SVG drawer, with the bundled fonts. Batik draws SVG text with the fonts
 * its resolver knows, and OpenHTMLtoPDF's resolver knows only CSS {@code @font-face} rules and
 * font files; Colophon hands the renderer its fonts as bytes, so without this an SVG's
 * {@code font-family: 'Noto Sans SC'} would fall back to whatever Java finds on the machine, and
 * Chinese labels could come out as empty boxes. Here the bundled families, and the generic
 * {@code sans-serif}, {@code serif} and {@code monospace}, resolve to the bundled faces.
 *
 * <p>The bundled families draw their glyphs as PDF text in the embedded fonts ({@link
 * TextGvtFamily}), so a chart's labels can be selected, searched and read aloud; text in other
 * fonts (an SVG's own {@code @font-face}) is drawn by OpenHTMLtoPDF as glyph outlines.
 */
public final class BundledFontsSvgDrawer extends BatikSVGDrawer {
  private final FontLibrary fonts;

  public BundledFontsSvgDrawer(FontLibrary fonts) {
    this.fonts = fonts;
    this.fontResolver = new Resolver(fonts);
  }

  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    Resolver resolver = new Resolver(fonts);
    resolver.importFontFaces(fontFaces, shared);
    this.fontResolver = resolver;
  }

  /** Resolves the bundled families first, then the document's {@code @font-face} rules. */
  static final class Resolver extends PDFTranscoder.OpenHtmlFontResolver {
    private final Map<String, GVTFontFamily> bundled = new HashMap<>();

    Resolver(FontLibrary fonts) {
      for (FontLibrary.Face face : fonts.faces()) {
        bundled.computeIfAbsent(key(face.family()), k -> new TextGvtFamily(fonts, face.family()));
      }
      bundled.put("sans-serif", bundled.get(key(FontLibrary.SANS)));
      bundled.put("serif", bundled.get(key(FontLibrary.SERIF)));
      bundled.put("monospace", bundled.get(key(FontLibrary.MONO)));
    }

    private static String key(String family) {
      String f = family.strip();
      if (f.length() > 1 && (f.startsWith("'") || f.startsWith("\"")) && f.endsWith(f.substring(0, 1))) {
        f = f.substring(1, f.length() - 1);
      }
      return f.toLowerCase(Locale.ROOT);
    }

    @Override
    public GVTFontFamily resolve(String family) {
      GVTFontFamily found = bundled.get(key(family));
      return found != null ? found : super.resolve(family);
    }

    @Override
    public GVTFontFamily resolve(String family, FontFace face) {
      GVTFontFamily found = bundled.get(key(family));
      return found != null ? found : super.resolve(family, face);
    }

    @Override
    public GVTFontFamily getDefault() {
      return bundled.get("sans-serif");
    }

    @Override
    public GVTFontFamily getFamilyThatCanDisplay(char c) {
      return bundled.get("sans-serif");
    }
  }
}

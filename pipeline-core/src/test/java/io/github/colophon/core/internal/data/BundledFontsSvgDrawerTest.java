package io.github.colophon.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.internal.fonts.FontLibrary;
import java.awt.font.TextAttribute;
import java.util.Map;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.junit.jupiter.api.Test;

/** Batik finds the bundled faces by the family names charts and authors' SVGs use. */
class BundledFontsSvgDrawerTest {
  private final BundledFontsSvgDrawer.Resolver resolver = new BundledFontsSvgDrawer.Resolver(FontLibrary.bundled());

  @Test
  void theChartFamilyAndTheGenericFamiliesResolveToBundledFacesThatSetChinese() {
    for (String family : new String[] {"Noto Sans SC", "'Noto Sans SC'", "sans-serif", "serif", "Noto Serif SC"}) {
      GVTFontFamily resolved = resolver.resolve(family);
      assertTrue(resolved != null, family);
      GVTFont font = resolved.deriveFont(12f, Map.of(TextAttribute.WEIGHT, TextAttribute.WEIGHT_REGULAR));
      assertEquals(-1, font.canDisplayUpTo("手机银行月活跃用户，2022 年"), family);
    }
    assertEquals("Noto Sans SC", resolver.getDefault().getFamilyName());
  }

  @Test
  void boldResolvesToo() {
    GVTFont bold = resolver.resolve("Noto Sans SC").deriveFont(15f, Map.of(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD));
    assertEquals(-1, bold.canDisplayUpTo("主要指标"));
  }
}

package io.github.colophon.core.hostile;

import static io.github.colophon.core.hostile.Hostile.CHAPTER;
import static io.github.colophon.core.hostile.Hostile.assertAt;
import static io.github.colophon.core.hostile.Hostile.check;
import static io.github.colophon.core.hostile.Hostile.single;
import static io.github.colophon.core.hostile.Hostile.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Limits;
import io.github.colophon.core.TestPublication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caps of {@link Limits}: 10,000 levels of nesting never reach a recursive stage (no
 * StackOverflowError), and every cap is a clear error that the build options can move.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LimitsTest {
  @TempDir Path root;

  private static final int DEEP = 10_000;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"quotes", "lists", "ordered", "emphasis", "links", "divs", "mixed"})
  void tenThousandLevelsOfNestingAreAnErrorNotAStackOverflow(String kind) {
    String deep =
        switch (kind) {
          case "quotes" -> ">".repeat(DEEP) + " 深\n";
          case "lists" -> "- ".repeat(DEEP) + "深\n";
          case "ordered" -> "1. ".repeat(DEEP) + "深\n";
          case "emphasis" -> "*".repeat(DEEP) + "深" + "*".repeat(DEEP) + "\n";
          case "links" -> "[".repeat(DEEP) + "深" + "](a.md)".repeat(DEEP) + "\n";
          case "divs" -> "::: {.x}\n".repeat(DEEP) + "深\n" + ":::\n".repeat(DEEP);
          default -> "> - ".repeat(DEEP / 2) + "深\n";
        };
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n" + deep);

    BuildResult r = Hostile.buildHtml(p, root.resolve("out")); // returns: no StackOverflowError

    if (kind.equals("emphasis") || kind.equals("links")) {
      // Flexmark does not nest these deeply; whatever it reports is a diagnostic.
      r.diagnostics().forEach(Hostile::assertMessageIsPlain);
      return;
    }
    Diagnostic d = single(r.diagnostics(), "nesting-too-deep");
    assertEquals(CHAPTER, d.file());
    assertEquals(kind.equals("divs") ? 3 + 100 : 3, d.line(), d::format);
    assertTrue(d.column() > 0, d::format);
  }

  @Test
  void tenThousandNestedRawHtmlElementsAreAnError() {
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\n\n<div>\n" + "<div>".repeat(DEEP) + "深" + "</div>".repeat(DEEP) + "\n</div>\n");

    Diagnostic d = single(check(p), "nesting-too-deep");

    assertAt(d, CHAPTER, 3, 1);
  }

  @Test
  void tenThousandNestedSvgGroupsAreAnError() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<g>".repeat(DEEP) + "<rect width=\"1\" height=\"1\"/>" + "</g>".repeat(DEEP) + "</svg>";
    Diagnostic d = single(check(withImage(root, "images/deep.svg", svg.getBytes(StandardCharsets.UTF_8))), "nesting-too-deep");

    assertAt(d, CHAPTER, 5, 6);
  }

  @Test
  void nestingUpToTheLimitIsFineAndTheLimitCanBeMoved() {
    String lists = "- ".repeat(5) + "深\n"; // 5 lists + 5 items + paragraph + text = 12 levels
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n" + lists);

    assertEquals(List.of(), check(p));
    Diagnostic d = single(check(p, Limits.DEFAULT.withMaxNestingDepth(8)), "nesting-too-deep");
    assertAt(d, CHAPTER, 3, 9);
    assertTrue(d.message().contains("8 levels"), d::format);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAtItsManifestEntry() {
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n" + "长文。".repeat(1000) + "\n");

    Diagnostic d = single(check(p, Limits.DEFAULT.withMaxFileBytes(1000)), "file-too-large");

    assertAt(d, "paper/publication.yaml", 8, 5);
    assertTrue(d.message().contains("the limit is 1000"), d::format);
  }

  @Test
  void aManifestOverTheSizeLimitIsRefused() {
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n文。\n");

    Diagnostic d = single(check(p, Limits.DEFAULT.withMaxFileBytes(50)), "file-too-large");

    assertEquals("paper/publication.yaml", d.file());
  }

  @Test
  void imageBytesAndPixelsHaveTheirOwnLimits() {
    byte[] png = BadInputCatalogueTest.png(100, 100);
    TestPublication p = withImage(root, "images/a.png", png);

    assertEquals(List.of(), check(p));
    Diagnostic pixels = single(check(p, Limits.DEFAULT.withMaxImagePixels(9_999)), "image-too-large");
    Diagnostic bytes = single(check(p, Limits.DEFAULT.withMaxImageBytes(png.length - 1)), "image-too-large");

    assertTrue(pixels.message().contains("100x100 = 10000 pixels"), pixels::format);
    assertTrue(bytes.message().contains("the limit is " + (png.length - 1)), bytes::format);
    assertAt(pixels, CHAPTER, 5, 6);
  }

  @Test
  void limitsMustBePositive() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxNestingDepth(0));
  }
}

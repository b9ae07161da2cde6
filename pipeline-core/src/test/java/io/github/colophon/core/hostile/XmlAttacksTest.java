package io.github.colophon.core.hostile;

import static io.github.colophon.core.hostile.Hostile.CHAPTER;
import static io.github.colophon.core.hostile.Hostile.assertAt;
import static io.github.colophon.core.hostile.Hostile.check;
import static io.github.colophon.core.hostile.Hostile.codes;
import static io.github.colophon.core.hostile.Hostile.resource;
import static io.github.colophon.core.hostile.Hostile.single;
import static io.github.colophon.core.hostile.Hostile.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.TestPublication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No XML attack reaches a parser: SVG images are parsed first by a hardened parser (no DOCTYPE,
 * no external entities, no entity expansion) and refused when they could reach outside the
 * picture; YAML aliases cannot blow up the manifest or front matter.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class XmlAttacksTest {
  @TempDir Path root;

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "billion-laughs.svg, declares a DOCTYPE",
    "xxe.svg, declares a DOCTYPE",
    "xxe-parameter.svg, declares a DOCTYPE",
    "script.svg, <script>",
    "onload.svg, event handler (onload on <svg>)",
    "external-image.svg, 'http://127.0.0.1:9/tracker.png' outside the publication",
    "file-href.svg, outside the publication",
    "stylesheet-pi.svg, xml-stylesheet",
    "css-import.svg, @import",
  })
  void hostileSvgIsRefusedAtTheImageBeforeAnyRendererSeesIt(String file, String says) {
    TestPublication p = withImage(root, "images/" + file, resource(file));

    Diagnostic d = single(check(p), "unsafe-svg");

    assertAt(d, CHAPTER, 5, 6);
    assertTrue(d.message().contains("images/" + file) && d.message().contains(says), d::format);
    assertFalse(d.message().contains("root:"), "the entity must never be expanded: " + d.format());
  }

  @Test
  void theBuildRefusesAnXxeSvgAndWritesNothing() {
    TestPublication p = withImage(root, "images/xxe.svg", resource("xxe.svg"));

    BuildResult r = Hostile.PIPELINE.build(p.folder(), Hostile.options(root.resolve("out")));

    assertEquals(List.of("unsafe-svg"), codes(r.diagnostics()));
    assertTrue(r.outputs().isEmpty());
    assertFalse(Files.exists(root.resolve("out/paper")));
  }

  /** A UTF-16 file hides "<!DOCTYPE" from a byte scan; the hardened parser still refuses it. */
  @Test
  void anXxeSvgInUtf16IsStillRefusedByTheParserItself() {
    byte[] utf16 =
        new String(resource("xxe.svg"), StandardCharsets.UTF_8)
            .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
            .getBytes(StandardCharsets.UTF_16);
    TestPublication p = withImage(root, "images/xxe16.svg", utf16);

    List<Diagnostic> d = check(p);

    assertEquals(1, d.size(), d::toString);
    assertTrue(List.of("unsafe-svg", "invalid-image").contains(d.get(0).code()), d::toString);
    assertFalse(d.get(0).message().contains("root:"), d.get(0)::format);
  }

  @Test
  void aPlainSvgWithGradientsMarkersInternalUseAndAHyperlinkIsAccepted() {
    TestPublication p = withImage(root, "images/safe.svg", resource("safe.svg"));

    assertEquals(List.of(), check(p));
  }

  @Test
  void aBillionLaughsManifestIsAnErrorNotAnExplosion() {
    TestPublication p =
        TestPublication.create(root, "paper", new String(resource("billion-laughs.yaml"), StandardCharsets.UTF_8));

    List<Diagnostic> d = check(p);

    assertFalse(d.isEmpty());
    assertTrue(d.stream().allMatch(Diagnostic::isError), d::toString);
    assertTrue(d.stream().allMatch(x -> x.file().equals("paper/publication.yaml")), d::toString);
    d.forEach(Hostile::assertMessageIsPlain);
  }

  @Test
  void aBillionLaughsFrontMatterIsBoundedAndReported() {
    String laughs = new String(resource("billion-laughs.yaml"), StandardCharsets.UTF_8);
    TestPublication p =
        TestPublication.whitePaper(root, "---\n" + laughs + "---\n\n# 章\n\n正文。\n");

    List<Diagnostic> d = check(p);

    d.forEach(Hostile::assertMessageIsPlain);
    assertTrue(
        d.isEmpty() || codes(d).equals(List.of("invalid-front-matter")), d::toString);
  }
}

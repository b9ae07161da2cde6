package io.github.colophon.core.hostile;

import static io.github.colophon.core.hostile.Hostile.CHAPTER;
import static io.github.colophon.core.hostile.Hostile.assertAt;
import static io.github.colophon.core.hostile.Hostile.check;
import static io.github.colophon.core.hostile.Hostile.codes;
import static io.github.colophon.core.hostile.Hostile.single;
import static io.github.colophon.core.hostile.Hostile.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.TestPublication;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of bad inputs (issue 7): each gives the exact diagnostic, at its place, and never
 * a stack trace; none takes unbounded time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputCatalogueTest {
  @TempDir Path root;

  private static final String MANIFEST_HEAD =
      """
      title: 白皮书
      kind: white-paper
      language: zh-CN
      chapters:
      """;

  // ---- text files -------------------------------------------------------------------------

  @Test
  void emptyFileIsAWarningAtItsStart() {
    List<Diagnostic> d = check(TestPublication.whitePaper(root, ""));

    assertEquals(List.of("missing-title", "empty-file"), codes(d).stream().sorted((a, b) -> a.equals("missing-title") ? -1 : 1).toList(), d::toString);
    d.forEach(x -> assertAt(x, CHAPTER, 1, 1));
    assertTrue(d.stream().noneMatch(Diagnostic::isError));
  }

  @Test
  void utf8BomIsAcceptedSilently() {
    byte[] text = "# 章 {#sec-a}\n\n见 @sec-a，另见 @sec-b。\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    TestPublication p = TestPublication.whitePaper(root, "").bytes("chapters/01.md", bom);

    Diagnostic d = single(check(p), "unresolved-reference");

    assertAt(d, CHAPTER, 3, 13); // positions count from after the BOM
  }

  @Test
  void crlfAndMixedLineEndsAreAcceptedAndLinesCountAsWritten() {
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\r\n\r\n正文。\r第二行\n\r\n见 @sec-none。\r\n");

    Diagnostic d = single(check(p), "unresolved-reference");

    assertAt(d, CHAPTER, 6, 3);
  }

  @Test
  void gbkFileIsAnErrorThatNamesTheEncoding() {
    TestPublication p =
        TestPublication.whitePaper(root, "")
            .bytes("chapters/01.md", "# 第一章\n\n开放银行。\n".getBytes(Charset.forName("GBK")));

    Diagnostic d = single(check(p), "invalid-encoding");

    assertAt(d, CHAPTER, 1, 3);
    assertTrue(d.hint().contains("GBK"), d::format);
  }

  @Test
  void binaryFileListedAsAChapterIsAnError() {
    byte[] png = png(4, 4);
    TestPublication p = TestPublication.whitePaper(root, "").bytes("chapters/01.md", png);

    Diagnostic d = single(check(p), "binary-file");

    assertEquals(CHAPTER, d.file());
  }

  @Test
  void malformedManifestYamlIsAnErrorAtTheLine() {
    TestPublication p =
        TestPublication.create(root, "paper", "title: 白皮书\nchapters: [a.md\nkind: book\n").file("a.md", "# 章\n\n文。\n");

    Diagnostic d = single(check(p), "invalid-manifest");

    assertEquals("paper/publication.yaml", d.file());
    assertTrue(d.line() >= 2, d::format);
  }

  @Test
  void malformedFrontMatterIsAnErrorAtItsLine() {
    TestPublication p = TestPublication.whitePaper(root, "---\ntitle: a\nbad: [x\n---\n\n# 章\n\n正文。\n");

    Diagnostic d = single(check(p), "invalid-front-matter");

    assertEquals(CHAPTER, d.file());
    assertTrue(d.line() >= 3 && d.line() <= 4, d::format);
  }

  @Test
  void unknownManifestKeyIsAnErrorWithASuggestion() {
    TestPublication p =
        TestPublication.create(root, "paper", MANIFEST_HEAD + "  - a.md\napendices: [b.md]\n")
            .file("a.md", "# 章\n\n文。\n");

    Diagnostic d = single(check(p), "unknown-manifest-key");

    assertAt(d, "paper/publication.yaml", 6, 1);
    assertEquals("did you mean 'appendices'?", d.hint());
  }

  @Test
  void chapterListedTwiceIsAnErrorAtTheSecondEntry() {
    TestPublication p =
        TestPublication.create(root, "paper", MANIFEST_HEAD + "  - a.md\n  - ./a.md\n")
            .file("a.md", "# 章\n\n文。\n");

    Diagnostic d = single(check(p), "duplicate-file");

    assertAt(d, "paper/publication.yaml", 6, 5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "chapters/../../x.md"})
  void aChapterOutsideThePublicationIsRefused(String listed) {
    TestPublication p = TestPublication.create(root, "paper", MANIFEST_HEAD + "  - " + listed + "\n");

    Diagnostic d = single(check(p), "path-outside-publication");

    assertAt(d, "paper/publication.yaml", 5, 5);
    assertFalse(d.message().contains("root:"));
  }

  @Test
  void aSymlinkedChapterThatLeavesTheFolderIsRefused() throws IOException {
    Path secret = Files.writeString(root.resolve("secret.md"), "# 机密\n\n不该读到。\n");
    TestPublication p = TestPublication.create(root, "paper", MANIFEST_HEAD + "  - chapters/link.md\n");
    Files.createDirectories(p.folder().resolve("chapters"));
    Files.createSymbolicLink(p.folder().resolve("chapters/link.md"), secret);

    Diagnostic d = single(check(p), "path-outside-publication");

    assertAt(d, "paper/publication.yaml", 5, 5);
  }

  @Test
  void aSymlinkedFolderThatLeavesThePublicationIsRefusedToo() throws IOException {
    Path outside = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(outside.resolve("01.md"), "# 章\n\n文。\n");
    TestPublication p = TestPublication.create(root, "paper", MANIFEST_HEAD + "  - linked/01.md\n");
    Files.createSymbolicLink(p.folder().resolve("linked"), outside);

    single(check(p), "path-outside-publication");
  }

  @Test
  void aSymlinkedImageThatLeavesTheFolderIsRefused() throws IOException {
    Path outside = Files.write(root.resolve("outside.png"), png(4, 4));
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n见 @fig-x。\n\n![图](../images/a.png){#fig-x}\n");
    Files.createDirectories(p.folder().resolve("images"));
    Files.createSymbolicLink(p.folder().resolve("images/a.png"), outside);

    Diagnostic d = single(check(p), "path-outside-publication");

    assertAt(d, CHAPTER, 5, 6);
  }

  @Test
  void anImagePathOutsideThePublicationIsRefused() {
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\n\n![图](../../../../../etc/passwd)\n\n![图](/etc/passwd)\n");

    List<Diagnostic> d = check(p);

    assertEquals(List.of("path-outside-publication", "path-outside-publication"), codes(d), d::toString);
    assertAt(d.get(0), CHAPTER, 3, 6);
    assertAt(d.get(1), CHAPTER, 5, 6);
  }

  // ---- images ------------------------------------------------------------------------------

  @Test
  void soundPngJpegGifAndSvgImagesPass() {
    TestPublication p =
        TestPublication.whitePaper(
                root,
                "# 章\n\n见 @fig-a、@fig-b、@fig-c、@fig-d。\n\n![甲](../images/a.png){#fig-a}\n\n"
                    + "![乙](../images/b.jpg){#fig-b}\n\n![丙](../images/c.gif){#fig-c}\n\n![丁](../images/d.svg){#fig-d}\n")
            .bytes("images/a.png", png(30, 20))
            .bytes("images/b.jpg", image(30, 20, "jpeg"))
            .bytes("images/c.gif", image(30, 20, "gif"))
            .file("images/d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");

    assertEquals(List.of(), check(p));
  }

  @Test
  void missingImageIsAnError() {
    Diagnostic d =
        single(check(TestPublication.whitePaper(root, "# 章\n\n见 @fig-x。\n\n![图](../images/none.png){#fig-x}\n")), "missing-image");

    assertAt(d, CHAPTER, 5, 6);
  }

  @Test
  void emptyImagesAreInvalid() {
    for (String name : List.of("images/e.png", "images/e.jpg", "images/e.svg")) {
      Diagnostic d = single(check(withImage(root.resolve(name.substring(9)), name, new byte[0])), "invalid-image");
      assertTrue(d.message().contains("empty"), d::format);
    }
  }

  @Test
  void truncatedPngIsInvalid() {
    byte[] png = png(64, 64);
    Diagnostic d = single(check(withImage(root, "images/t.png", Arrays.copyOf(png, png.length / 2))), "invalid-image");

    assertAt(d, CHAPTER, 5, 6);
    assertTrue(d.message().contains("truncated"), d::format);
  }

  @Test
  void pngWithAFlippedBitIsCorrupt() {
    byte[] png = png(64, 64);
    png[png.length - 20] ^= 0x10; // inside the IDAT data: its CRC no longer matches
    Diagnostic d = single(check(withImage(root, "images/c.png", png)), "invalid-image");

    assertTrue(d.message().contains("corrupt"), d::format);
  }

  @Test
  void truncatedJpegAndGifAreInvalid() {
    byte[] jpeg = image(64, 64, "jpeg");
    byte[] gif = image(64, 64, "gif");
    Diagnostic j = single(check(withImage(root.resolve("j"), "images/t.jpg", Arrays.copyOf(jpeg, jpeg.length - 40))), "invalid-image");
    Diagnostic g = single(check(withImage(root.resolve("g"), "images/t.gif", Arrays.copyOf(gif, gif.length - 5))), "invalid-image");

    assertTrue(j.message().contains("truncated"), j::format);
    assertTrue(g.message().contains("truncated"), g::format);
  }

  @Test
  void garbageWithAnImageNameIsInvalid() {
    byte[] garbage = "%PDF-1.7 this is not a picture at all".getBytes(StandardCharsets.US_ASCII);
    Diagnostic d = single(check(withImage(root, "images/x.png", garbage)), "invalid-image");

    assertTrue(d.message().contains("not a PNG, JPEG, GIF or SVG"), d::format);
  }

  @Test
  void truncatedOrMalformedSvgIsInvalid() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>";
    Diagnostic t = single(check(withImage(root.resolve("t"), "images/t.svg", svg.substring(0, 60).getBytes(StandardCharsets.UTF_8))), "invalid-image");
    Diagnostic m = single(check(withImage(root.resolve("m"), "images/m.svg", "<svg><g></svg>".getBytes(StandardCharsets.UTF_8))), "invalid-image");
    Diagnostic x = single(check(withImage(root.resolve("x"), "images/x.svg", "<html/>".getBytes(StandardCharsets.UTF_8))), "invalid-image");

    assertTrue(t.message().contains("not well-formed"), t::format);
    assertTrue(m.message().contains("line 1"), m::format);
    assertTrue(x.message().contains("not SVG"), x::format);
  }

  /** A tiny file that claims 100,000 × 100,000 pixels: refused from its header, never decoded. */
  @Test
  void aPixelBombIsRefusedFromItsHeader() {
    Diagnostic d = single(check(withImage(root, "images/bomb.png", pngHeaderOnly(100_000, 100_000))), "image-too-large");

    assertTrue(d.message().contains("100000x100000"), d::format);
  }

  @Test
  void remoteImageIsAnErrorUnlessAllowed() {
    TestPublication p = TestPublication.whitePaper(root, "# 章\n\n见 @fig-x。\n\n![图](https://example.org/a.png){#fig-x}\n");

    assertAt(single(check(p), "remote-resource"), CHAPTER, 5, 6);
    assertEquals(
        List.of(),
        check(p, BuildOptions.builder().outputDirectory(root.resolve("out")).allowRemote(true).build()));
  }

  // ---- size and shape ----------------------------------------------------------------------

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFiftyThousandRowTableIsCheckedAndRenderedInBoundedTime() {
    StringBuilder md = new StringBuilder("# 表\n\n见 @tbl-big。\n\n| 序号 | 名称 |\n|---|---|\n");
    for (int i = 0; i < 50_000; i++) {
      md.append("| ").append(i).append(" | 项目").append(i).append(" |\n");
    }
    md.append("\n: 大表 {#tbl-big}\n");
    BuildResult r = Hostile.buildHtml(TestPublication.whitePaper(root, md.toString()), root.resolve("out"));

    assertTrue(r.succeeded(), r.diagnostics()::toString);
  }

  /** The linear heading parser (see LinearHeadingParser) still finds every kind of heading. */
  @Test
  void setextAndAtxHeadingsStillInterruptParagraphs() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            "第一章\n===\n\n一段\n## 节 {#sec-b}\n又一段\n小节\n---\n\n见 @sec-b。\n  # 缩进\n\n#没有空格\n");
    BuildResult r = Hostile.buildHtml(p, root.resolve("out"));
    assertTrue(r.succeeded(), r.diagnostics()::toString);
    String html;
    try (var files = Files.list(root.resolve("out/paper/html"))) {
      Path page = files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("index.html")).findFirst().orElseThrow();
      html = Files.readString(page);
    }
    assertTrue(html.matches("(?s).*<h1[^>]*>.*第一章.*</h1>.*"), html);
    assertTrue(html.matches("(?s).*<h2[^>]*>.*节.*</h2>.*<h2[^>]*>.*小节.*</h2>.*"), html);
    assertTrue(html.matches("(?s).*<h1[^>]*>.*缩进.*</h1>.*"), html);
    assertTrue(html.contains("#没有空格"), html);
  }

  @Test
  void aTwoMegabyteParagraphIsCheckedAndRenderedInBoundedTime() {
    String paragraph = "开放银行的数据共享。".repeat(2 * 1024 * 1024 / 30);
    BuildResult r = Hostile.buildHtml(TestPublication.whitePaper(root, "# 章\n\n" + paragraph + "\n"), root.resolve("out"));

    assertTrue(r.succeeded(), r.diagnostics()::toString);
  }

  @Test
  void fiveThousandFootnotesAreCheckedAndRenderedInBoundedTime() {
    StringBuilder md = new StringBuilder("# 注\n\n");
    for (int i = 1; i <= 5000; i++) {
      md.append("第").append(i).append("句[^n").append(i).append("]。\n");
    }
    md.append('\n');
    for (int i = 1; i <= 5000; i++) {
      md.append("[^n").append(i).append("]: 注释").append(i).append("。\n");
    }
    BuildResult r = Hostile.buildHtml(TestPublication.whitePaper(root, md.toString()), root.resolve("out"));

    assertTrue(r.succeeded(), r.diagnostics()::toString);
  }

  // ---- names -------------------------------------------------------------------------------

  @Test
  void fileNamesWithSpacesCjkAndEmojiWork() {
    String name = "chapters/第 1 章 \uD83D\uDCD8 draft.md";
    TestPublication p =
        TestPublication.create(root, "paper", MANIFEST_HEAD + "  - \"" + name + "\"\n")
            .file(name, "# 第一章 {#sec-第一章}\n\n见 @sec-第一章 与 ![图](../images/图 一.svg)。\n")
            .file("images/图 一.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");

    List<Diagnostic> d = check(p);

    assertEquals(List.of(), d);
  }

  @Test
  void emojiInTheTextIsAMissingGlyphAtItsPlace() {
    Diagnostic d = single(check(TestPublication.whitePaper(root, "# 章\n\n今天很开心 \uD83D\uDE00 真的。\n")), "missing-glyph");

    assertAt(d, CHAPTER, 3, 7);
    assertTrue(d.message().contains("U+1F600"), d::format);
  }

  @Test
  void labelWithSpacesIsNotALabelButTextAndSaysSo() {
    List<Diagnostic> d = check(TestPublication.whitePaper(root, "# 章 {#sec-a}\n\n见 @sec-a b。\n"));

    assertEquals(List.of(), d);
  }

  // ---- helpers -----------------------------------------------------------------------------

  static byte[] png(int w, int h) {
    return image(w, h, "png");
  }

  static byte[] image(int w, int h, String format) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, (x * 7 + y * 13) * 0x010203);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A structurally valid PNG (signature, IHDR, empty IDAT, IEND) claiming any size. */
  static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

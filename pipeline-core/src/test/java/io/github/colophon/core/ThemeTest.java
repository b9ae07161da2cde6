package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's theme: block overrides page size, margins, colours, fonts, and adds CSS. */
class ThemeTest {
  @TempDir Path root;

  private TestPublication paper(String theme) {
    return TestPublication.create(
            root,
            "paper",
            """
            title: 主题测试
            kind: white-paper
            chapters: [01.md]
            theme:
            %s
            """.formatted(theme.indent(2).stripTrailing()))
        .file("01.md", "# 章 {#sec-one}\n\n正文。\n");
  }

  private BuildResult build(TestPublication p, Format format) {
    return new Pipeline()
        .build(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).formats(EnumSet.of(format)).build());
  }

  @Test
  void pageSizeAndAuthorStylesheetApplyToThePdf() throws Exception {
    TestPublication p =
        paper("page-size: A5\nmargins: 15mm\naccent: \"#8a1538\"\ncss: styles/extra.css")
            .file("styles/extra.css", "@page landscape-test { size: A5; }\n.unit p { letter-spacing: 0.05em; }\n");

    BuildResult result = build(p, Format.PDF);

    assertTrue(result.succeeded(), result.diagnostics()::toString);
    try (PdfProbe probe = new PdfProbe(result.outputs().get(0))) {
      PDRectangle box = probe.pdf.getPage(0).getMediaBox();
      assertEquals(PDRectangle.A5.getWidth(), box.getWidth(), 1.0f);
      assertEquals(PDRectangle.A5.getHeight(), box.getHeight(), 1.0f);
    }
  }

  @Test
  void accentAndAuthorStylesheetReachTheHtmlEdition() throws Exception {
    TestPublication p =
        paper("accent: \"#8a1538\"\ncss: styles/extra.css").file("styles/extra.css", ".unit p { letter-spacing: 0.05em; }\n");

    BuildResult result = build(p, Format.HTML);

    assertTrue(result.succeeded(), result.diagnostics()::toString);
    String css = Files.readString(root.resolve("out/paper/html/colophon.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("--accent: #8a1538;"), "accent in the site CSS");
    assertTrue(css.endsWith(".unit p { letter-spacing: 0.05em; }\n\n"), "author CSS comes last");
  }

  @Test
  void bodyFontPicksTheHtmlBodyFontAndTheWebFontsTheSiteCarries() throws Exception {
    BuildResult serifPaper = build(paper("body-font: serif"), Format.HTML);
    assertTrue(serifPaper.succeeded(), serifPaper.diagnostics()::toString);
    Path site = root.resolve("out/paper/html");
    String css = Files.readString(site.resolve("colophon.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("body, .kind-book main { font-family: var(--serif); }"), css);
    assertEquals(
        List.of("NotoSansSC-Bold.woff", "NotoSansSC-Regular.woff", "NotoSerifSC-Bold.woff", "NotoSerifSC-Regular.woff", "OFL-NotoSC.txt"),
        list(site.resolve("fonts")));

    // A book set in sans: its main column follows body-font (the theme's serif rule is more
    // specific than body), so the site needs no serif faces.
    TestPublication book =
        TestPublication.create(
                root.resolve("book"),
                "novel",
                "title: 书\nkind: book\nchapters: [01.md]\ntheme:\n  body-font: sans\n")
            .file("01.md", "# 章 {#sec-one}\n\n正文，`code`。\n");
    BuildResult sansBook =
        new Pipeline()
            .build(book.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).formats(EnumSet.of(Format.HTML)).build());
    assertTrue(sansBook.succeeded(), sansBook.diagnostics()::toString);
    Path bookSite = root.resolve("out/novel/html");
    assertTrue(
        Files.readString(bookSite.resolve("colophon.css"), StandardCharsets.UTF_8)
            .contains("body, .kind-book main { font-family: var(--sans); }"));
    assertEquals(
        List.of("JetBrainsMono-Bold.woff", "JetBrainsMono-Regular.woff", "NotoSansSC-Bold.woff", "NotoSansSC-Regular.woff",
            "OFL-JetBrainsMono.txt", "OFL-NotoSC.txt"),
        list(bookSite.resolve("fonts")));
  }

  private static List<String> list(Path folder) throws java.io.IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void badThemeValuesAreManifestErrorsAtTheirKey() {
    TestPublication p = paper("page-size: A3\nmargins: wide\naccent: red\nbody-font: comic\ncss: ../outside.css");

    BuildResult result = build(p, Format.PDF);

    List<Diagnostic> d = result.diagnostics();
    assertEquals(5, d.size(), d::toString);
    assertTrue(d.stream().allMatch(x -> x.code().equals("invalid-manifest")), d::toString);
    assertEquals(List.of(5, 6, 7, 8, 9), d.stream().map(Diagnostic::line).toList());
    assertTrue(d.get(0).hint().contains("A5"), d.get(0)::format);
  }

  @Test
  void anAuthorsTemplatesReplaceTheBundledOnesOfTheSameNameOnly() throws Exception {
    TestPublication p =
        paper("templates: templates")
            .file("templates/html-toc.mustache", "<nav class=\"my-contents\">{{#toc}}<a href=\"{{href}}\">{{title}}</a>{{/toc}}</nav>\n")
            .file("templates/print.mustache", "<html><head><title>{{title}}</title></head><body><h1>自定义封面 {{title}}</h1>{{#units}}{{{html}}}{{/units}}</body></html>\n");

    BuildResult html = build(p, Format.HTML);
    assertTrue(html.succeeded(), html.diagnostics()::toString);
    String page = Files.readString(root.resolve("out/paper/html/index.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<nav class=\"my-contents\">"), "the author's partial is used");
    assertTrue(page.contains("colophon.css"), "the rest of the bundled page template stays");

    BuildResult pdf = build(p, Format.PDF);
    assertTrue(pdf.succeeded(), pdf.diagnostics()::toString);
    try (PdfProbe probe = new PdfProbe(pdf.outputs().get(0))) {
      assertTrue(probe.compactText().startsWith("自定义封面主题测试"), probe::compactText);
    }
  }

  @Test
  void aTemplatesFolderOutsideThePublicationIsRefused() {
    BuildResult result = build(paper("templates: ../elsewhere"), Format.PDF);

    assertEquals(List.of("invalid-manifest"), result.diagnostics().stream().map(Diagnostic::code).toList());
  }
}

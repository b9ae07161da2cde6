package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML edition's layout options and page names, the search index's terms, and the check for
 * images without alternative text. The sample sites are checked link by link in
 * {@code html.HtmlSiteLinksTest} and in a browser in {@code html.HtmlBrowserTest}.
 */
class HtmlEditionTest {
  private static final Pipeline PIPELINE = new Pipeline();

  @TempDir Path root;

  private BuildResult buildHtml(TestPublication p) {
    BuildResult result =
        PIPELINE.build(
            p.folder(),
            BuildOptions.builder()
                .outputDirectory(root.resolve("out"))
                .formats(EnumSet.of(Format.HTML))
                .buildTime(Instant.parse("2022-11-15T00:00:00Z"))
                .build());
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    return result;
  }

  private static List<String> files(Path site) throws Exception {
    try (Stream<Path> list = Files.list(site)) {
      return list.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void singlePageOptionPutsEverythingOnIndexHtml() throws Exception {
    TestPublication p = PipelineTest.paper(root.resolve("src"));
    String manifest = Files.readString(p.folder().resolve("publication.yaml"), StandardCharsets.UTF_8);
    p.file("publication.yaml", manifest + "html:\n  single: true\n");

    buildHtml(p);

    Path site = root.resolve("out/open-banking/html");
    assertEquals(List.of("colophon.css", "colophon.js", "index.html", "search-index.js"), files(site));
    String page = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("开放银行的兴起") && page.contains("生态模式") && page.contains("执行摘要"), page);
    assertTrue(page.contains("<a href=\"#sec-models\" class=\"xref\">第 2 章</a>"), page);
    assertTrue(page.contains("<a href=\"#sec-rise\"><span class=\"toc-label\">第 1 章</span> 开放银行的兴起</a>"), page);
    assertFalse(page.contains("class=\"pager\""), "one page has no previous and next");
    String index = Files.readString(site.resolve("search-index.js"), StandardCharsets.UTF_8);
    assertTrue(index.contains("\"index.html#sec-drivers\""), index);
  }

  @Test
  void unknownKeysInTheHtmlBlockAreErrors() {
    TestPublication p = PipelineTest.paper(root.resolve("src"));
    p.file("publication.yaml", read(p.folder().resolve("publication.yaml")) + "html:\n  singel: true\n");

    BuildResult result = PIPELINE.check(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).build());

    assertFalse(result.succeeded());
    assertTrue(
        result.diagnostics().stream().anyMatch(d -> d.code().equals("unknown-manifest-key") && d.message().contains("singel")),
        result.diagnostics()::toString);
  }

  @Test
  void pagesAreNamedAfterTitleLabelsOrFilePaths() throws Exception {
    TestPublication p =
        TestPublication.create(
                root.resolve("src"),
                "names",
                """
                title: Names
                language: en
                front: [preface.md]
                chapters: [chapters/01-intro.md, chapters/02.md]
                appendices: [appendix/index.md]
                """)
            .file("preface.md", "# Preface\n\nWhy.\n")
            .file("chapters/01-intro.md", "# Introduction\n\nSee [the next chapter](02.md#sec-next-two).\n")
            .file("chapters/02.md", "# Next {#sec:next}\n\n## Two {#sec-next-two}\n\nText.[^n]\n\n[^n]: A note.\n")
            .file("appendix/index.md", "# Index {#index}\n\nBack to @sec:next.\n");

    buildHtml(p);

    Path site = root.resolve("out/names/html");
    assertEquals(
        List.of(
            "chapters-01-intro.html", "colophon.css", "colophon.js", "index.html", "preface.html",
            "search-index.js", "sec-next.html", "unit-index.html"),
        files(site));
    String intro = Files.readString(site.resolve("chapters-01-intro.html"), StandardCharsets.UTF_8);
    assertTrue(intro.contains("<a href=\"sec-next.html#sec-next-two\">the next chapter</a>"), intro);
    assertTrue(intro.contains("<html lang=\"en\">"), intro);
    String next = Files.readString(site.resolve("sec-next.html"), StandardCharsets.UTF_8);
    assertTrue(next.contains("href=\"#sec:next-fn-1\""), "footnotes link within their page: " + next);
    assertTrue(next.contains("rel=\"prev\" href=\"chapters-01-intro.html\""), next);
    assertTrue(next.contains("rel=\"next\" href=\"unit-index.html\""), next);
    String appendix = Files.readString(site.resolve("unit-index.html"), StandardCharsets.UTF_8);
    assertTrue(appendix.contains("<a href=\"sec-next.html#sec:next\" class=\"xref\">Chapter 2</a>"), appendix);
    assertFalse(appendix.contains("rel=\"next\""), "the last page has no next");
  }

  @Test
  void aDraftIsBanneredOnEveryPage() throws Exception {
    BuildResult result = buildHtml(PipelineTest.paper(root.resolve("src")));
    Path site = result.outputs().get(0).getParent();
    List<String> pages = files(site).stream().filter(f -> f.endsWith(".html")).toList();
    assertEquals(4, pages.size(), pages::toString);
    for (String page : pages) {
      assertTrue(
          Files.readString(site.resolve(page), StandardCharsets.UTF_8).contains("colophon-draft-banner"), page);
    }
  }

  @Test
  void anImageWithoutAlternativeTextIsAWarning() {
    TestPublication p =
        TestPublication.whitePaper(root.resolve("src"), "# 章 {#sec-a}\n\n正文。\n\n![](images/a.svg)\n")
            .file(
                "chapters/images/a.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");

    BuildResult result = PIPELINE.check(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).build());

    assertTrue(result.succeeded(), result.diagnostics()::toString);
    assertTrue(
        result.diagnostics().stream()
            .anyMatch(d -> d.code().equals("missing-alt") && d.severity() == Severity.WARNING),
        result.diagnostics()::toString);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package io.github.colophon.core.hostile;

import static io.github.colophon.core.hostile.Hostile.CHAPTER;
import static io.github.colophon.core.hostile.Hostile.assertAt;
import static io.github.colophon.core.hostile.Hostile.check;
import static io.github.colophon.core.hostile.Hostile.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Edition;
import io.github.colophon.core.TestPublication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw HTML policy (docs/security.md): raw HTML is cleaned with jsoup's Safelist cleaner;
 * every removal is an {@code unsafe-html} warning at its place; malformed raw HTML cannot break
 * the page around it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RawHtmlTest {
  @TempDir Path root;

  private static final String HEAD = "# 章 {#sec-ch}\n\n正文。\n\n";

  /** The HTML page of the one chapter, built as the HTML edition. */
  private Document page(TestPublication p) throws IOException {
    BuildResult r = Hostile.buildHtml(p, root.resolve("out"));
    assertTrue(r.succeeded(), r.diagnostics()::toString);
    Path site = root.resolve("out/paper/html");
    try (Stream<Path> pages = Files.list(site)) {
      Path chapter =
          pages
              .filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().equals("index.html"))
              .findFirst()
              .orElseThrow();
      return Jsoup.parse(Files.readString(chapter));
    }
  }

  @Test
  void aScriptBlockIsRemovedWithAWarningAtItsPlace() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(root, HEAD + "<script>alert(document.cookie)</script>\n\n后文。\n");

    List<Diagnostic> d = check(p);
    Diagnostic w = Hostile.single(d, "unsafe-html");
    assertAt(w, CHAPTER, 5, 1);
    assertFalse(w.isError());
    assertTrue(w.message().contains("<script>"), w::format);

    Document html = page(p);
    assertTrue(html.select("main script, article script").isEmpty(), html::html);
    assertFalse(html.html().contains("alert(document.cookie)"));
    assertTrue(html.text().contains("后文"));
  }

  @Test
  void everyDangerousThingIsNamedAtItsOwnPlace() {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            HEAD
                + "<iframe src=\"https://example.org/\"></iframe>\n\n"
                + "<div class=\"box\" onclick=\"steal()\" style=\"position:fixed\">框</div>\n\n"
                + "点 <a href=\"javascript:alert(1)\">这里</a> 或 <img src=\"data:image/png;base64,AAAA\" alt=\"图\">。\n\n"
                + "<object data=\"x.swf\"></object><embed src=\"y.swf\">\n");

    List<Diagnostic> d = check(p);

    assertEquals(
        List.of(
            "5:1 the <iframe> element",
            "7:1 the event handler onclick of <div>",
            "7:1 the style attribute of <div>",
            "9:3 the javascript: URL in href of <a>",
            "9:42 the data: URL in src of <img>",
            "11:1 the <object> element",
            "11:31 the <embed> element"),
        d.stream()
            .map(x -> x.line() + ":" + x.column() + " " + x.message().replace("raw HTML: ", "").replace(" is removed", ""))
            .toList(),
        d::toString);
    assertTrue(d.stream().allMatch(x -> x.code().equals("unsafe-html") && !x.isError()));
  }

  @Test
  void theEditionKeepsTheTextAndDropsTheDanger() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            HEAD
                + "<div class=\"box\" onclick=\"steal()\">框里的字</div>\n\n"
                + "点 <a href=\"javascript:alert(1)\">这里</a> 看。\n\n"
                + "<iframe src=\"https://example.org/\">框架里的字</iframe>\n");

    String html = page(p).html();

    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("<iframe"), html);
    assertTrue(html.contains("<div class=\"box\">框里的字</div>"), html);
    assertTrue(html.contains("这里"), html);
  }

  @Test
  void allowedRawHtmlIsKeptWithoutWarnings() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            HEAD
                + "按 <kbd>Ctrl</kbd>+<kbd>C</kbd> 复制，H<sub>2</sub>O，E=mc<sup>2</sup>，"
                + "<abbr title=\"开放银行\">OB</abbr>，<a href=\"https://example.org/\">链接</a>。\n\n"
                + "<table class=\"plain\">\n<tr><td colspan=\"2\">甲</td></tr>\n</table>\n\n"
                + "<details><summary>更多</summary>\n<p>细节。</p>\n</details>\n");

    assertEquals(List.of(), check(p));
    String html = page(p).html();
    assertTrue(html.contains("<kbd>Ctrl</kbd>"), html);
    assertTrue(html.contains("H<sub>2</sub>O"), html);
    assertTrue(html.contains("<abbr title=\"开放银行\">OB</abbr>"), html);
    assertTrue(html.contains("<a href=\"https://example.org/\">链接</a>"), html);
    assertTrue(html.contains("<td colspan=\"2\">甲</td>"), html);
    assertTrue(html.contains("<summary>更多</summary>"), html);
  }

  /** An unclosed div and a stray end tag stay inside their own block. */
  @Test
  void malformedRawHtmlCannotBreakThePageStructure() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            HEAD
                + "<div class=\"open\"><span><b>没有关闭\n\n"
                + "前一段。\n\n"
                + "</div></div></main></body>\n\n"
                + "后一段 </section></article> 仍在原处。\n");

    assertEquals(List.of(), check(p));
    Document html = page(p);
    Element before = html.selectFirst("p:containsOwn(前一段)");
    Element after = html.selectFirst("p:containsOwn(后一段)");
    assertNotNull(before, html::html);
    assertNotNull(after, html::html);
    assertEquals(before.parent(), after.parent(), "both paragraphs keep their place");
    assertTrue(before.parents().stream().noneMatch(e -> e.hasClass("open")), "the open div was closed in its block");
    // Whatever follows the chapter in the template is still outside it.
    Element chapterBox = before.parent();
    assertTrue(chapterBox.select("p").size() >= 2);
  }

  @Test
  void rawImagesAreCheckedLikeMarkdownImages() {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            HEAD
                + "<img src=\"../../../../etc/passwd\" alt=\"x\">\n\n"
                + "<p><img src=\"https://example.org/t.png\" alt=\"y\"></p>\n\n"
                + "<img src=\"../images/none.png\" alt=\"z\">\n");

    List<Diagnostic> d = check(p);

    assertEquals(
        List.of("5:11 path-outside-publication", "7:14 remote-resource", "9:11 missing-image"),
        d.stream().map(x -> x.line() + ":" + x.column() + " " + x.code()).toList(),
        d::toString);
  }

  @Test
  void textInRawHtmlIsCheckedForGlyphs() {
    TestPublication p = TestPublication.whitePaper(root, HEAD + "<p>笑 \uD83D\uDE00</p>\n");

    Diagnostic d = Hostile.single(check(p), "missing-glyph");

    assertAt(d, CHAPTER, 5, 6);
  }

  @Test
  void commentsAreDroppedQuietly() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(root, HEAD + "<!-- 编辑备注：<script>x()</script> -->\n\n后文 <!-- 内联 --> 。\n");

    assertEquals(List.of(), check(p));
    String html = page(p).html();
    assertFalse(html.contains("编辑备注"), html);
    assertFalse(html.contains("内联"), html);
  }

  @Test
  void aReleaseRefusesRawHtmlThatWouldBeRemoved() {
    TestPublication p = TestPublication.whitePaper(root, HEAD + "<script>x()</script>\n");

    BuildResult r =
        Hostile.PIPELINE.check(
            p.folder(),
            BuildOptions.builder().outputDirectory(root.resolve("out")).edition(Edition.RELEASE).build());

    assertFalse(r.succeeded());
    assertEquals(List.of("unsafe-html"), codes(r.diagnostics()));
  }
}

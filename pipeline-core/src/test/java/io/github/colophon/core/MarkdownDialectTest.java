package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown dialect as rendered to HTML: numbering, labels, fenced divs, references. */
class MarkdownDialectTest {
  @TempDir Path root;

  private Analysis analyse(String chapter) {
    Analysis a = Analysis.of(TestPublication.whitePaper(root, chapter));
    assertTrue(a.diagnostics().isEmpty(), () -> a.diagnostics().toString());
    return a;
  }

  private static void assertContains(String html, String expected) {
    assertTrue(html.contains(expected), () -> "expected\n" + expected + "\nin\n" + html);
  }

  @Test
  void theSpacesAroundAReferenceInChineseTextAreNotTypesetWhereNoGapBelongs() {
    String html =
        analyse(
                """
                # 章 {#sec-c}

                | 甲 | 乙 |
                |---|---|
                | 1 | 2 |

                : 表题 {#tbl-x}

                数据见 @tbl-x 。分布见 @tbl-x ，如 @tbl-x 所示；第 @sec-c 讲过，见 [-@tbl-x] 与 Table @tbl-x 。
                """)
            .html(0)
            .replaceAll("<a [^>]*>", "[")
            .replace("</a>", "]");
    assertContains(html, "数据见[表 1.1]。");
    assertContains(html, "分布见[表 1.1]，如[表 1.1] 所示；");
    assertContains(html, "见 [1.1] 与 Table [表 1.1]。");
  }

  @Test
  void chapterTitleCarriesItsLocalisedNumberAndLabel() {
    String html = analyse("# 发展背景 {#sec-background}\n\n正文。\n").html(0);

    assertContains(html, "<h1 id=\"sec-background\"><span class=\"unit-label\">第 1 章</span><span class=\"title\">发展背景</span></h1>");
  }

  @Test
  void sectionsAreNumberedWithinTheChapter() {
    String html = analyse("# 章 {#sec-c}\n\n## 甲 {#sec-a}\n\n### 甲一\n\n## 乙\n\n正文。\n").html(0);

    assertContains(html, "<h2 id=\"sec-a\"><span class=\"number\">1.1</span> <span class=\"title\">甲</span></h2>");
    assertContains(html, "<span class=\"number\">1.1.1</span> <span class=\"title\">甲一</span>");
    assertContains(html, "<span class=\"number\">1.2</span> <span class=\"title\">乙</span>");
  }

  @Test
  void figureWithLabelBecomesANumberedFigure() {
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\n\n![系统架构](images/arch.svg){#fig-arch}\n\n见 @fig-arch。\n")
            .file("chapters/images/arch.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Analysis a = Analysis.of(p);
    assertTrue(a.diagnostics().isEmpty(), () -> a.diagnostics().toString());
    String html = a.html(0);

    assertContains(html, "<figure class=\"figure\" id=\"fig-arch\">");
    assertContains(html, "<img src=\"img/images/arch.svg\" alt=\"系统架构\" />");
    assertContains(html, "<figcaption><span class=\"caption-label\">图 1.1</span> 系统架构</figcaption>");
    assertContains(html, "见<a href=\"#fig-arch\" class=\"xref\">图 1.1</a>。");
  }

  @Test
  void tableCaptionLineNumbersTheTableAndIsNotRenderedAsText() {
    String html =
        analyse("# 章\n\n| 指标 | 数值 |\n|---|---:|\n| 甲 | 1 |\n\n: 关键指标 {#tbl-key}\n\n参见 [@tbl-key]。\n").html(0);

    assertContains(html, "<figure class=\"table\" id=\"tbl-key\" tabindex=\"0\" aria-label=\"关键指标\">");
    assertContains(html, "<figcaption><span class=\"caption-label\">表 1.1</span> 关键指标</figcaption>");
    assertFalse(html.contains(": 关键指标"), html);
    assertContains(html, "参见<a href=\"#tbl-key\" class=\"xref\">表 1.1</a>。");
  }

  @Test
  void caseBlocksAreNumberedAcrossThePublicationAndReferable() {
    String html =
        analyse(
                """
                # 章

                ::: {.case #case-bank}
                ### 某银行的实践

                正文。
                :::

                ::: {.case #case-broker}
                ### 某券商

                正文。
                :::

                见 @case-bank 与 [@case-bank; @case-broker]，以及 [-@case-broker]。
                """)
            .html(0);

    assertContains(html, "<section id=\"case-bank\" class=\"case\">\n<p class=\"case-label\">案例 1</p>");
    assertContains(html, "<section id=\"case-broker\" class=\"case\">\n<p class=\"case-label\">案例 2</p>");
    assertContains(html, "见<a href=\"#case-bank\" class=\"xref\">案例 1</a> 与<a href=\"#case-bank\" class=\"xref\">案例 1</a>、<a href=\"#case-broker\" class=\"xref\">案例 2</a>");
    assertContains(html, "以及 <a href=\"#case-broker\" class=\"xref\">2</a>。");
  }

  @Test
  void fencedDivsNestAndTheClosingFenceClosesTheInnermost() {
    String html =
        analyse(
                """
                # 章

                ::: {.callout .warning}
                外层。

                ::: note
                内层。
                :::

                仍在外层。
                :::

                之后。
                """)
            .html(0);

    assertContains(html, "<aside class=\"callout warning\">\n<p>外层。</p>\n<div class=\"note\">\n<p>内层。</p>\n</div>\n<p>仍在外层。</p>\n</aside>\n<p>之后。</p>");
  }

  @Test
  void pandocCrossrefColonLabelsResolve() {
    String html = analyse("# 章 {#sec:intro}\n\n## 节 {#sec:part}\n\n见 @sec:part 与 @sec:intro。\n").html(0);

    assertContains(html, "<a href=\"#sec:part\" class=\"xref\">1.1 节</a>");
    assertContains(html, "<a href=\"#sec:intro\" class=\"xref\">第 1 章</a>");
  }

  @Test
  void emailAddressesAndUnknownPrefixesStayText() {
    String html = analyse("# 章\n\n联系 team@sec-x.org 或 @someone。\n").html(0);

    assertContains(html, "<p>联系 team@sec-x.org 或 @someone。</p>");
  }

  @Test
  void lineBreaksBetweenChineseCharactersJoinWithoutASpace() {
    String html = analyse("# 章\n\n第一行的文字\n接着第二行。\nEnglish words\nwrap normally.\n").html(0);

    assertContains(html, "第一行的文字接着第二行。\nEnglish words\nwrap normally.");
  }

  @Test
  void footnoteIdsArePrefixedByTheUnitSoUnitsCanShareAPage() {
    String html = analyse("# 章 {#sec-one}\n\n正文[^1]。\n\n[^1]: 注释。\n").html(0);

    assertContains(html, "href=\"#sec-one-fn-1\"");
    assertContains(html, "id=\"sec-one-fn-1\"");
  }

  @Test
  void frontMatterIsCheckedAndSkippedButLineNumbersStay() {
    Analysis a =
        Analysis.of(TestPublication.whitePaper(root, "---\ntitle: x\n---\n# 章\n\n见 @sec-nowhere。\n"));

    assertEquals(1, a.diagnostics().size(), a.diagnostics()::toString);
    assertEquals(6, a.diagnostics().get(0).line());
    assertEquals(3, a.diagnostics().get(0).column());
  }

  @Test
  void malformedFrontMatterIsAnError() {
    Analysis a = Analysis.of(TestPublication.whitePaper(root, "---\ntitle: [x\n---\n# 章\n\n正文。\n"));

    assertEquals("invalid-front-matter", a.diagnostics().get(0).code());
    assertEquals("paper/chapters/01.md", a.diagnostics().get(0).file());
  }

  @Test
  void aGapIsSetBetweenHanAndLatinWhereTheAuthorTypedNone() {
    String html = analyse("# 章\n\n开放API接口在2022年覆盖了3类场景，API 已有空格。\n").html(0);

    assertContains(html, "<p>开放 API 接口在 2022 年覆盖了 3 类场景，API 已有空格。</p>");
  }
}

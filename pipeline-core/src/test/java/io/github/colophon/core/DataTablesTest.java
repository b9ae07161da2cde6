package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables from data files: ```{table source=…}: columns, renaming, formats, sorting, totals. */
class DataTablesTest {
  @TempDir Path root;

  static final String MAU =
      "机构,2021,2022,备注\n"
          + "星河银行,\"12,345\",0.528,\"含 \"\"长辈版\"\"，逗号,也行\"\n"
          + "云帆银行,8901,0.612,\n"
          + "长桥农商银行,2103.5,0.35,\"两行\n备注\"\n";

  private Analysis analyse(String chapter, String file, byte[] csv) {
    TestPublication p = TestPublication.whitePaper(root, chapter);
    p.bytes(file, csv);
    return Analysis.of(p);
  }

  private static Element table(Analysis a) {
    return Jsoup.parseBodyFragment(a.html(0)).selectFirst("figure.table");
  }

  private static List<List<String>> cells(Element figure) {
    return figure.select("tr").stream()
        .map(tr -> tr.select("th, td").stream().map(Element::text).toList())
        .toList();
  }

  @Test
  void formatsRenamesSortsAndTotalsAndIsATableForReferences() {
    Analysis a =
        analyse(
            "# 章\n\n见 @tbl-mau 。\n\n"
                + "```{table source=\"../data/mau.csv\" #tbl-mau caption=\"手机银行月活跃用户（示例）\""
                + " columns=\"机构,2022,2021\" rename=\"2021:2021 年,2022:2022 年\""
                + " format=\"2021:#,##0.0;2022:0.0%\" sort=\"-2022\" total=\"true\"}\n```\n",
            "data/mau.csv",
            ("\uFEFF" + MAU).getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    Element figure = table(a);
    assertEquals("tbl-mau", figure.id());
    // Its scroll area is a labelled region reachable from the keyboard, as a Markdown table's is.
    assertEquals("0", figure.attr("tabindex"));
    assertFalse(figure.hasAttr("role"), "a figure keeps its own role (HTML5 allows no region on it)");
    assertEquals("手机银行月活跃用户（示例）", figure.attr("aria-label"));
    assertEquals("表 1.1 手机银行月活跃用户（示例）", figure.selectFirst("figcaption").text());
    assertEquals(
        List.of(
            List.of("机构", "2022 年", "2021 年"),
            List.of("云帆银行", "61.2%", "8,901.0"),
            List.of("星河银行", "52.8%", "12,345.0"),
            List.of("长桥农商银行", "35.0%", "2,103.5"),
            List.of("合计", "149.0%", "23,349.5")),
        cells(figure));
    // numbers are right-aligned, text is not; the total row is marked
    assertTrue(figure.select("tbody tr").get(0).child(1).hasClass("num"));
    assertFalse(figure.select("tbody tr").get(0).child(0).hasClass("num"));
    assertTrue(figure.select("[align]").isEmpty(), "no obsolete align attributes");
    assertTrue(figure.selectFirst("tr.total") != null);
    // a table for cross-references and counting
    assertEquals("表 1.1", a.numbering().forLabel("tbl-mau").display());
    assertTrue(Jsoup.parseBodyFragment(a.html(0)).select("a.xref[href=#tbl-mau]").size() == 1);
  }

  @Test
  void withoutOptionsEveryColumnIsShownAsWrittenAndQuotedFieldsSurvive() {
    Analysis a =
        analyse(
            "# 章\n\n见 @tbl-all 。\n\n```{table source=\"../data/mau.csv\" #tbl-all caption=\"全部\"}\n```\n",
            "data/mau.csv",
            MAU.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    List<List<String>> cells = cells(table(a));
    assertEquals(List.of("机构", "2021", "2022", "备注"), cells.get(0));
    assertEquals(List.of("星河银行", "12,345", "0.528", "含 \"长辈版\"，逗号,也行"), cells.get(1));
    assertEquals("两行 备注", cells.get(3).get(3)); // the quoted line break is kept (shown as space)
    assertEquals(4, cells.size());
  }

  @Test
  void tsvFilesAndPercentCellsAndOneFormatForAllNumbers() {
    Analysis a =
        analyse(
            "# 章\n\n见 @tbl-tsv 。\n\n```{table source=\"../data/share.tsv\" #tbl-tsv caption=\"渠道\" format=\"0.0%\" sort=\"渠道\" total=\"总计\"}\n```\n",
            "data/share.tsv",
            "渠道\t占比\n网上银行\t7.5%\n手机银行\t81.25%\n其他\t11.25%\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    assertEquals(
        List.of(
            List.of("渠道", "占比"),
            List.of("其他", "11.3%"),
            List.of("手机银行", "81.3%"),
            List.of("网上银行", "7.5%"),
            List.of("总计", "100.0%")),
        cells(table(a)));
  }

  @Test
  void inTheHtmlEditionADataTableIsAKeyboardReachableRegionNamedLikeAMarkdownTable() {
    Analysis a =
        analyse(
            "# 章\n\n见 @tbl-named、@tbl-bare 与 @tbl-markdown 。\n\n"
                + "```{table source=\"../data/mau.csv\" #tbl-named caption=\"月活跃用户\" columns=\"机构,2022\"}\n```\n\n"
                + "```{table source=\"../data/mau.csv\" #tbl-bare columns=\"机构\"}\n```\n\n"
                + "| 指标 | 数值 |\n|---|---:|\n| 甲 | 1 |\n\n: 月活跃用户 {#tbl-markdown}\n",
            "data/mau.csv",
            MAU.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(a.html(0));
    Element named = html.getElementById("tbl-named");
    Element bare = html.getElementById("tbl-bare");
    Element markdown = html.getElementById("tbl-markdown");
    for (Element figure : List.of(named, bare, markdown)) {
      assertEquals("0", figure.attr("tabindex"), figure::outerHtml);
      assertFalse(figure.hasAttr("role"), figure::outerHtml);
    }
    assertEquals("月活跃用户", named.attr("aria-label"));
    assertEquals(markdown.attr("aria-label"), named.attr("aria-label"), "named as a Markdown table is");
    assertEquals("表 1.2", bare.attr("aria-label"), "a table without a caption is named by its number");
  }

  @Test
  void ordinaryCodeBlocksStayCode() {
    Analysis a = analyse("# 章\n\n```java\nint table = 1;\n```\n\n```{.python}\nx = 1\n```\n", "data/none.csv", new byte[0]);

    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    assertEquals(2, Jsoup.parseBodyFragment(a.html(0)).select("pre > code").size());
  }
}

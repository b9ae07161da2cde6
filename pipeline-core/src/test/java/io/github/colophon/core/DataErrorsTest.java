package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems with data tables and charts are errors that point at the place to fix: the data file's
 * line and column for what is wrong in the data, the Markdown for what is wrong with the block.
 */
class DataErrorsTest {
  @TempDir Path root;

  private List<Diagnostic> check(String block, String csv) {
    TestPublication p =
        TestPublication.whitePaper(
            root, "# 章\n\n见 @" + (block.startsWith("```{table") ? "tbl" : "fig") + "-x 。\n\n" + block + "\n```\n");
    if (csv != null) {
      p.file("data/x.csv", csv);
    }
    return Analysis.of(p).diagnostics();
  }

  private static Diagnostic only(List<Diagnostic> d, String code) {
    assertEquals(List.of(code), d.stream().map(Diagnostic::code).toList(), d::toString);
    return d.get(0);
  }

  @Test
  void missingDataFileIsReportedAtTheSourceAttribute() {
    Diagnostic d =
        only(check("```{chart #fig-x source=\"../data/y.csv\" caption=\"图\"}", "a,b\n甲,1\n"), "missing-data-file");
    assertEquals("paper/chapters/01.md", d.file());
    assertEquals(5, d.line());
    assertEquals(18, d.column());
    assertEquals("did you mean '../data/x.csv'? data paths are relative to the Markdown file that uses them", d.hint());
  }

  @Test
  void dataFileOutsideThePublicationIsRefused() {
    only(check("```{chart #fig-x source=\"../../../etc/passwd\"}", null), "path-outside-publication");
  }

  @Test
  void missingColumnNamesTheFileAndSuggestsTheNearest() {
    Diagnostic d =
        only(check("```{chart #fig-x source=\"../data/x.csv\" x=\"机构\" y=\"2023\"}", "机构,2021,2022\n甲,1,2\n"), "missing-column");
    assertEquals(5, d.line());
    assertEquals(48, d.column());
    assertTrue(d.message().contains("paper/data/x.csv has no column '2023'"), d::format);
    assertTrue(d.hint().contains("the columns are: 机构, 2021, 2022"), d::format);
  }

  @Test
  void nonNumericValueIsReportedAtItsCellInTheDataFile() {
    Diagnostic d =
        only(
            check("```{chart #fig-x source=\"../data/x.csv\" y=\"2022\"}", "机构,2021,2022\n甲,1,2\n\"乙\",3,4 个\n"),
            "non-numeric-value");
    assertEquals("paper/data/x.csv", d.file());
    assertEquals(3, d.line());
    assertEquals(7, d.column());
    assertTrue(d.message().contains("'4 个' in column '2022' is not a number"), d::format);
  }

  @Test
  void aFormattedTableColumnMustHoldNumbers() {
    Diagnostic d =
        only(
            check("```{table #tbl-x source=\"../data/x.csv\" format=\"名称:0.0\"}", "名称,值\n甲,1\n—,2\n"),
            "non-numeric-value");
    assertEquals(2, d.line());
    assertEquals(1, d.column());
  }

  @Test
  void emptyDataIsAnErrorInTheDataFile() {
    Diagnostic headerOnly = only(check("```{chart #fig-x source=\"../data/x.csv\"}", "机构,2021\n"), "empty-data");
    assertEquals("paper/data/x.csv", headerOnly.file());
    assertEquals(2, headerOnly.line());
    Diagnostic empty = only(check("```{table #tbl-x source=\"../data/x.csv\"}", "\uFEFF"), "empty-data");
    assertEquals(1, empty.line());
  }

  @Test
  void raggedRowsAndBrokenQuotesAreInvalidCsv() {
    Diagnostic ragged = only(check("```{table #tbl-x source=\"../data/x.csv\"}", "a,b\n1,2\n3,4,5\n"), "invalid-csv");
    assertEquals(3, ragged.line());
    assertTrue(ragged.message().contains("3 fields but the header has 2"), ragged::format);
    Diagnostic quote = only(check("```{table #tbl-x source=\"../data/x.csv\"}", "a,b\n1,\"2\"x\n"), "invalid-csv");
    assertEquals(2, quote.line());
  }

  @Test
  void dataFilesMustBeUtf8() {
    byte[] gbk = "机构,值\n甲,1\n".getBytes(Charset.forName("GB18030"));
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\n\n见 @fig-x 。\n\n```{chart #fig-x source=\"../data/x.csv\"}\n```\n");
    p.bytes("data/x.csv", gbk);
    Diagnostic d = only(Analysis.of(p).diagnostics(), "invalid-encoding");
    assertEquals("paper/data/x.csv", d.file());
    assertEquals(1, d.line());
  }

  @Test
  void unknownAttributesAndValuesPointIntoTheBlock() {
    Diagnostic key = only(check("```{chart #fig-x source=\"../data/x.csv\" tpye=\"pie\"}", "a,b\n甲,1\n"), "invalid-data-block");
    assertEquals(41, key.column());
    assertTrue(key.hint().startsWith("did you mean 'type'?"), key::format);
    Diagnostic type = only(check("```{chart #fig-x source=\"../data/x.csv\" type=\"pi\"}", "a,b\n甲,1\n"), "invalid-data-block");
    assertTrue(type.message().contains("unknown chart type 'pi'"), type::format);
    Diagnostic unclosed = only(check("```{chart #fig-x source=\"../data/x.csv}", null), "invalid-data-block");
    assertEquals(5, unclosed.line());
    only(check("```{chart #fig-x caption=\"没有数据\"}", null), "invalid-data-block");
  }

  @Test
  void charactersOfTheDataWithoutAGlyphAreReportedInTheDataFile() {
    Diagnostic d = only(check("```{chart #fig-x source=\"../data/x.csv\"}", "机构,值\n甲,1\n人名𠀀,2\n"), "missing-glyph");
    assertEquals("paper/data/x.csv", d.file());
    assertEquals(3, d.line());
    assertEquals(1, d.column());
  }

  @Test
  void aChartIsAFigureForReferenceChecks() {
    TestPublication p =
        TestPublication.whitePaper(root, "# 章\n\n见 @tbl-x 。\n\n```{chart #tbl-x source=\"../data/x.csv\"}\n```\n");
    p.file("data/x.csv", "a,b\n甲,1\n");
    List<Diagnostic> d = Analysis.of(p).diagnostics();
    assertEquals(List.of("label-kind-mismatch"), d.stream().map(Diagnostic::code).toList(), d::toString);
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts from data files: each type renders as SVG with the expected series and labels, the same
 * bytes every time, and goes into the PDF as vector graphics in the bundled font.
 */
class ChartsTest {
  @TempDir Path root;

  static final String MAU = "机构,2021,2022\n星河银行,12345,15678\n云帆银行,8901,9502\n长桥农商银行,2103,3450\n";
  static final String CHANNELS = "渠道,占比\n手机银行,78.6\n网上银行,7.2\n自助设备,6.9\n网点柜面,4.3\n其他,3.0\n";
  static final String SCORE = "机构,科技投入占比,综合得分,满意度\n甲,1.2,48,60\n乙,2.4,57,66\n丙,3.0,63,70\n丁,3.8,71,69\n";

  /** The analysed one-chapter publication with one chart block, its data in data/x.csv. */
  private Analysis analyse(String attributes, String csv) {
    TestPublication p =
        TestPublication.whitePaper(
            root, "# 章\n\n见 @fig-x 。\n\n```{chart #fig-x source=\"../data/x.csv\" caption=\"示例图\" " + attributes + "}\n```\n");
    p.file("data/x.csv", csv);
    Analysis a = Analysis.of(p);
    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    return a;
  }

  /** The chart's SVG as written into the page. */
  private static String svgOf(String html) {
    int start = html.indexOf("<svg");
    return html.substring(start, html.indexOf("</svg>", start) + 6);
  }

  /** Parses SVG with an XML parser that reads no DTD and no external entity. */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static final List<String> OKABE_ITO =
      List.of("rgb(0,114,178)", "rgb(230,159,0)", "rgb(0,158,115)", "rgb(213,94,0)", "rgb(86,180,233)", "rgb(204,121,167)");

  /** The palette colours the SVG fills with, in order of first use: one per series (or slice). */
  static Set<String> seriesColours(String svg) {
    Set<String> colours = new LinkedHashSet<>();
    Matcher m = Pattern.compile("fill='(rgb\\(\\d+,\\d+,\\d+\\))'").matcher(svg);
    while (m.find()) {
      if (OKABE_ITO.contains(m.group(1))) {
        colours.add(m.group(1));
      }
    }
    return colours;
  }

  private Document check(Analysis a, int series, List<String> labels) {
    String svg = svgOf(a.html(0));
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    assertEquals("示例图", root.getAttribute("aria-label"));
    assertEquals(OKABE_ITO.subList(0, series), List.copyOf(seriesColours(svg)), svg);
    List<String> texts = texts(doc);
    for (String label : labels) {
      assertTrue(texts.contains(label), () -> label + " not among " + texts);
    }
    assertTrue(svg.contains("font-family='\"Noto Sans SC\""), "set in the bundled sans-serif face");
    assertFalse(svg.contains("style="), "no style attributes: the HTML edition's policy forbids them");
    return doc;
  }

  @Test
  void groupedBarChart() {
    Analysis a = analyse("type=\"bar\" x=\"机构\" y=\"2021,2022\" title=\"月活跃用户\" y-label=\"万户\"", MAU);
    check(a, 2, List.of("星河银行", "云帆银行", "长桥农商银行", "2021", "2022", "月活跃用户", "万户", "16,000"));
    assertEquals("图 1.1", a.numbering().forLabel("fig-x").display());
    // On a phone the chart scrolls inside its figure: a labelled region, reachable by keyboard.
    assertTrue(
        a.html(0).contains("<figure class=\"figure chart\" id=\"fig-x\" tabindex=\"0\" aria-label=\"示例图\">"),
        a.html(0));
  }

  @Test
  void horizontalStackedBarChartWithValueLabels() {
    Analysis a = analyse("orientation=\"horizontal\" stacked labels format=\"#,##0\"", MAU);
    Document doc = check(a, 2, List.of("星河银行", "15,678", "2022"));
    // The values sit on the bars: white on the blue series, near-black on the orange, neither
    // repainted by a dark page.
    NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String label = text.getTextContent();
      if (label.equals("12,345") || label.equals("15,678")) {
        assertEquals(label.equals("12,345") ? "rgb(255,255,255)" : "rgb(26,26,26)", text.getAttribute("fill"), label);
        assertEquals("", text.getAttribute("class"), label);
      }
    }
  }

  static final String STAGES =
      "阶段,2021 年占比,2022 年占比\n尚未启动,8.3%,4.2%\n试点探索,37.5%,29.6%\n全面推进,44.9%,52.8%\n深化提升,9.3%,13.4%\n";

  @Test
  void valueLabelsShowEachValueAsTheTableOfTheSameDataDoesWhileTheAxisTicksStayRound() {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            """
            # 章

            见 @tbl-x 与 @fig-x 。

            ```{table #tbl-x source="../data/x.csv" caption="阶段分布"}
            ```

            ```{chart #fig-x source="../data/x.csv" caption="阶段分布" y-format="0%" labels}
            ```
            """);
    p.file("data/x.csv", STAGES);
    Analysis a = Analysis.of(p);
    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());
    List<String> shownInTable =
        org.jsoup.Jsoup.parseBodyFragment(a.html(0)).select("figure.table td.num").eachText();
    assertEquals(8, shownInTable.size(), shownInTable::toString);
    assertTrue(shownInTable.contains("37.5%"), shownInTable::toString);
    List<String> texts = texts(parse(svgOf(a.html(0))));
    for (String value : shownInTable) {
      assertTrue(texts.contains(value), () -> value + " (as the table shows it) is not a label: " + texts);
    }
    assertFalse(texts.contains("38%"), texts::toString); // 37.5% rounded by the axis's format
    assertTrue(texts.containsAll(List.of("0%", "10%", "50%")), () -> "round ticks: " + texts);
  }

  @Test
  void aChartTakesATablesFormatForItsValueLabels() {
    List<String> texts =
        texts(parse(svgOf(analyse("y-format=\"0%\" labels format=\"2021 年占比:0.00%;2022 年占比:0%\"", STAGES).html(0))));
    assertTrue(texts.containsAll(List.of("37.50%", "8.30%", "30%", "53%")), texts::toString);
    assertFalse(texts.contains("37.5%"), texts::toString);
  }

  @Test
  void lineChart() {
    check(
        analyse("type=\"line\" x=\"年份\" y-format=\"0%\"", "年份,手机银行,网上银行,自助设备\n2020 年,73.5%,12%,8%\n2021 年,76.2%,11%,7%\n2022 年,78.6%,9%,6%\n"),
        3,
        List.of("2020 年", "2022 年", "手机银行", "自助设备", "80%"));
  }

  @Test
  void pieAndDonutCharts() {
    List<String> labels = List.of("手机银行 78.6%", "其他 3.0%", "网点柜面");
    check(analyse("type=\"pie\"", CHANNELS), 5, labels);
    check(analyse("type=\"donut\" y=\"占比\"", CHANNELS), 5, labels);
  }

  @Test
  void aSliceWhoseValueIsAShareAlreadyIsLabelledWithItAsWritten() {
    // The shares add up to 99%: computed again, 50.0% would be labelled 50.5%.
    List<String> texts = texts(parse(svgOf(analyse("type=\"pie\"", "渠道,占比\n甲,50.0%\n乙,30.0%\n丙,19.0%\n").html(0))));
    assertTrue(texts.containsAll(List.of("甲 50.0%", "乙 30.0%", "丙 19.0%")), texts::toString);
  }

  @Test
  void scatterChart() {
    check(
        analyse("type=\"scatter\" x=\"科技投入占比\" y=\"综合得分,满意度\" y-label=\"得分\"", SCORE),
        2,
        List.of("科技投入占比", "综合得分", "满意度", "得分"));
  }

  @Test
  void aChartHasNoBackgroundAndItsNeutralsCarryClassesForThePageToRepaint() {
    String svg = svgOf(analyse("type=\"line\" x=\"机构\" title=\"月活跃用户\"", MAU).html(0));
    Document doc = parse(svg);
    assertFalse(svg.contains("fill='rgb(255,255,255)'"), "no white background: the chart sits on the page");
    NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String expected = text.getTextContent().equals("月活跃用户") ? "chart-ink" : "chart-text";
      assertEquals(expected, text.getAttribute("class"), text.getTextContent());
    }
    assertTrue(svg.contains("stroke='rgb(225,231,238)' stroke-opacity='1.0'") && svg.contains("class='chart-grid'"), svg);
    // The series keep their colours; only black, the palette's eighth, is marked for dark pages.
    Matcher series = Pattern.compile("<[a-z]+ [^>]*stroke='rgb\\(0,114,178\\)'[^>]*>").matcher(svg);
    assertTrue(series.find());
    assertFalse(series.group().contains("class="), series.group());
    String black = svgOf(analyse("type=\"bar\" colors=\"#000000,#E69F00\"", MAU).html(0));
    assertTrue(black.matches("(?s).*fill='rgb\\(0,0,0\\)'[^>]*class='chart-black-fill'.*"), black);
    // A neutral that is one of the chart's own colours stays the author's.
    String own = svgOf(analyse("type=\"bar\" colors=\"#333333,#E69F00\"", MAU).html(0));
    assertFalse(own.contains("chart-text"), own);
  }

  @Test
  void theSvgIsTheSameBytesEveryTimeAndItsIdsAreTheChartsOwn() {
    Analysis a = analyse("type=\"bar\"", MAU);
    String first = svgOf(a.html(0));
    assertEquals(first, svgOf(a.html(0)));
    assertEquals(first, svgOf(analyse("type=\"bar\"", MAU).html(0)));
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"| id='([^']+)'").matcher(first);
    int count = 0;
    while (ids.find()) {
      String id = ids.group(1) != null ? ids.group(1) : ids.group(2);
      assertTrue(id.startsWith("fig-x-"), id);
      count++;
    }
    assertTrue(count > 1);
    assertFalse(first.contains("jfreesvg"), "no namespace of the library in the output");
  }

  @Test
  void thePdfHasTheChartAsVectorGraphicsWithItsChineseLabelsAsTextInTheBundledFonts() throws IOException {
    TestPublication p =
        TestPublication.whitePaper(
            root,
            """
            # 章

            图前的一段正文，说明月活跃用户的变化。

            ```{chart #fig-x source="../data/x.csv" caption="月活跃用户" title="三家机构的月活跃用户" x-label="机构名称" y-label="万户"}
            ```

            图后的一段正文，见 @fig-x 。
            """);
    p.file("data/x.csv", "机构,上年,本年\n星河银行,12345,15678\n云帆银行,8901,9502\n长桥农商银行,2103,3450\n");
    BuildResult result =
        new Pipeline().build(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).build());
    assertEquals(List.of(), result.diagnostics(), () -> result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(root.resolve("out/paper/paper.pdf"))) {
      int pageIndex = probe.pageWith("图1.1月活跃用户");
      PDPage page = probe.pdf.getPage(pageIndex);
      List<PDFormXObject> forms = new ArrayList<>();
      assertEquals(0, xobjects(page.getResources(), forms), "no image XObject: the chart is vector graphics");
      PDFormXObject chart =
          forms.stream()
              .filter(form -> tokens(form).stream().anyMatch(t -> t instanceof Operator op && op.getName().equals("Tj")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no form XObject on the page shows text"));

      // The labels are text on the chart's page: axis, categories, legend, title, ticks.
      String text = probe.pageText(pageIndex).replaceAll("\\s+", "");
      for (String label : List.of("星河银行", "云帆银行", "长桥农商银行", "机构名称", "万户", "上年", "本年", "三家机构的月活跃用户", "16,000")) {
        assertTrue(text.contains(label), () -> label + " is not text on the chart's page: " + text);
      }
      // ... set in the embedded subsets of the bundled faces, the same fonts as the body text.
      List<PdfProbe.FontUse> fonts = PdfProbe.fontsOf(chart.getResources());
      assertEquals(
          Set.of("NotoSansSC-Regular", "NotoSansSC-Bold"),
          fonts.stream().map(f -> f.name().substring(f.name().indexOf('+') + 1)).collect(java.util.stream.Collectors.toSet()),
          fonts::toString);
      assertTrue(fonts.stream().allMatch(f -> f.embedded() && f.subset()), fonts::toString);
      Set<String> bodyFonts = new java.util.HashSet<>();
      for (PDPage any : probe.pdf.getPages()) {
        for (COSName name : any.getResources().getFontNames()) {
          bodyFonts.add(any.getResources().getFont(name).getName());
        }
      }
      for (PdfProbe.FontUse font : fonts) {
        assertTrue(bodyFonts.contains(font.name()), font.name() + " is the body text's subset, not another: " + bodyFonts);
      }

      // The paragraphs around the chart still read as they were written.
      String reading = probe.readingText(true);
      assertTrue(reading.contains("图前的一段正文，说明月活跃用户的变化。"), reading);
      assertTrue(reading.contains("图后的一段正文，见图1.1。"), reading);
    }
  }

  @Test
  void theChartsTitleIsInTheThemesAccentInThePrintEdition() throws IOException {
    String manifest =
        """
        title: 开放银行白皮书
        kind: white-paper
        language: zh-CN
        chapters: [chapters/01.md]
        theme:
          accent: "#8a1538"
        """;
    TestPublication p =
        TestPublication.create(root, "paper", manifest)
            .file("chapters/01.md", "# 章\n\n见 @fig-x 。\n\n```{chart #fig-x source=\"../data/x.csv\" caption=\"示例图\" title=\"月活跃用户\"}\n```\n")
            .file("data/x.csv", MAU);
    Analysis a = Analysis.of(p);
    assertEquals(List.of(), a.diagnostics(), () -> a.diagnostics().toString());

    // The SVG the print edition draws: the title in the accent, still marked for the page's CSS.
    String print =
        new io.github.colophon.core.internal.render.PdfEditionWriter(io.github.colophon.core.internal.fonts.FontLibrary.bundled())
            .printHtml(a.document(), a.numbering());
    Element title = textElement(parse(svgOf(print)), "月活跃用户");
    assertEquals("rgb(138,21,56)", title.getAttribute("fill"));
    assertEquals("chart-ink", title.getAttribute("class"));
    assertFalse(svgOf(print).contains("rgb(15,45,74)"), "nothing left in the theme's own accent");
    // ... and the HTML edition's, the same.
    assertEquals("rgb(138,21,56)", textElement(parse(svgOf(a.html(0))), "月活跃用户").getAttribute("fill"));

    // In the PDF, the chart's drawing fills with the accent (sRGB 138/255, 21/255, 56/255).
    BuildResult result =
        new Pipeline()
            .build(p.folder(), BuildOptions.builder().outputDirectory(root.resolve("out")).formats(java.util.EnumSet.of(Format.PDF)).build());
    assertEquals(List.of(), result.diagnostics(), () -> result.diagnostics().toString());
    try (PdfProbe probe = new PdfProbe(root.resolve("out/paper/paper.pdf"))) {
      int pageIndex = probe.pageWith("月活跃用户");
      List<PDFormXObject> forms = new ArrayList<>();
      xobjects(probe.pdf.getPage(pageIndex).getResources(), forms);
      List<List<Float>> fills = new ArrayList<>();
      for (PDFormXObject form : forms) {
        fills.addAll(fillColours(form));
      }
      assertTrue(
          fills.stream().anyMatch(c -> near(c, 138, 21, 56)),
          () -> "no fill in the accent among the chart's fills " + fills);
      assertFalse(fills.stream().anyMatch(c -> near(c, 15, 45, 74)), () -> "the theme's own accent is left: " + fills);
    }
  }

  private static Element textElement(Document svg, String content) {
    NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().equals(content)) {
        return (Element) texts.item(i);
      }
    }
    throw new AssertionError("no text '" + content + "' in the SVG");
  }

  /** The operands of every three-component non-stroking colour the stream sets (rg, sc, scn). */
  private static List<List<Float>> fillColours(PDContentStream stream) {
    List<List<Float>> colours = new ArrayList<>();
    List<Float> operands = new ArrayList<>();
    for (Object token : tokens(stream)) {
      if (token instanceof org.apache.pdfbox.cos.COSNumber n) {
        operands.add(n.floatValue());
      } else if (token instanceof Operator op) {
        if (List.of("rg", "sc", "scn").contains(op.getName()) && operands.size() == 3) {
          colours.add(List.copyOf(operands));
        }
        operands.clear();
      } else {
        operands.clear();
      }
    }
    return colours;
  }

  private static boolean near(List<Float> colour, int r, int g, int b) {
    return Math.abs(colour.get(0) * 255 - r) < 1 && Math.abs(colour.get(1) * 255 - g) < 1 && Math.abs(colour.get(2) * 255 - b) < 1;
  }

  /** Counts image XObjects under {@code resources} and collects the form XObjects. */
  private static int xobjects(PDResources resources, List<PDFormXObject> forms) throws IOException {
    if (resources == null) {
      return 0;
    }
    int images = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        images++;
      } else if (x instanceof PDFormXObject form) {
        forms.add(form);
        images += xobjects(form.getResources(), forms);
      }
    }
    return images;
  }

  private static List<Object> tokens(PDContentStream stream) {
    try {
      return new PDFStreamParser(stream).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese line-breaking rules where a sentence runs through markup: closing punctuation after a
 * cross-reference, a link or emphasis must not start a line, nor opening punctuation before one
 * end a line, nor a reference break between its label and number, whichever character the line
 * happens to end on. Each paragraph is one character longer than the one before, so that every position
 * of the markup at the end of a line is tried.
 */
class LineStartTest {
  @TempDir static Path root;

  private static final String OPENING = "（《「『“‘";

  @Test
  void punctuationAroundMarkupStaysOnTheLineOfItsText() throws Exception {
    StringBuilder chapter = new StringBuilder("# 一 {#sec-one}\n\n");
    for (int n = 1; n <= 45; n++) {
      String lead = "金融".repeat(n / 2) + (n % 2 == 1 ? "业" : "");
      chapter.append(lead).append("（见 @sec-two）。")
          .append(lead).append("**数字化转型的必然选择**，")
          .append(lead).append("见《@sec-two》，")
          .append(lead).append("[开放接口](https://example.org/api)”。")
          .append(lead).append("`API`；\n\n");
    }
    TestPublication p =
        TestPublication.create(
                root,
                "lines",
                """
                title: 断行
                language: zh-CN
                chapters: [one.md, two.md]
                """)
            .file("one.md", chapter.toString())
            .file("two.md", "# 二 {#sec-two}\n\n正文。\n");
    Path pdf = p.buildPdf(root.resolve("out"));
    List<String> bad = new ArrayList<>();
    int lines = 0;
    try (PdfProbe probe = new PdfProbe(pdf)) {
      for (int page = 0; page < probe.pdf.getNumberOfPages(); page++) {
        for (PdfProbe.Line line : probe.lines(page)) {
          lines++;
          String text = line.text();
          boolean splitReference = text.endsWith("第") || text.endsWith("第2"); // "第 2 章" is one reference
          if (PdfProbe.CLOSING_PUNCTUATION.indexOf(text.charAt(0)) >= 0 || OPENING.indexOf(text.charAt(text.length() - 1)) >= 0 || splitReference) {
            bad.add("page " + (page + 1) + ": " + text);
          }
        }
      }
    }
    assertTrue(lines > 100, "the chapter is long enough to try every position: " + lines);
    assertEquals(List.of(), bad, "lines starting with closing or ending with opening punctuation, or splitting a reference");
  }

  /**
   * The last line of a Chinese paragraph, list item or table cell holds at least two characters
   * besides its punctuation: each paragraph here is one character longer than the one before, so
   * one of them ends a character past a full line.
   */
  @Test
  void aChineseParagraphNeverEndsInALineOfOneCharacter() throws Exception {
    StringBuilder chapter = new StringBuilder("# 一 {#sec-one}\n\n");
    for (int n = 30; n <= 50; n++) {
      chapter.append("金".repeat(n)).append("。\n\n");
    }
    for (int n = 30; n <= 50; n++) {
      chapter.append("- ").append("融".repeat(n)).append("；\n");
    }
    TestPublication p =
        TestPublication.create(root, "ends", "title: 段末\nlanguage: zh-CN\nchapters: [one.md]\n")
            .file("one.md", chapter.toString());
    List<String> alone = new ArrayList<>();
    try (PdfProbe probe = new PdfProbe(p.buildPdf(root.resolve("ends-out")))) {
      for (int page = 0; page < probe.pdf.getNumberOfPages(); page++) {
        for (PdfProbe.Line line : probe.lines(page)) {
          if (line.text().matches("[金融][。；]?")) {
            alone.add("page " + (page + 1) + ": " + line.text());
          }
        }
      }
    }
    assertEquals(List.of(), alone, "last lines of one character");
  }
}

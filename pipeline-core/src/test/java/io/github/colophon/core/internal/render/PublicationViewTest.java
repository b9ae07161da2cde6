package io.github.colophon.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicationViewTest {
  private static String end(String title) {
    return title.substring(PublicationView.lastTwoIdeographs(title));
  }

  @Test
  void aTitleEndingInIdeographsKeepsItsLastTwoTogether() {
    assertEquals("报告", end("2022 数字金融年度调查报告"));
    assertEquals("精选", end("数字金融创新思考与案例精选"));
    assertEquals("\uD840\uDC01\uD840\uDC02", end("\uD840\uDC00\uD840\uDC01\uD840\uDC02"), "ideographs outside the BMP");
  }

  @Test
  void otherTitlesAreLeftWhole() {
    assertEquals("", end("Open Banking White Paper"));
    assertEquals("", end("开放银行？"), "ends in punctuation, which never starts a line anyway");
    assertEquals("", end("年报"), "two ideographs: nothing to keep apart from");
    assertEquals("", end("Fintech 年报"));
    assertEquals("", end(""));
  }
}

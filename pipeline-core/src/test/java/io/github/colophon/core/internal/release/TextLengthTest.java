package io.github.colophon.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLengthTest {

  @Test
  void eachIdeographCountsOneAndSoDoesEachLatinWord() {
    TextLength.Tally t = TextLength.tally("开放银行（Open Banking）提供 API 2.0 接口。");
    assertEquals(8, t.ideographs()); // 开放银行 提供 接口
    assertEquals(5, t.words()); // Open, Banking, API, 2, 0
  }

  @Test
  void apostrophesAndHyphensInsideAWordDoNotSplitIt() {
    TextLength.Tally t = TextLength.tally("Don't ship state-of-the-art drafts - ever.");
    assertEquals(0, t.ideographs());
    assertEquals(5, t.words());
  }
}

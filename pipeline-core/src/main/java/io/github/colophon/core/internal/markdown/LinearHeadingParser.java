package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's heading parser, asked only about lines that can be headings. Flexmark's own factory
 * copies the whole open paragraph on every line it is asked about, before it looks at the line,
 * so a paragraph (or a table, which is parsed as one) of n lines cost O(n²): 50,000 table rows
 * took minutes. Every other line is answered "no" here without that copy, which is what the real
 * parser would answer: an ATX heading starts with {@code #}, a setext underline is all {@code =}
 * or all {@code -}.
 */
final class LinearHeadingParser extends HeadingParser.Factory {

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory real = super.apply(options);
    return (state, matched) ->
        couldBeHeading(state.getLine(), state.getNextNonSpaceIndex())
            ? real.tryStart(state, matched)
            : BlockStart.none();
  }

  static boolean couldBeHeading(BasedSequence line, int from) {
    if (from >= line.length()) {
      return false;
    }
    char c = line.charAt(from);
    if (c == '#') {
      return true;
    }
    if (c != '=' && c != '-') {
      return false;
    }
    int i = from;
    while (i < line.length() && line.charAt(i) == c) {
      i++;
    }
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i >= line.length() || line.charAt(i) == '\n' || line.charAt(i) == '\r';
  }
}

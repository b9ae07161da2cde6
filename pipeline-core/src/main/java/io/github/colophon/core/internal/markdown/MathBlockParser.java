package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display equations as Quarto and Pandoc write them: a block opened by {@code $$} and closed by
 * {@code $$}, on one line or several, with an optional label after the closing pair:
 * {@code $$ E = mc^2 $$ {#eq-energy}}.
 */
final class MathBlockParser extends AbstractBlockParser {
  private static final Pattern ONE_LINE = Pattern.compile("^\\$\\$(.+?)\\$\\$\\s*(\\{[^}]*\\})?\\s*$");
  private static final Pattern OPENING = Pattern.compile("^\\$\\$(.*)$");
  private static final Pattern CLOSING = Pattern.compile("^(.*?)\\$\\$\\s*(\\{[^}]*\\})?\\s*$");

  static final CustomBlockParserFactory FACTORY = new Factory();

  private static final class Factory extends ParserFactories.LineBlocks {
    @Override
    BlockStart start(BasedSequence line, ParserState state) {
      Matcher one = ONE_LINE.matcher(line);
      if (one.matches()) {
        return BlockStart.of(new MathBlockParser(line, one.group(1), one.group(2)))
            .atIndex(state.getLineEndIndex());
      }
      Matcher open = OPENING.matcher(line);
      if (!open.matches()) {
        return BlockStart.none();
      }
      return BlockStart.of(new MathBlockParser(line, open.group(1))).atIndex(state.getLineEndIndex());
    }
  }

  private final MathBlock block;
  private final StringBuilder tex = new StringBuilder();
  private String label;
  private boolean closed;

  /** A block whose opening line holds the whole equation. */
  private MathBlockParser(BasedSequence line, String oneLine, String attributes) {
    this.block = new MathBlock(line);
    this.tex.append(oneLine);
    this.label = labelIn(attributes);
    this.closed = true;
  }

  /** A block that goes on until a line ending with {@code $$}. */
  private MathBlockParser(BasedSequence line, String firstLine) {
    this.block = new MathBlock(line);
    this.tex.append(firstLine);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closed) {
      return BlockContinue.none();
    }
    BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
    Matcher close = CLOSING.matcher(line);
    closed = close.matches();
    if (closed) {
      tex.append('\n').append(close.group(1));
      label = labelIn(close.group(2));
      return BlockContinue.finished();
    }
    tex.append('\n').append(line);
    return BlockContinue.atIndex(state.getLineEndIndex());
  }

  @Override
  public void closeBlock(ParserState state) {
    block.complete(tex.toString().strip(), label);
  }

  private static String labelIn(String attributes) {
    if (attributes == null) {
      return null;
    }
    Matcher m = Pattern.compile("#([^\\s}]+)").matcher(attributes);
    return m.find() ? m.group(1) : null;
  }
}

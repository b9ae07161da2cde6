package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses fenced divs. A fence is three or more colons; an opening fence carries attributes or a
 * class word, a closing fence carries nothing. A closing fence closes the innermost open div, as
 * in Pandoc, so divs nest.
 */
final class FencedDivParser extends AbstractBlockParser {
  private static final Pattern OPENING =
      Pattern.compile("^:{3,}\\s*(\\{[^}]*\\}|[A-Za-z][\\w-]*)\\s*:*\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^:{3,}\\s*$");

  static final CustomBlockParserFactory FACTORY = new Factory();

  private static final class Factory extends ParserFactories.LineBlocks {
    @Override
    BlockStart start(BasedSequence line, ParserState state) {
      Matcher m = OPENING.matcher(line);
      if (!m.matches()) {
        return BlockStart.none();
      }
      DivAttributes attrs = DivAttributes.parse(m.group(1));
      return BlockStart.of(new FencedDivParser(state.getLine().trimEOL(), attrs))
          .atIndex(state.getLineEndIndex());
    }
  }

  private final FencedDiv block;
  private boolean closingFenceSeen;

  private FencedDivParser(BasedSequence line, DivAttributes attrs) {
    this.block = new FencedDiv(line, attrs);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  /**
   * A container cannot simply finish on its closing line: its open children (a paragraph, a
   * nested list) would stay active. So the closing fence is consumed (the children see an empty
   * rest of line) and the div ends before the next line, closing its children with it.
   */
  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closingFenceSeen) {
      return BlockContinue.none();
    }
    BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
    if (state.getIndent() < 4 && CLOSING.matcher(rest.trimEOL()).matches() && isInnermostOpenDiv(state)) {
      closingFenceSeen = true;
      return BlockContinue.atIndex(state.getLineEndIndex());
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private boolean isInnermostOpenDiv(ParserState state) {
    List<BlockParser> open = state.getActiveBlockParsers();
    for (int i = open.size() - 1; i >= 0; i--) {
      if (open.get(i) instanceof FencedDivParser div && !div.closingFenceSeen) {
        return div == this;
      }
    }
    return false;
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setCharsFromContent();
  }
}

package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/** The Flexmark registration boilerplate for Colophon's own block and inline parsers. */
final class ParserFactories {
  private ParserFactories() {}

  /** A factory that needs no other extension before or after it, and affects only its blocks. */
  abstract static class Independent implements Dependent {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  /**
   * A block parser factory that offers every line not indented as code to {@link #start}, with
   * the line's text from its first non-space character, line end removed. (Flexmark tells
   * factories apart by class, so each parser needs its own subclass.)
   */
  abstract static class LineBlocks extends Independent implements CustomBlockParserFactory {
    abstract BlockStart start(BasedSequence line, ParserState state);

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new AbstractBlockParserFactory(options) {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
          if (state.getIndent() >= 4) {
            return BlockStart.none();
          }
          return start(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL(), state);
        }
      };
    }
  }

  /** An inline parser extension factory; subclasses name their characters and make the parser. */
  abstract static class Inline extends Independent implements InlineParserExtensionFactory {}

  /** An inline parser that keeps no state across blocks. */
  interface StatelessInlineParser extends InlineParserExtension {
    @Override
    default void finalizeDocument(InlineParser inlineParser) {}

    @Override
    default void finalizeBlock(InlineParser inlineParser) {}
  }
}

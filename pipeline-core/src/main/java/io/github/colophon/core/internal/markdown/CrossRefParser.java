package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises cross-references with Quarto's prefixes ({@code sec fig tbl eq case}, plus
 * {@code app}) in both the hyphen and pandoc-crossref's colon form. Any other {@code @word} stays
 * text, so e-mail addresses and handles are left alone.
 */
final class CrossRefParser implements ParserFactories.StatelessInlineParser {
  static final InlineParserExtensionFactory FACTORY = new Factory();

  private static final class Factory extends ParserFactories.Inline {
    @Override
    public CharSequence getCharacters() {
      return "@[";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return new CrossRefParser();
    }
  }

  static final String LABEL = "(?:sec|fig|tbl|eq|case|app)[-:][\\w.:-]*\\w";
  private static final Pattern BARE = Pattern.compile("@(" + LABEL + ")");
  private static final Pattern BRACKETED =
      Pattern.compile("\\[(-?)@(" + LABEL + ")((?:\\s*[;,]\\s*-?@" + LABEL + ")*)\\]");
  private static final Pattern MORE = Pattern.compile("@(" + LABEL + ")");

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int index = parser.getIndex();
    char c = input.charAt(index);
    if (c == '@') {
      if (index > 0 && isWordChar(input.charAt(index - 1))) {
        return false; // an e-mail address or similar, not a reference
      }
      Matcher m = BARE.matcher(input);
      m.region(index, input.length());
      if (!m.lookingAt()) {
        return false;
      }
      return emit(parser, m.end(), List.of(m.group(1)), false);
    }
    Matcher m = BRACKETED.matcher(input);
    m.region(index, input.length());
    if (!m.lookingAt()) {
      return false;
    }
    List<String> labels = new ArrayList<>();
    labels.add(m.group(2));
    Matcher more = MORE.matcher(m.group(3));
    while (more.find()) {
      labels.add(more.group(1));
    }
    return emit(parser, m.end(), labels, !m.group(1).isEmpty());
  }

  private static boolean emit(LightInlineParser parser, int end, List<String> labels, boolean numberOnly) {
    BasedSequence chars = parser.getInput().subSequence(parser.getIndex(), end);
    parser.flushTextNode();
    parser.getBlock().appendChild(new CrossRef(chars, labels, numberOnly));
    parser.setIndex(end);
    return true;
  }

  private static boolean isWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
  }
}

package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import io.github.colophon.core.internal.Variables;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Recognises {@code {{name}}}. Runs before the attributes parser, which would otherwise read
 * {@code {name}} as an attribute list.
 */
final class VariableParser implements ParserFactories.StatelessInlineParser {
  static final InlineParserExtensionFactory FACTORY = new Factory();

  private static final class Factory extends ParserFactories.Inline {
    @Override
    public CharSequence getCharacters() {
      return "{";
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(AttributesInlineParserExtension.Factory.class);
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return new VariableParser();
    }
  }


  @Override
  public boolean parse(LightInlineParser parser) {
    Matcher m = Variables.USE.matcher(parser.getInput());
    m.region(parser.getIndex(), parser.getInput().length());
    if (!m.lookingAt()) {
      return false;
    }
    parser.flushTextNode();
    parser.getBlock().appendChild(new VariableRef(parser.getInput().subSequence(m.start(), m.end()), m.group(1)));
    parser.setIndex(m.end());
    return true;
  }
}

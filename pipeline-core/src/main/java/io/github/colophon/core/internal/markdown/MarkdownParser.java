package io.github.colophon.core.internal.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Limits;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.model.SourceFile;
import java.util.List;

/**
 * The parse stage: Markdown text to a {@link ParsedMarkdown}. CommonMark with GFM tables and
 * strikethrough, footnotes, attributes ({@code {#id .class}}), YAML front matter, fenced divs and
 * cross-references. Immutable and thread-safe: files are parsed in parallel.
 */
public final class MarkdownParser {
  static final DataHolder OPTIONS = options();

  // Headings through LinearHeadingParser: Flexmark's own is quadratic in paragraph length.
  private final Parser parser =
      Parser.builder(new MutableDataSet(OPTIONS).set(Parser.HEADING_PARSER, false))
          .customBlockParserFactory(new LinearHeadingParser())
          .build();
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  private static DataHolder options() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            FootnoteExtension.create(),
            AttributesExtension.create(),
            ColophonExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    return options.toImmutable();
  }

  public ParsedMarkdown parse(SourceFile source, Diagnostics sink) {
    return parse(source, Limits.DEFAULT, sink);
  }

  /** Parses {@code source}; a file nested deeper than the limit is reported and left empty. */
  public ParsedMarkdown parse(SourceFile source, Limits limits, Diagnostics sink) {
    String text = blankOutFrontMatter(source, sink);
    Document tree;
    try {
      tree = NestingLimit.parse(parser, text, source, limits, sink);
    } catch (RuntimeException e) {
      // Flexmark has internal consistency checks that odd input can trip (the fuzz test found
      // one with references inside link text). The author gets a diagnostic, not a stack trace.
      sink.report(
          Diagnostic.error(
              "unparsable-markdown",
              "the Markdown parser could not read this file (" + e.getClass().getSimpleName() + ")",
              source.positionOf(0),
              "simplify unusual nesting of links, brackets and references, and report the file"
                  + " to Colophon's developers"));
      tree = null;
    }
    if (tree == null) {
      return new OutlineBuilder(source).build(parser.parse(""));
    }
    RawHtmlCheck.check(tree, source, limits, sink);
    FileChecks.check(tree, source, sink);
    return new OutlineBuilder(source).build(tree).withData(DataFences.read(tree, source, sink));
  }

  /**
   * Checks YAML front matter and replaces it with blank lines, so that line numbers in the rest of
   * the file stay those of the source.
   */
  private String blankOutFrontMatter(SourceFile source, Diagnostics sink) {
    String text = source.text();
    if (!text.startsWith("---\n")) {
      return text;
    }
    int end = -1;
    int searchFrom = 4;
    while (searchFrom <= text.length()) {
      int nl = text.indexOf('\n', searchFrom);
      String line = text.substring(searchFrom, nl < 0 ? text.length() : nl);
      if (line.equals("---") || line.equals("...")) {
        end = nl < 0 ? text.length() : nl;
        break;
      }
      if (nl < 0) {
        break;
      }
      searchFrom = nl + 1;
    }
    if (end < 0) {
      return text; // a thematic break, not front matter
    }
    String yamlText = text.substring(4, searchFrom);
    try {
      yaml.readTree(yamlText);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      sink.report(
          Diagnostic.error(
              "invalid-front-matter",
              "malformed YAML front matter: " + firstLine(e.getOriginalMessage()),
              new SourcePosition(source.displayPath(), line, column),
              "fix the YAML between the '---' lines, or remove it"));
    }
    StringBuilder blanked = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) {
      blanked.append(text.charAt(i) == '\n' ? '\n' : ' ');
    }
    return blanked.append(text, end, text.length()).toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}

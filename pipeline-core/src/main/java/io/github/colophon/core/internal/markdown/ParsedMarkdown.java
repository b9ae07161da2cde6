package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.colophon.core.internal.data.DataBlock;
import io.github.colophon.core.model.MarkdownBody;
import io.github.colophon.core.model.Outline;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A parsed file: the Flexmark tree (never mutated after parsing, so it can be rendered from
 * several threads), the id given to each numbered node, and the outline later stages read.
 */
public final class ParsedMarkdown implements MarkdownBody {
  private final Document tree;
  private final Map<Node, String> ids;
  private final Outline outline;
  private final Map<Node, DataBlock> data;

  ParsedMarkdown(Document tree, IdentityHashMap<Node, String> ids, Outline outline) {
    this(tree, ids, outline, new IdentityHashMap<>());
  }

  private ParsedMarkdown(
      Document tree, Map<Node, String> ids, Outline outline, IdentityHashMap<Node, DataBlock> data) {
    this.tree = tree;
    this.ids = ids;
    this.outline = outline;
    this.data = data;
  }

  /** The same file with its data tables and charts read (see {@link DataFences}). */
  ParsedMarkdown withData(IdentityHashMap<Node, DataBlock> blocks) {
    return new ParsedMarkdown(tree, ids, outline, blocks);
  }

  @Override
  public Outline outline() {
    return outline;
  }

  Document tree() {
    return tree;
  }

  /** The element id given to a heading, figure paragraph, table or case div; null otherwise. */
  String idOf(Node node) {
    return ids.get(node);
  }

  /** The data table or chart of a data fence; null for any other node. */
  DataBlock dataOf(Node node) {
    return data.get(node);
  }
}

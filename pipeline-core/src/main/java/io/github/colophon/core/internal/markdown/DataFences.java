package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.data.BlockAttributes;
import io.github.colophon.core.internal.data.DataBlock;
import io.github.colophon.core.model.SourceFile;
import java.util.IdentityHashMap;

/**
 * Fenced code blocks that are data tables and charts ({@code ```{table source="…"}} and
 * {@code ```{chart …}}): found here, read and rendered by {@code internal.data}.
 */
final class DataFences {
  private DataFences() {}

  /** The attributes of a data fence, or null when {@code node} is anything else. */
  static BlockAttributes attributes(Node node) {
    return node instanceof FencedCodeBlock code ? DataBlock.attributes(code.getInfo().toString()) : null;
  }

  /** Reads every data fence of the tree with its data file; those that fail are reported and left out. */
  static IdentityHashMap<Node, DataBlock> read(Document tree, SourceFile source, Diagnostics sink) {
    IdentityHashMap<Node, DataBlock> blocks = new IdentityHashMap<>();
    for (Node node : tree.getDescendants()) {
      if (node instanceof FencedCodeBlock code && attributes(code) != null) {
        BasedSequence info = code.getInfo();
        DataBlock block = DataBlock.read(source, info.toString(), info.getStartOffset(), sink);
        if (block != null) {
          blocks.put(code, block);
        }
      }
    }
    return blocks;
  }
}

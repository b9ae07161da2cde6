package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

/** Small questions about Flexmark nodes that both the outline builder and the renderer ask. */
final class Nodes {
  private Nodes() {}

  /** The {@code #id} of an attributes node, or null. */
  static String idIn(AttributesNode attributes) {
    for (Node child : attributes.getChildren()) {
      if (child instanceof AttributeNode a && a.isId()) {
        return a.getValue().toString();
      }
    }
    return null;
  }

  /** The {@code #id} given in any attributes node directly under {@code node}. */
  static String childId(Node node) {
    for (Node child : node.getChildren()) {
      if (child instanceof AttributesNode a) {
        String id = idIn(a);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /** The image of a paragraph that holds one image and nothing else but attributes: a figure. */
  static Image figureImage(Node node) {
    if (!(node instanceof Paragraph)) {
      return null;
    }
    Image image = null;
    for (Node child : node.getChildren()) {
      if (child instanceof Image i && image == null) {
        image = i;
      } else if (child instanceof AttributesNode
          || child instanceof SoftLineBreak
          || (child instanceof Text && child.getChars().isBlank())) {
        continue;
      } else {
        return null;
      }
    }
    return image;
  }

  /** True for the Quarto table caption paragraph {@code : caption {#tbl-x}} after a table. */
  static boolean isTableCaption(Node node) {
    return node instanceof Paragraph
        && node.getPrevious() instanceof TableBlock
        && node.getChars().toString().startsWith(":");
  }

  /** The caption paragraph following a table, or null. */
  static Paragraph captionOf(TableBlock table) {
    Node next = table.getNext();
    return isTableCaption(next) ? (Paragraph) next : null;
  }

  /**
   * Plain text of a node's inline content: attributes and footnote references left out, line
   * breaks joined without a space between Chinese characters.
   */
  static String plainText(Node node) {
    StringBuilder sb = new StringBuilder();
    collect(node, sb);
    return sb.toString().strip();
  }

  private static void collect(Node node, StringBuilder sb) {
    for (Node child : node.getChildren()) {
      if (child instanceof AttributesNode || child instanceof Footnote) {
        continue;
      }
      if (child instanceof Text || child instanceof Code) {
        sb.append(child instanceof Code c ? c.getText() : child.getChars());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        if (sb.length() > 0 && !isCjk(sb.charAt(sb.length() - 1))) {
          sb.append(' ');
        }
      } else {
        collect(child, sb);
      }
    }
  }

  static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }

  /** The caption text of a table caption paragraph, without the leading colon. */
  static String captionText(Paragraph caption) {
    String text = plainText(caption);
    return text.startsWith(":") ? text.substring(1).strip() : text;
  }
}

package io.github.colophon.core.internal.finish;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Completes the structure tree OpenHTMLtoPDF writes in PDF/UA mode, where it falls short of
 * PDF/UA-1 as veraPDF checks it:
 *
 * <ul>
 *   <li>a link annotation must carry its description in {@code Contents} (7.18.5), not only as
 *       its structure element's alternative text: it gets that text;
 *   <li>list items outside a list (7.2: an {@code LI} belongs in an {@code L}): the renderer leaves
 *       empty ones for the contents' dotted leaders, which are removed, and puts the items of a
 *       list that continues on a new page under the document element, where each run of them is
 *       wrapped in a list of its own.
 * </ul>
 */
final class TaggedPdf {
  private TaggedPdf() {}

  static void complete(PDDocument pdf) {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    walk(root);
  }

  private static void walk(PDStructureNode node) {
    boolean list = node instanceof PDStructureElement e && "L".equals(e.getStructureType());
    PDStructureElement wrapper = null; // the list made for the current run of stray items
    for (Object kid : new ArrayList<>(node.getKids())) {
      if (!(kid instanceof PDStructureElement element)) {
        wrapper = null;
        continue;
      }
      boolean strayItem = !list && "LI".equals(element.getStructureType());
      if (strayItem && isEmpty(element)) {
        node.removeKid(element);
        continue;
      }
      if (strayItem) {
        if (wrapper == null) {
          wrapper = new PDStructureElement("L", node);
          node.insertBefore(wrapper, element);
        }
        node.removeKid(element);
        wrapper.appendKid(element);
      } else {
        wrapper = null;
      }
      if ("Link".equals(element.getStructureType())) {
        describeLinks(element);
      }
      walk(element);
    }
  }

  /** Gives each link annotation of a {@code Link} element that element's alternative text. */
  private static void describeLinks(PDStructureElement link) {
    String description = link.getAlternateDescription();
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference ref
          && ref.getReferencedObject() instanceof PDAnnotationLink annotation
          && annotation.getContents() == null) {
        annotation.setContents(description == null || description.isBlank() ? "link" : description);
      }
    }
  }

  /** True when nothing below {@code element} is content: no marked content, no object. */
  private static boolean isEmpty(PDStructureElement element) {
    List<Object> kids = element.getKids();
    for (Object kid : kids) {
      if (!(kid instanceof PDStructureElement child) || !isEmpty(child)) {
        return false;
      }
    }
    return true;
  }
}

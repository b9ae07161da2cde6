package io.github.colophon.core.internal.finish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
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
 *       links without a text of their own (the renderer's footnote calls) are described by the
 *       text they cover, the footnote's number;
 *   <li>list items outside a list (7.2: an {@code LI} belongs in an {@code L}): the renderer leaves
 *       empty ones for the contents' dotted leaders, which are removed, and puts the items of a
 *       list that continues on a new page under the document element, where each run of them is
 *       wrapped in a list of its own.
 * </ul>
 */
final class TaggedPdf {
  private TaggedPdf() {}

  static void complete(PDDocument pdf) throws IOException {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    walk(pdf, root);
  }

  private static void walk(PDDocument pdf, PDStructureNode node) throws IOException {
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
        describeLinks(pdf, element);
      }
      walk(pdf, element);
    }
  }

  /**
   * Gives each link annotation of a {@code Link} element that element's alternative text, or
   * when it has none, the text the link covers (which then becomes the element's too).
   */
  private static void describeLinks(PDDocument pdf, PDStructureElement link) throws IOException {
    String description = link.getAlternateDescription();
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference ref
          && ref.getReferencedObject() instanceof PDAnnotationLink annotation
          && annotation.getContents() == null) {
        if (description == null || description.isBlank()) {
          description = coveredText(pdf, annotation);
          link.setAlternateDescription(description);
        }
        annotation.setContents(description);
      }
    }
  }

  private static String coveredText(PDDocument pdf, PDAnnotationLink annotation) throws IOException {
    PDPage page = annotation.getPage();
    if (page == null) {
      return "link";
    }
    PDRectangle r = annotation.getRectangle();
    float top = page.getMediaBox().getHeight() - r.getUpperRightY();
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX() - 0.5f, top - 0.5f, r.getWidth() + 1, r.getHeight() + 1));
    stripper.extractRegions(page);
    String text = stripper.getTextForRegion("link").strip();
    return text.isEmpty() ? "link" : text;
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

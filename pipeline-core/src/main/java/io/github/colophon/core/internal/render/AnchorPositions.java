package io.github.colophon.core.internal.render;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;
import java.awt.Rectangle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the elements with an id landed in a laid-out document, worked out as OpenHTMLtoPDF works
 * out its link and outline destinations (the top of the element's border box), so that a page
 * read here is the page a link leads to.
 *
 * <p>Not {@code PdfBoxRenderer.findPagePositionsByID}: it takes the page a box <em>ends</em> on,
 * and an empty marker right after a page break ends exactly on the previous page's bottom edge,
 * so it reported the page before.
 */
public final class AnchorPositions {
  private AnchorPositions() {}

  /**
   * An element's place: the 0-based page its top is on, the page its bottom edge is on (for an
   * empty element, the page before when it stands at the very top of a page), and the height a
   * link to it leads to, in PDF points from the page's bottom.
   */
  public record Anchor(int page, int endPage, int linkTop) {}

  /** The elements whose id {@code ids} finds, once the renderer has laid out and painted. */
  static Map<String, Anchor> of(PdfBoxRenderer renderer, Pattern ids) {
    Map<String, Anchor> anchors = new HashMap<>();
    find(renderer, ids, (id, top, end, linkTop) ->
        anchors.put(id, new Anchor(top.getBasePagePdfPageIndex(), end.getBasePagePdfPageIndex(), linkTop)));
    return anchors;
  }

  /**
   * The 0-based page of the layout that each element with an id starts on, before painting (the
   * PDF's page index, when no page overflows sideways into extra pages).
   */
  static Map<String, Integer> laidOut(PdfBoxRenderer renderer) {
    Map<String, Integer> pages = new HashMap<>();
    find(renderer, PrintPatch.ANY_ID, (id, top, end, linkTop) -> pages.put(id, top.getPageNo()));
    return pages;
  }

  private interface Found {
    void accept(String id, PageBox top, PageBox end, int linkTop);
  }

  private static void find(PdfBoxRenderer renderer, Pattern ids, Found found) {
    LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
    List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
    for (Map.Entry<String, Box> entry : renderer.getSharedContext().getIdMap().entrySet()) {
      if (!ids.matcher(entry.getKey()).find()) {
        continue;
      }
      Rectangle bounds = PagedBoxCollector.findAdjustedBoundsForBorderBox(c, entry.getValue(), pages);
      int top = PagedBoxCollector.findPageForY(c, bounds.getMinY(), pages);
      if (top < 0 || top >= pages.size()) {
        continue;
      }
      int end = Math.max(top - 1, PagedBoxCollector.findPageForY(c, bounds.getMaxY() - 1, pages));
      PageBox page = pages.get(top);
      int fromTop = page.getMarginBorderPadding(c, CalculatedStyle.TOP) + (int) bounds.getMinY() - page.getTop();
      int linkTop = (int) ((page.getHeight(c) - fromTop) / renderer.getDotsPerPoint());
      found.accept(entry.getKey(), page, pages.get(end), linkTop);
    }
  }
}

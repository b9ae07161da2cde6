package io.github.colophon.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A PDF standard the print edition can conform to, named as Typst and veraPDF's flavours name
 * them. PDF/A-3u is for archives (every font embedded, text extractable as Unicode, colours tied
 * to an output intent); PDF/UA-1 is for assistive technology (a tagged structure tree, alternative
 * texts, the title shown in the window).
 */
public enum PdfStandard {
  PDF_A_3U("a-3u"),
  PDF_UA_1("ua-1");

  private final String id;

  PdfStandard(String id) {
    this.id = id;
  }

  /** The name used in {@code publication.yaml}: {@code a-3u} or {@code ua-1}. */
  public String id() {
    return id;
  }

  public static Optional<PdfStandard> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id.strip())).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(PdfStandard::id).toList();
  }
}

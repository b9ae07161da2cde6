package io.github.colophon.core.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the print edition is written, from the manifest's {@code pdf:} block.
 *
 * @param standards the standards the PDF conforms to; empty for a plain PDF (the default, and the
 *     fastest to render)
 */
public record PdfOptions(Set<PdfStandard> standards) {
  public static final PdfOptions DEFAULT = new PdfOptions(Set.of());

  public PdfOptions {
    standards = standards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(standards));
  }

  public boolean conformsTo(PdfStandard standard) {
    return standards.contains(standard);
  }
}

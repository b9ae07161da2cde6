package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;

/** The check stage: everything that must hold before anything is rendered. Thread-safe. */
public final class Checker {
  private final ReferenceCheck references = new ReferenceCheck();
  private final VariableCheck variables = new VariableCheck();
  private final ImageCheck images;
  private final GlyphCoverageCheck glyphs;

  public Checker(FontLibrary fonts, boolean allowRemote) {
    this(fonts, allowRemote, io.github.colophon.core.Limits.DEFAULT);
  }

  /** With caps on image size and pixels (and SVG nesting) other than the defaults. */
  public Checker(FontLibrary fonts, boolean allowRemote, io.github.colophon.core.Limits limits) {
    this.images = new ImageCheck(allowRemote, limits);
    this.glyphs = new GlyphCoverageCheck(fonts);
  }

  public void check(Document document, Numbering numbering, Diagnostics sink) {
    references.check(document, numbering, sink);
    variables.check(document, sink);
    images.check(document, sink);
    glyphs.check(document, sink);
  }
}

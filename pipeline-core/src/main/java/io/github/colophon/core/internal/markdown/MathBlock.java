package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display equation: {@code $$ … $$ {#eq-x}}, TeX between the dollar pairs. Completed by its
 * parser when the closing pair is read; read-only afterwards.
 */
public final class MathBlock extends Block {
  private String tex = "";
  private String label;

  MathBlock(BasedSequence chars) {
    super(chars);
  }

  void complete(String tex, String label) {
    this.tex = tex;
    this.label = label;
  }

  public String tex() {
    return tex;
  }

  /** The author's {@code #eq-…} label, or null. */
  public String label() {
    return label;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}

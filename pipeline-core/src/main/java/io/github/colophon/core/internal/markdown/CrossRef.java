package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** An inline cross-reference: {@code @fig-x}, {@code [@fig-x]}, {@code [-@x]}, {@code [@a; @b]}. */
public final class CrossRef extends Node {
  private final List<String> labels;
  private final boolean numberOnly;

  CrossRef(BasedSequence chars, List<String> labels, boolean numberOnly) {
    super(chars);
    this.labels = List.copyOf(labels);
    this.numberOnly = numberOnly;
  }

  public List<String> labels() {
    return labels;
  }

  public boolean numberOnly() {
    return numberOnly;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}

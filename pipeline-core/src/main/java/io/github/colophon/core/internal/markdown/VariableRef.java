package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code {{name}}} in the text, replaced by the variable's value when rendered. */
public final class VariableRef extends Node {
  private final String name;

  VariableRef(BasedSequence chars, String name) {
    super(chars);
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}

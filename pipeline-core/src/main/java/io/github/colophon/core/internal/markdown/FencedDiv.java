package io.github.colophon.core.internal.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Map;

/** A Pandoc/Quarto fenced div: {@code ::: {.case #case-x}} … {@code :::}. */
public final class FencedDiv extends Block {
  private final String id;
  private final List<String> classes;
  private final Map<String, String> attributes;

  FencedDiv(BasedSequence openingLine, DivAttributes attrs) {
    super(openingLine);
    this.id = attrs.id();
    this.classes = attrs.classes();
    this.attributes = attrs.attributes();
  }

  /** The author's {@code #id}, or null. */
  public String id() {
    return id;
  }

  public List<String> classes() {
    return classes;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public boolean hasClass(String name) {
    return classes.contains(name);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}

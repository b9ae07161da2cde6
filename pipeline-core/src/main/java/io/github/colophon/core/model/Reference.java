package io.github.colophon.core.model;

import io.github.colophon.core.SourcePosition;
import java.util.List;

/**
 * A cross-reference written by the author: {@code @fig-x}, {@code [@fig-x]}, {@code [-@fig-x]}
 * or {@code [@fig-a; @fig-b]}.
 *
 * @param labels the labels referred to, in order
 * @param numberOnly true for {@code [-@x]}: render "2.1" instead of "图 2.1"
 */
public record Reference(List<String> labels, boolean numberOnly, SourcePosition at) {
  public Reference {
    labels = List.copyOf(labels);
  }
}

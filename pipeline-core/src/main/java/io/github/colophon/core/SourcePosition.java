package io.github.colophon.core;

/** A place in a source file: path as shown to the author, 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {

  public static SourcePosition of(String file) {
    return new SourcePosition(file, 0, 0);
  }
}

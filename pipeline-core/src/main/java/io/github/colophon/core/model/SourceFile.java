package io.github.colophon.core.model;

import io.github.colophon.core.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One decoded manuscript file. {@code displayPath} is how diagnostics name it (relative, with
 * forward slashes); {@code text} has no BOM and only {@code \n} line ends are significant.
 */
public final class SourceFile {
  private final String displayPath;
  private final Path path;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String displayPath, Path path, String text) {
    this.displayPath = displayPath;
    this.path = path;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  public String displayPath() {
    return displayPath;
  }

  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The line and column (code points, 1-based) of a char offset into {@link #text()}. */
  public SourcePosition positionOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    int column = text.codePointCount(lineStarts[line], clamped) + 1;
    return new SourcePosition(displayPath, line + 1, column);
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}

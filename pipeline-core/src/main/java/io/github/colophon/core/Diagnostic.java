package io.github.colophon.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a manuscript, with where it is and how to fix it.
 *
 * <p>{@code file} is relative to the publication folder's parent (so it names the publication),
 * with forward slashes. {@code line} and {@code column} are 1-based; columns count Unicode code
 * points, so a Chinese character is one column. Either is 0 when it does not apply.
 *
 * @param code a stable, kebab-case identifier (documented in the user guide)
 * @param hint how to fix it; may be empty
 */
public record Diagnostic(
    Severity severity, String code, String message, String file, int line, int column, String hint) {

  /** Sorts by file, then line, then column, so authors read them in order. */
  public static final Comparator<Diagnostic> IN_SOURCE_ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::code);

  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    file = file == null ? "" : file;
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(String code, String message, SourcePosition at, String hint) {
    return new Diagnostic(Severity.ERROR, code, message, at.file(), at.line(), at.column(), hint);
  }

  public static Diagnostic warning(String code, String message, SourcePosition at, String hint) {
    return new Diagnostic(Severity.WARNING, code, message, at.file(), at.line(), at.column(), hint);
  }

  /** The same diagnostic naming its file differently (e.g. relative to the project). */
  public Diagnostic withFile(String shownFile) {
    return new Diagnostic(severity, code, message, shownFile, line, column, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style form: {@code path:line:col: error: message [code] (hint)}. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (!file.isEmpty()) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    sb.append(severity.word()).append(": ").append(message).append(" [").append(code).append(']');
    if (!hint.isEmpty()) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}

package io.github.colophon.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one sink every stage reports through. Thread-safe, so files parsed in parallel can report
 * into the same sink.
 */
public final class Diagnostics {
  private final List<Diagnostic> reported = new ArrayList<>();

  public synchronized void report(Diagnostic diagnostic) {
    reported.add(diagnostic);
  }

  /** A new sink holding these diagnostics with every warning made an error, saying {@code why}. */
  public synchronized Diagnostics withWarningsAsErrors(String why) {
    Diagnostics strict = new Diagnostics();
    for (Diagnostic d : reported) {
      strict.report(
          d.isError()
              ? d
              : new Diagnostic(
                  Severity.ERROR, d.code(), d.message() + " (a warning; " + why + ")", d.file(),
                  d.line(), d.column(), d.hint()));
    }
    return strict;
  }

  public synchronized boolean hasErrors() {
    return reported.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything reported so far, sorted by file, line and column. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(reported);
    copy.sort(Diagnostic.IN_SOURCE_ORDER);
    return List.copyOf(copy);
  }
}

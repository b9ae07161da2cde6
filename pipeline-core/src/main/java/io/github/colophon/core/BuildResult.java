package io.github.colophon.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What building one publication gave: the files written (none when it failed), the diagnostics
 * sorted by file and line, the PDF's page count, how long it took, and whether the build was
 * skipped because nothing changed since the last one ({@code upToDate}; outputs are then the
 * existing files).
 */
public record BuildResult(
    String publication,
    List<Path> outputs,
    List<Diagnostic> diagnostics,
    int pages,
    Duration elapsed,
    boolean upToDate) {

  public BuildResult {
    outputs = List.copyOf(outputs);
    diagnostics = List.copyOf(diagnostics);
  }

  public BuildResult(
      String publication, List<Path> outputs, List<Diagnostic> diagnostics, int pages, Duration elapsed) {
    this(publication, outputs, diagnostics, pages, elapsed, false);
  }

  public boolean succeeded() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** One line for the log: {@code innovation-cases: pdf 64 pages, html, 3.2 s}. */
  public String summary() {
    if (!succeeded()) {
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      return "%s: failed with %d error%s".formatted(publication, errors, errors == 1 ? "" : "s");
    }
    if (upToDate) {
      return publication + ": up to date (no input changed since the last build)";
    }
    StringBuilder sb = new StringBuilder(publication).append(": ");
    for (Path p : outputs) {
      String name = p.getFileName().toString();
      sb.append(name.endsWith(".pdf") ? "pdf " + pages + " pages" : "html").append(", ");
    }
    long warnings = diagnostics.size();
    if (warnings > 0) {
      sb.append(warnings).append(warnings == 1 ? " warning, " : " warnings, ");
    }
    return sb.append("%.1f s".formatted(elapsed.toMillis() / 1000.0)).toString();
  }
}

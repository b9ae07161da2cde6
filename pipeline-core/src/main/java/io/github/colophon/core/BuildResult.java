package io.github.colophon.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building one publication gave: the files written (none when it failed), the diagnostics
 * sorted by file and line, the PDF's page count, how long it took, and whether the build was
 * skipped because nothing changed since the last one ({@code upToDate}; outputs are then the
 * existing files), and the wall time of each stage in the order they ran.
 */
public record BuildResult(
    String publication,
    List<Path> outputs,
    List<Diagnostic> diagnostics,
    int pages,
    Duration elapsed,
    boolean upToDate,
    Map<String, Duration> stages) {

  public BuildResult {
    outputs = List.copyOf(outputs);
    diagnostics = List.copyOf(diagnostics);
    stages = stages == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }

  public BuildResult(
      String publication,
      List<Path> outputs,
      List<Diagnostic> diagnostics,
      int pages,
      Duration elapsed,
      boolean upToDate) {
    this(publication, outputs, diagnostics, pages, elapsed, upToDate, Map.of());
  }

  public BuildResult(
      String publication, List<Path> outputs, List<Diagnostic> diagnostics, int pages, Duration elapsed) {
    this(publication, outputs, diagnostics, pages, elapsed, false, Map.of());
  }

  public boolean succeeded() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * One line for the log, with where the time went: {@code innovation-cases: pdf 64 pages, html,
   * 3.2 s (load 0.0 s, parse 0.1 s, check 0.1 s, pdf 2.4 s, finish 0.2 s, html 0.3 s, write 0.1 s)}.
   */
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
    sb.append(seconds(elapsed));
    if (!stages.isEmpty()) {
      StringBuilder parts = new StringBuilder();
      stages.forEach((stage, time) -> parts.append(parts.length() == 0 ? "" : ", ").append(stage).append(' ').append(seconds(time)));
      sb.append(" (").append(parts).append(')');
    }
    return sb.toString();
  }

  static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}

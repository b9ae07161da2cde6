package io.github.colophon.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes diagnostics as a SARIF 2.1.0 log, so CI systems can annotate the manuscript lines.
 * Columns are Unicode code points, as in Colophon's own messages ({@code columnKind}).
 */
public final class Sarif {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Sarif() {}

  /**
   * Writes {@code diagnostics} to {@code file}; their {@code file} fields become artifact URIs
   * as they are (give paths relative to the project root).
   */
  public static void write(List<Diagnostic> diagnostics, Path file) throws IOException {
    ObjectNode log = JSON.createObjectNode();
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Colophon");
    driver.put("version", Pipeline.version());
    ArrayNode rules = driver.putArray("rules");
    new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList())
        .forEach(code -> rules.addObject().put("id", code));
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code());
      result.put("level", d.isError() ? "error" : "warning");
      String text = d.hint().isEmpty() ? d.message() : d.message() + " (" + d.hint() + ")";
      result.putObject("message").put("text", text);
      if (!d.file().isEmpty()) {
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", d.file());
        if (d.line() > 0) {
          ObjectNode region = location.putObject("region");
          region.put("startLine", d.line());
          if (d.column() > 0) {
            region.put("startColumn", d.column());
          }
        }
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), log);
  }
}

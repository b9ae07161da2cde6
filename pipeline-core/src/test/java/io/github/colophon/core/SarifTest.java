package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifTest {
  @TempDir Path dir;

  @Test
  void diagnosticsBecomeSarifResultsWithRegionsInCodePoints() throws Exception {
    Diagnostic error =
        Diagnostic.error("unresolved-reference", "unresolved reference @fig-x",
            new SourcePosition("src/publications/p/a.md", 12, 5), "did you mean @fig-y?");
    Diagnostic warning =
        Diagnostic.warning("empty-file", "the file has no text", SourcePosition.of("src/publications/p/b.md"), "");
    Path file = dir.resolve("out/colophon.sarif");

    Sarif.write(List.of(error, warning), file);

    JsonNode run = new ObjectMapper().readTree(file.toFile()).get("runs").get(0);
    assertEquals("Colophon", run.at("/tool/driver/name").asText());
    assertEquals("unicodeCodePoints", run.get("columnKind").asText());
    assertEquals(2, run.at("/tool/driver/rules").size());
    JsonNode first = run.get("results").get(0);
    assertEquals("unresolved-reference", first.get("ruleId").asText());
    assertEquals("error", first.get("level").asText());
    assertEquals("unresolved reference @fig-x (did you mean @fig-y?)", first.at("/message/text").asText());
    assertEquals("src/publications/p/a.md", first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(12, first.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(5, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
    JsonNode second = run.get("results").get(1);
    assertEquals("warning", second.get("level").asText());
    assertEquals(true, second.at("/locations/0/physicalLocation/region").isMissingNode());
  }
}

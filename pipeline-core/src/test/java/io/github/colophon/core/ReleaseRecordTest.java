package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** release.json and SHA256SUMS: what they list, and that they agree with the files on disk. */
class ReleaseRecordTest {
  @TempDir static Path shared;
  private static Path published;
  private static BuildResult result;
  private static JsonNode record;
  /**
   * The editions' files: the PDF, and the HTML site's pages, theme, script, search index, and web
   * fonts with their licence.
   */
  private static final List<String> EDITION_FILES =
      List.of(
          "html/colophon.css",
          "html/colophon.js",
          "html/fonts/NotoSansSC-Bold.woff",
          "html/fonts/NotoSansSC-Regular.woff",
          "html/fonts/OFL-NotoSC.txt",
          "html/index.html",
          "html/search-index.js",
          "html/sec-models.html",
          "html/sec-rise.html",
          "html/summary.html",
          "open-banking.pdf");

  @BeforeAll
  static void build() throws Exception {
    result =
        new Pipeline()
            .build(
                PipelineTest.paper(shared.resolve("src")).folder(),
                BuildOptions.builder()
                    .outputDirectory(shared.resolve("out"))
                    .buildTime(Instant.parse("2022-11-15T08:30:00Z"))
                    .revision("0123abc")
                    .build());
    assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    published = shared.resolve("out/open-banking");
    record = new ObjectMapper().readTree(published.resolve("release.json").toFile());
  }

  @Test
  void recordsThePublicationAndHowItWasBuilt() {
    assertEquals(1, record.path("schema").asInt());
    assertEquals("open-banking", record.path("publication").path("name").asText());
    assertEquals("开放银行生态白皮书", record.path("publication").path("title").asText());
    assertEquals("2022.1", record.path("publication").path("version").asText());
    assertEquals("2022-11-15", record.path("publication").path("date").asText());
    assertEquals("zh-CN", record.path("publication").path("language").asText());
    JsonNode build = record.path("build");
    assertEquals("draft", build.path("edition").asText());
    assertEquals("2022-11-15T08:30:00Z", build.path("time").asText());
    assertEquals("0123abc", build.path("revision").asText());
    assertEquals(Pipeline.version(), build.path("colophon").asText());
  }

  @Test
  void countsPagesTextFiguresTablesAndCases() {
    JsonNode content = record.path("content");
    assertEquals(result.pages(), content.path("pages").asInt());
    assertEquals(0, content.path("figures").asInt());
    assertEquals(1, content.path("tables").asInt());
    assertEquals(1, content.path("cases").asInt());
    assertEquals("characters", content.path("text").path("unit").asText());
    long count = content.path("text").path("count").asLong();
    assertTrue(count > 150 && count < 400, "characters: " + count);
  }

  @Test
  void listsEveryOtherFileWithItsSizeAndHash() throws Exception {
    List<String> listed = new ArrayList<>();
    for (JsonNode f : record.path("files")) {
      Path file = published.resolve(f.path("path").asText());
      listed.add(f.path("path").asText());
      assertEquals(Files.size(file), f.path("size").asLong(), file.toString());
      assertEquals(sha256(file), f.path("sha256").asText(), file.toString());
    }
    assertEquals(EDITION_FILES, listed);
  }

  @Test
  void sha256sumsCoversTheEditionsAndTheRecordInSha256sumFormat() throws Exception {
    List<String> lines = Files.readAllLines(published.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    List<String> paths = new ArrayList<>(EDITION_FILES);
    paths.add("release.json");
    for (String path : paths) {
      expected.add(sha256(published.resolve(path)) + "  " + path);
    }
    assertEquals(expected, lines);
  }

  @Test
  void keysAreSortedAndLinesEndInNewlines() throws Exception {
    String json = Files.readString(published.resolve("release.json"), StandardCharsets.UTF_8);
    assertTrue(!json.contains("\r") && json.endsWith("}\n"), json);
    List<String> keys = new ArrayList<>();
    record.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("build", "content", "files", "publication", "schema", "warnings"), keys);
    assertTrue(json.indexOf("\"cases\"") < json.indexOf("\"figures\"") && json.indexOf("\"figures\"") < json.indexOf("\"pages\""), json);
  }

  @Test
  void englishPublicationsCountWords() throws Exception {
    Path folder =
        TestPublication.create(
                shared.resolve("src-en"),
                "en-paper",
                """
                title: Open Finance
                language: en
                version: "1.0"
                date: 2026-11-29
                chapters: [one.md]
                """)
            .file("one.md", "# Open finance\n\nBanks share data with consent.\n")
            .folder();
    BuildResult en =
        new Pipeline()
            .build(folder, BuildOptions.builder().outputDirectory(shared.resolve("out-en")).formats(java.util.Set.of(Format.HTML)).build());
    assertTrue(en.succeeded(), () -> en.diagnostics().toString());
    JsonNode text =
        new ObjectMapper().readTree(shared.resolve("out-en/en-paper/release.json").toFile()).path("content").path("text");
    assertEquals(Map.of("unit", "words", "count", 7), Map.of("unit", text.path("unit").asText(), "count", text.path("count").asInt()));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code colophon:new} writes builds cleanly, in every kind and both languages. */
class ScaffoldTest {
  private static final Pipeline PIPELINE = new Pipeline();
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

  @TempDir Path root;

  private BuildOptions options() {
    return BuildOptions.builder()
        .outputDirectory(root.resolve("out"))
        .buildTime(Instant.parse("2026-11-29T00:00:00Z"))
        .build();
  }

  @ParameterizedTest
  @CsvSource({"book, zh-CN", "white-paper, en", "report, zh-CN", "survey, en"})
  void scaffoldBuildsWithoutDiagnostics(String kind, String language) throws Exception {
    Path folder =
        new Scaffold()
            .create(root.resolve("src/publications"), new Scaffold.Request("my-" + kind, kind, language, null, DATE));

    BuildResult result = PIPELINE.build(folder, options());

    assertEquals(List.of(), result.diagnostics(), () -> result.diagnostics().toString());
    assertEquals(2, result.outputs().size(), "a PDF and an HTML edition");
    assertTrue(result.pages() >= 3, "cover, contents and chapters: " + result.pages());
    // The site has a page per unit; references live on the chapter pages.
    StringBuilder html = new StringBuilder();
    try (var pages = Files.list(result.outputs().get(1).getParent())) {
      for (Path page : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        html.append(Files.readString(page, StandardCharsets.UTF_8));
      }
    }
    boolean chinese = language.startsWith("zh");
    // references resolved to numbers in the edition's language
    List<String> xrefs =
        java.util.regex.Pattern.compile("class=\"xref\">([^<]*)<")
            .matcher(html)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertTrue(xrefs.contains(chinese ? "第 2 章" : "Chapter 2"), "reference to the second chapter: " + xrefs);
    assertTrue(xrefs.contains(chinese ? "案例 1" : "Case 1"), "reference to the case block: " + xrefs);
    assertTrue(xrefs.contains(chinese ? "表 2.1" : "Table 2.1"), "reference to the table: " + xrefs);
  }

  @ParameterizedTest
  @CsvSource({"book, en", "white-paper, zh-CN", "report, en", "survey, zh-CN"})
  void otherCombinationsCheckCleanly(String kind, String language) throws Exception {
    Path folder =
        new Scaffold()
            .create(root.resolve("src/publications"), new Scaffold.Request("p", kind, language, "A: \"quoted\" # title", DATE));
    BuildResult result = PIPELINE.check(folder, options());
    assertEquals(List.of(), result.diagnostics(), () -> result.diagnostics().toString());
    String manifest = Files.readString(folder.resolve("publication.yaml"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("kind: " + kind), manifest);
    assertTrue(manifest.contains("date: 2026-11-29"), manifest);
  }

  @Test
  void writesManifestFrontMatterAndTwoChapters() throws Exception {
    Path folder =
        new Scaffold().create(root, new Scaffold.Request("my-report", "white-paper", "en", null, DATE));
    assertTrue(Files.isRegularFile(folder.resolve("publication.yaml")));
    assertTrue(Files.isRegularFile(folder.resolve("summary.md")));
    assertTrue(Files.isRegularFile(folder.resolve("chapters/01-introduction.md")));
    assertTrue(Files.isRegularFile(folder.resolve("chapters/02-approach.md")));
    String manifest = Files.readString(folder.resolve("publication.yaml"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("title: \"My Report\""), manifest);
    assertTrue(manifest.contains("language: \"en\""), manifest);
    String chapter = Files.readString(folder.resolve("chapters/01-introduction.md"), StandardCharsets.UTF_8);
    assertTrue(chapter.contains("{#sec-background}") && chapter.contains("::: {.case #case-pilot}"), chapter);
  }

  @Test
  void refusesToOverwriteAnExistingFolder() throws Exception {
    Path existing = Files.createDirectories(root.resolve("taken"));
    Files.writeString(existing.resolve("notes.md"), "mine");
    FileAlreadyExistsException e =
        assertThrows(
            FileAlreadyExistsException.class,
            () -> new Scaffold().create(root, new Scaffold.Request("taken", "book", "en", null, DATE)));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals(List.of(existing.resolve("notes.md")), Files.list(existing).toList(), "nothing written");
  }

  @Test
  void rejectsUnknownKindAndBadNames() {
    IllegalArgumentException kind =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Scaffold().create(root, new Scaffold.Request("x", "whitepaper", "en", null, DATE)));
    assertTrue(kind.getMessage().contains("white-paper"), kind.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Scaffold().create(root, new Scaffold.Request("../escape", "book", "en", null, DATE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Scaffold().create(root, new Scaffold.Request("", "book", "en", null, DATE)));
  }

  @Test
  void jvmConfigIsWrittenOnceAndAnOwnOneIsLeftAsItIs() throws Exception {
    Path project = root.resolve("project");
    Path config = project.resolve(".mvn/jvm.config");

    assertEquals(Scaffold.JvmConfig.WRITTEN, Scaffold.jvmConfig(project));
    assertEquals("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n", Files.readString(config));
    assertEquals(Scaffold.JvmConfig.ALREADY_SET, Scaffold.jvmConfig(project));

    Files.writeString(config, "-Xmx2g\n");
    assertEquals(Scaffold.JvmConfig.LEFT_AS_IS, Scaffold.jvmConfig(project));
    assertEquals("-Xmx2g\n", Files.readString(config), "an author's own jvm.config is never changed");
  }
}

package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code the code base can report is documented in the user guide's
 * troubleshooting chapter, in a section of its own, and the chapter documents no code that no
 * longer exists. Codes are found as the string literals passed to {@code Diagnostic.error} and
 * {@code Diagnostic.warning} in the main sources.
 */
class DiagnosticCodesDocumentedTest {
  static final Path MAIN_SOURCES = Path.of("src/main/java");
  static final Path TROUBLESHOOTING =
      Path.of("../manuscripts/src/publications/user-guide/chapters/08-troubleshooting.md");

  /** {@code Diagnostic.error(\n "some-code",} — the code is the first argument. */
  private static final Pattern REPORTED =
      Pattern.compile("Diagnostic\\s*\\.\\s*(?:error|warning)\\(\\s*\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");
  /** {@code ### some-code {#sec-diag-some-code}} — a section per code. */
  private static final Pattern DOCUMENTED =
      Pattern.compile("(?m)^### ([a-z0-9]+(?:-[a-z0-9]+)*) \\{#sec-diag-\\1\\}\\s*$");

  static Set<String> codesInSources() {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              p -> {
                Matcher m = REPORTED.matcher(read(p));
                while (m.find()) {
                  codes.add(m.group(1));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  static Set<String> codesInGuide() {
    Set<String> codes = new TreeSet<>();
    Matcher m = DOCUMENTED.matcher(read(TROUBLESHOOTING));
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void everyCodeInTheSourcesHasATroubleshootingSection() {
    Set<String> reported = codesInSources();
    assertTrue(reported.size() >= 15, "expected the diagnostic codes of " + MAIN_SOURCES.toAbsolutePath() + ": " + reported);
    Set<String> undocumented = new TreeSet<>(reported);
    undocumented.removeAll(codesInGuide());
    assertEquals(
        new TreeSet<>(),
        undocumented,
        "codes without a '### code {#sec-diag-code}' section in " + TROUBLESHOOTING
            + " (say what it means, show a message, say how to fix it, and add it to the chapter's tables)");
  }

  @Test
  void theGuideDocumentsNoCodeThatNoLongerExists() {
    Set<String> stale = new TreeSet<>(codesInGuide());
    stale.removeAll(codesInSources());
    assertEquals(new TreeSet<>(), stale, "sections in " + TROUBLESHOOTING + " for codes no code reports");
  }

  @Test
  void everyCodeIsListedInTheChaptersTables() {
    String chapter = read(TROUBLESHOOTING);
    Set<String> unlisted = new TreeSet<>();
    for (String code : codesInSources()) {
      if (!chapter.contains("| `" + code + "` | @sec-diag-" + code + " |")) {
        unlisted.add(code);
      }
    }
    assertEquals(new TreeSet<>(), unlisted, "codes missing from the tables at the top of " + TROUBLESHOOTING);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

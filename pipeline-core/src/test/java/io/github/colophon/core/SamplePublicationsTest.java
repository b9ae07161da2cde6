package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every sample publication in {@code manuscripts/} and checks that copy and search work:
 * the text extracted from the PDF has every Chinese sentence of the sources, and no ideograph
 * comes out as its radical look-alike.
 */
class SamplePublicationsTest {
  static final Path SAMPLES = Path.of("../manuscripts/src/publications");
  private static final Pipeline PIPELINE = new Pipeline();
  /** A run of Chinese text with its punctuation, as written on one source line. */
  private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}，。、；：？！“”‘’（）《》—…·]{8,}");
  /** A run of plain English words on one source line (no Markdown marks inside). */
  private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z][A-Za-z,; ]{38,}[A-Za-z]");

  @TempDir static Path out;

  static List<Path> samples() {
    List<Path> samples = Pipeline.discover(SAMPLES);
    assertTrue(samples.size() >= 3, "expected the sample publications under " + SAMPLES.toAbsolutePath());
    return samples;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleBuildsAndItsPdfTextMatchesTheSources(Path sample) throws Exception {
    BuildResult result =
        PIPELINE.build(
            sample,
            BuildOptions.builder().outputDirectory(out).buildTime(Instant.parse("2022-11-15T00:00:00Z")).build());
    assertTrue(result.succeeded(), () -> String.join("\n", result.diagnostics().stream().map(Diagnostic::format).toList()));
    assertEquals(List.of(), result.diagnostics(), "samples build without warnings");

    Path pdf = result.outputs().get(0);
    List<String> sources = markdownSources(sample);
    try (PdfProbe probe = new PdfProbe(pdf)) {
      String text = probe.text();
      String compact = probe.readingText(true);
      String streamOrder = probe.readingText(false);

      TreeSet<String> radicals = new TreeSet<>();
      text.codePoints()
          .filter(cp -> (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x31C0 && cp <= 0x31EF) || (cp >= 0xF900 && cp <= 0xFAFF))
          .forEach(cp -> radicals.add("U+%04X".formatted(cp)));
      assertEquals(new TreeSet<>(), radicals, "ideographs extracted as radical or compatibility look-alikes");

      TreeSet<String> missingIdeographs = new TreeSet<>();
      for (String source : sources) {
        source.codePoints()
            .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
            .filter(cp -> compact.indexOf(cp) < 0)
            .forEach(cp -> missingIdeographs.add(new String(Character.toChars(cp))));
      }
      assertEquals(new TreeSet<>(), missingIdeographs, "every ideograph of the sources is in the PDF text");

      List<String> missingRuns = new ArrayList<>();
      int runs = 0;
      // A Chinese sample is checked sentence by sentence in Chinese; an English one (the user
      // guide) by its runs of plain English words, compared without white space.
      Pattern run = isChinese(sample) ? CHINESE_RUN : ENGLISH_RUN;
      for (String source : sources) {
        Matcher m = run.matcher(source);
        while (m.find()) {
          runs++;
          String sentence = m.group().replaceAll("\\s+", "");
          if (!compact.contains(sentence) && !streamOrder.contains(sentence)) {
            missingRuns.add(m.group());
          }
        }
      }
      assertTrue(runs > 20, "the sample has real text: " + runs);
      assertTrue(missingRuns.isEmpty(), () -> missingRuns.size() + " of the source sentences are not in the PDF text, e.g. " + missingRuns.subList(0, Math.min(5, missingRuns.size())));

      for (PdfProbe.FontUse font : probe.fonts()) {
        assertTrue(font.embedded() && font.subset(), "not an embedded subset: " + font);
      }
      assertFalse(probe.outlineTitles().isEmpty(), "the PDF has an outline");
      List<String> badStarts = new ArrayList<>();
      for (int page = 0; page < probe.pdf.getNumberOfPages(); page++) {
        for (PdfProbe.Line line : probe.lines(page)) {
          if (PdfProbe.CLOSING_PUNCTUATION.indexOf(line.text().charAt(0)) >= 0) {
            badStarts.add("page " + (page + 1) + ": " + line.text());
          }
        }
      }
      assertEquals(List.of(), badStarts, "lines starting with closing punctuation");
      // A title that wraps keeps at least two characters on each line: "调查报 / 告" reads badly.
      List<PdfProbe.Line> coverTitle = probe.lines(0).stream().filter(l -> l.size() >= 20).toList();
      assertFalse(coverTitle.isEmpty(), "the cover has a title set large: " + probe.lines(0));
      assertEquals(
          List.of(),
          coverTitle.stream().filter(l -> l.text().codePointCount(0, l.text().length()) < 2).toList(),
          "cover title lines with one character");
    }
    StringBuilder pages = new StringBuilder();
    try (Stream<Path> site = Files.list(result.outputs().get(1).getParent())) {
      for (Path page : site.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        pages.append(Files.readString(page, StandardCharsets.UTF_8));
      }
    }
    String html = pages.toString();
    for (String source : sources) {
      Matcher m = CHINESE_RUN.matcher(source);
      if (m.find()) {
        assertTrue(html.contains(m.group()), "HTML edition has " + m.group());
      }
    }
  }

  /** Whether the sample's manifest gives a Chinese language (or none: zh-CN is the default). */
  private static boolean isChinese(Path sample) {
    return read(sample.resolve("publication.yaml"))
        .lines()
        .filter(l -> l.startsWith("language:"))
        .map(l -> l.substring("language:".length()).replace("\"", "").strip())
        .findFirst()
        .map(lang -> lang.startsWith("zh"))
        .orElse(true);
  }

  /**
   * Cross-references and labels, which the PDF shows as numbers ("Table 2.1"), cut the source
   * into separate runs instead of being compared as text.
   */
  private static final Pattern REFERENCES_AND_LABELS =
      Pattern.compile("\\[-?@[^\\]]*\\]|@(?:sec|fig|tbl|eq|case|app)[-:][\\w.:-]*\\w|\\{#[^}]*\\}");

  /** The Markdown files of a sample, with references and labels cut out. */
  private static List<String> markdownSources(Path sample) {
    try (Stream<Path> files = Files.walk(sample)) {
      return files
          .filter(p -> p.toString().endsWith(".md"))
          .sorted()
          .map(SamplePublicationsTest::read)
          .map(text -> REFERENCES_AND_LABELS.matcher(text).replaceAll("\n"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

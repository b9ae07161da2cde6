package io.github.colophon.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web fonts of every sample site, read back with fontbox: the faces the theme sets text in,
 * each declared with {@code local()} first and {@code font-display: swap}, with its licence
 * beside it, and cut down to the characters the site shows: every character of the text (and of
 * the stylesheet's generated content) is in a subset, and no subset has a character the site
 * never uses. The browser test checks that Chromium draws the pages with them.
 */
class HtmlWebFontsTest {
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
  private static final Pattern FAMILY = Pattern.compile("font-family:\\s*\"([^\"]+)\"");
  private static final Pattern WEIGHT = Pattern.compile("font-weight:\\s*(\\d+)");
  private static final Pattern SRC = Pattern.compile("src:\\s*([^;]+);");
  private static final Pattern CONTENT = Pattern.compile("content:\\s*\"([^\"]*)\"");
  private static final Path BUNDLED = Path.of("src/main/resources/io/github/colophon/fonts");

  static List<String> samples() {
    return HtmlSiteLinksTest.samples();
  }

  /** A declared face: family, weight, the src list, and the subset's character map. */
  private record Face(String family, int weight, String src, Path file, Set<Integer> characters) {}

  @ParameterizedTest
  @MethodSource("samples")
  void theSiteCarriesTheFacesItsThemeUsesWithLocalFirstSwapAndTheirLicences(String name) throws IOException {
    Path site = SampleSites.site(name);
    List<Face> faces = faces(site);
    List<Document> pages = pages(site);
    boolean book = pages.get(0).body().hasClass("kind-book");
    boolean code = pages.stream().anyMatch(p -> p.selectFirst("code, pre") != null);

    Set<String> families = new TreeSet<>();
    faces.forEach(f -> families.add(f.family() + " " + f.weight()));
    Set<String> expected = new TreeSet<>(List.of("Noto Sans SC 400", "Noto Sans SC 700"));
    if (book) {
      expected.addAll(List.of("Noto Serif SC 400", "Noto Serif SC 700"));
    }
    if (code) {
      expected.addAll(List.of("JetBrains Mono 400", "JetBrains Mono 700"));
    }
    assertEquals(expected, families, name + ": serif for a book's body, mono where there is code");

    String css = Files.readString(site.resolve("colophon.css"), StandardCharsets.UTF_8);
    assertTrue(css.indexOf("@font-face") < css.indexOf(":root"), "the faces come before the theme, so an author's own rules win");
    for (Face face : faces) {
      assertTrue(face.src().matches("(local\\(\"[^\"]+\"\\), )+url\\(\"fonts/[\\w-]+\\.woff\"\\) format\\(\"woff\"\\)"),
          "local() first, then the subset: " + face.src());
      assertTrue(face.src().contains("local(\"" + face.file().getFileName().toString().replace(".woff", "") + "\")"),
          "the PostScript name is one of the local names: " + face.src());
    }
    assertTrue(Pattern.compile("font-display:\\s*swap").matcher(css).results().count() == faces.size(),
        "every face swaps in when loaded");
    Set<String> licences = new TreeSet<>();
    try (Stream<Path> files = Files.list(site.resolve("fonts"))) {
      files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt")).forEach(licences::add);
    }
    Set<String> expectedLicences = new TreeSet<>(Set.of("OFL-NotoSC.txt"));
    if (code) {
      expectedLicences.add("OFL-JetBrainsMono.txt");
    }
    assertEquals(expectedLicences, licences, "the OFL travels with the fonts");
    for (String licence : licences) {
      assertEquals(
          Files.readString(BUNDLED.resolve(licence)),
          Files.readString(site.resolve("fonts").resolve(licence)));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSubsetsHoldExactlyTheCharactersTheSiteShows(String name) throws IOException {
    Path site = SampleSites.site(name);
    List<Face> faces = faces(site);
    String css = Files.readString(site.resolve("colophon.css"), StandardCharsets.UTF_8);

    // What a reader sees: the text of every page, and the stylesheet's generated content.
    TreeSet<Integer> shown = new TreeSet<>();
    TreeSet<Integer> inCode = new TreeSet<>();
    for (Document page : pages(site)) {
      add(shown, page.title());
      add(shown, page.body().text());
      for (Element e : page.select("[placeholder]")) {
        add(shown, e.attr("placeholder"));
      }
      for (Element e : page.select("code, pre")) {
        add(inCode, e.text());
      }
    }
    Matcher content = CONTENT.matcher(css);
    while (content.find()) {
      add(shown, content.group(1));
    }
    shown.removeIf(Character::isWhitespace);
    inCode.removeIf(Character::isWhitespace);

    // Everything the site could show, markup and all: no subset holds more than this.
    TreeSet<Integer> anywhere = new TreeSet<>();
    try (Stream<Path> files = Files.list(site)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(html|css|js)$") && !p.endsWith("search-index.js")).toList()) {
        add(anywhere, Parser.unescapeEntities(Files.readString(f, StandardCharsets.UTF_8), false));
      }
    }

    List<String> problems = new ArrayList<>();
    TreeSet<Integer> covered = new TreeSet<>();
    for (Face face : faces) {
      covered.addAll(face.characters());
      Set<Integer> bundled = bundledCoverage(face.file().getFileName().toString().replace(".woff", ".ttf"));
      Set<Integer> wanted = new TreeSet<>(face.family().equals("JetBrains Mono") ? inCode : shown);
      wanted.retainAll(bundled);
      Set<Integer> missing = new TreeSet<>(wanted);
      missing.removeAll(face.characters());
      if (!missing.isEmpty()) {
        problems.add(face.file().getFileName() + " lacks " + chars(missing));
      }
      Set<Integer> extra = new TreeSet<>(face.characters());
      extra.removeAll(anywhere);
      if (!extra.isEmpty()) {
        problems.add(face.file().getFileName() + " holds characters the site never uses: " + chars(extra));
      }
      assertTrue(face.characters().size() < bundled.size() / 4,
          face.file().getFileName() + " is a subset: " + face.characters().size() + " of " + bundled.size());
    }
    Set<Integer> nowhere = new TreeSet<>(shown);
    nowhere.removeAll(covered);
    if (!nowhere.isEmpty()) {
      problems.add("shown but in no web font (a system font would draw them): " + chars(nowhere));
    }
    assertEquals(List.of(), problems, name);
  }

  private static List<Face> faces(Path site) throws IOException {
    String css = Files.readString(site.resolve("colophon.css"), StandardCharsets.UTF_8);
    Map<String, Face> faces = new LinkedHashMap<>();
    Matcher m = FONT_FACE.matcher(css);
    while (m.find()) {
      String body = m.group(1);
      String src = find(SRC, body).strip();
      String url = src.replaceAll(".*url\\(\"([^\"]+)\"\\).*", "$1");
      Path file = site.resolve(url);
      assertTrue(Files.isRegularFile(file), "no font file " + url);
      Face face = new Face(find(FAMILY, body), Integer.parseInt(find(WEIGHT, body)), src, file, cmap(WoffReader.toTrueType(Files.readAllBytes(file))));
      assertTrue(faces.put(face.family() + face.weight(), face) == null, "one rule per face: " + face);
    }
    assertTrue(!faces.isEmpty(), "no @font-face in " + site.resolve("colophon.css"));
    return List.copyOf(faces.values());
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertTrue(m.find(), p + " in " + text);
    return m.group(1);
  }

  private static List<Document> pages(Path site) throws IOException {
    List<Document> pages = new ArrayList<>();
    for (Path page : SampleSites.pages(site)) {
      pages.add(Jsoup.parse(page.toFile(), "UTF-8"));
    }
    return pages;
  }

  private static final Map<String, Set<Integer>> BUNDLED_COVERAGE = new java.util.concurrent.ConcurrentHashMap<>();

  private static Set<Integer> bundledCoverage(String file) {
    return BUNDLED_COVERAGE.computeIfAbsent(
        file,
        f -> {
          try {
            return cmap(Files.readAllBytes(BUNDLED.resolve(f)));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** The code points a TrueType font maps to a glyph (the Basic Multilingual Plane). */
  private static Set<Integer> cmap(byte[] font) throws IOException {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      Set<Integer> mapped = new TreeSet<>();
      for (int cp = 0; cp < 0x10000; cp++) {
        if (cmap.getGlyphId(cp) != 0) {
          mapped.add(cp);
        }
      }
      return mapped;
    }
  }

  private static void add(Set<Integer> set, String text) {
    text.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(set::add);
  }

  private static String chars(Set<Integer> cps) {
    StringBuilder sb = new StringBuilder();
    cps.stream().limit(40).forEach(cp -> sb.append(new String(Character.toChars(cp))).append(String.format("(U+%04X) ", cp)));
    return sb.append(cps.size() > 40 ? "… " + cps.size() + " in all" : "").toString().strip();
  }
}

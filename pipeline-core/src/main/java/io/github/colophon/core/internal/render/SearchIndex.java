package io.github.colophon.core.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML edition's prebuilt search index, written as {@code search-index.js}: a script that
 * assigns one JSON object to {@code window.COLOPHON_SEARCH}, so a page opened from {@code file://}
 * can load it with a script tag (no fetch, no server).
 *
 * <p>The publication is cut into sections at every heading of levels 1–3 that has an id. Terms are
 * what {@code colophon.js} makes of a query in the same way: text is NFKC-normalised and lower-cased;
 * a run of CJK characters gives its character bigrams (a single character itself), any other run
 * of letters and digits is one word. Each term maps to the sections holding it; the sections'
 * text ships too, for phrase checks and snippets. Output is deterministic: sections in reading
 * order, terms sorted.
 */
final class SearchIndex {
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Section> sections = new ArrayList<>();

  /** One searchable stretch of a page: from a heading to the next. */
  record Section(String page, String anchor, String title, String unit, StringBuilder text) {}

  /** Cuts one unit's rendered HTML into sections; {@code page} is the file it is shown on. */
  void addUnit(String page, String unitTitle, String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<Section> found = new ArrayList<>();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e && HEADINGS.contains(e.normalName()) && e.hasAttr("id")) {
              found.add(new Section(page, e.id(), headingText(e), unitTitle, new StringBuilder()));
            } else if (node instanceof TextNode t && !found.isEmpty() && !skipped(t)) {
              found.get(found.size() - 1).text().append(t.text());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock() && !found.isEmpty()) {
              StringBuilder text = found.get(found.size() - 1).text();
              if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
              }
            }
          }
        });
    sections.addAll(found);
  }

  /** Headings: their text, not counting what is searched as the section's own title. */
  private static boolean skipped(TextNode t) {
    for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
      if (HEADINGS.contains(e.normalName())
          || e.hasClass("footnote-backref")
          || e.hasClass("footnote-ref")) {
        return true;
      }
    }
    return false;
  }

  /** "第 1 章 手机银行的演进", "1.1 发展历程": the number, a space, the title. */
  private static String headingText(Element heading) {
    Element title = heading.selectFirst("span.title");
    Element label = heading.selectFirst("span.unit-label, span.number");
    if (title == null) {
      return heading.text();
    }
    return label == null ? title.text() : label.text() + " " + title.text();
  }

  /**
   * The script's text: {@code window.COLOPHON_SEARCH = {...};}. {@code known} holds terms already
   * worked out for a section's text (by a build before, in the same JVM); the terms of this
   * index's sections are put into {@code found}, for the next build.
   */
  String script(Map<String, Set<String>> known, Map<String, Set<String>> found) {
    // Hashed while collecting, sorted once for output: sections come in order and each adds a
    // term once, so every posting list is already ascending.
    Map<String, List<Integer>> terms = new HashMap<>();
    StringWriter out = new StringWriter(1 << 20);
    out.write("/* Colophon search index: generated, do not edit. */\nwindow.COLOPHON_SEARCH = ");
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("sections");
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        String text = s.text().toString().strip();
        json.writeStartArray();
        json.writeString(s.page() + "#" + s.anchor());
        json.writeString(s.title());
        json.writeString(s.unit());
        json.writeString(text);
        json.writeEndArray();
        String searched = s.title() + " " + text;
        Set<String> sectionTerms = known.get(searched);
        if (sectionTerms == null) {
          sectionTerms = terms(searched);
        }
        found.put(searched, sectionTerms);
        for (String term : sectionTerms) {
          terms.computeIfAbsent(term, k -> new ArrayList<>(2)).add(i);
        }
      }
      json.writeEndArray();
      json.writeObjectFieldStart("terms");
      for (String term : new TreeSet<>(terms.keySet())) {
        json.writeArrayFieldStart(term);
        for (int section : terms.get(term)) {
          json.writeNumber(section);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(";\n").toString();
  }

  /** The distinct terms of {@code text}, as {@code colophon.js} tokenises a query. */
  static Set<String> terms(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    StringBuilder cjk = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flushWord(word, out);
        cjk.appendCodePoint(cp);
      } else if (isWordChar(cp)) {
        flushCjk(cjk, out);
        word.appendCodePoint(cp);
      } else {
        flushWord(word, out);
        flushCjk(cjk, out);
      }
    }
    flushWord(word, out);
    flushCjk(cjk, out);
    return out;
  }

  private static void flushWord(StringBuilder word, Set<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  /** The run's bigrams, or the run itself when it is one character; then empties it. */
  private static void flushCjk(StringBuilder run, Set<String> out) {
    if (run.isEmpty()) {
      return;
    }
    // By index, not through a code point stream: this runs for every run of CJK text in the
    // publication, and the stream was the HTML edition's largest compilation in a cold JVM.
    int start = 0;
    int next = Character.charCount(run.codePointAt(0));
    if (next == run.length()) {
      out.add(run.toString());
    }
    while (next < run.length()) {
      int end = next + Character.charCount(run.codePointAt(next));
      out.add(run.substring(start, end));
      start = next;
      next = end;
    }
    run.setLength(0);
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}

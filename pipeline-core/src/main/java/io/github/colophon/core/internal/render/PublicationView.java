package io.github.colophon.core.internal.render;

import io.github.colophon.core.model.Metadata;
import java.util.Map;

/**
 * What every template sees of the publication itself, shared by the print view
 * ({@link EditionView}) and the HTML page view ({@link HtmlPageView}); Mustache reads these fields
 * through the subclasses.
 */
abstract class PublicationView {
  final String title;
  /**
   * The title as {@code titleStart} and {@code titleEnd}, its last two ideographs, which the
   * print templates set unbreakable: a Chinese title may break between any two characters, and
   * one left alone on the last line ("调查报 / 告") reads badly. An empty end when the title does
   * not end in three ideographs.
   */
  final String titleStart;
  final String titleEnd;
  final String subtitle;
  final String language;
  final String languageClass;
  final String kind;
  final String authorsJoined;
  final String publisher;
  final String version;
  final String date;
  final String generator;
  final Map<String, String> words;

  PublicationView(Metadata m, String generator, Map<String, String> words) {
    this.title = m.title();
    int split = lastTwoIdeographs(m.title());
    this.titleStart = m.title().substring(0, split);
    this.titleEnd = m.title().substring(split);
    this.subtitle = m.subtitle();
    this.language = m.language();
    this.languageClass = m.isChinese() ? "zh" : "en";
    this.kind = m.kind().id();
    this.authorsJoined = String.join(m.isChinese() ? "、" : ", ", m.authors());
    this.publisher = m.publisher();
    this.version = m.version();
    this.date = m.date();
    this.generator = generator;
    this.words = words;
  }

  /** Where the last two ideographs of {@code title} begin, or its length if it does not end in three. */
  static int lastTwoIdeographs(String title) {
    int at = title.length();
    int lastTwo = at;
    for (int count = 1; count <= 3; count++) {
      if (at == 0 || Character.UnicodeScript.of(title.codePointBefore(at)) != Character.UnicodeScript.HAN) {
        return title.length();
      }
      at -= Character.charCount(title.codePointBefore(at));
      if (count == 2) {
        lastTwo = at;
      }
    }
    return lastTwo;
  }
}

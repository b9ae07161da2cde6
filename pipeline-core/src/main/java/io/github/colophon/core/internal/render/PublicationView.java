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
}

package io.github.colophon.core.model;

import java.util.List;
import java.util.Map;

/**
 * The bibliographic data of a publication, as given in its manifest, and the manifest's own
 * {@code variables:} for use as {@code {{name}}} in the text.
 */
public record Metadata(
    String title,
    String subtitle,
    Kind kind,
    String language,
    String version,
    String date,
    List<String> authors,
    String publisher,
    Map<String, String> variables,
    List<String> keywords) {

  public Metadata {
    authors = List.copyOf(authors);
    subtitle = subtitle == null ? "" : subtitle;
    publisher = publisher == null ? "" : publisher;
    variables = variables == null ? Map.of() : Map.copyOf(variables);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** True for Chinese publications ({@code zh}, {@code zh-CN}, {@code zh-Hans} …). */
  public boolean isChinese() {
    return language.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
  }
}

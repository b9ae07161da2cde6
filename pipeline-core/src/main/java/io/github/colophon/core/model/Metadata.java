package io.github.colophon.core.model;

import java.util.List;

/** The bibliographic data of a publication, as given in its manifest. */
public record Metadata(
    String title,
    String subtitle,
    Kind kind,
    String language,
    String version,
    String date,
    List<String> authors,
    String publisher) {

  public Metadata {
    authors = List.copyOf(authors);
    subtitle = subtitle == null ? "" : subtitle;
    publisher = publisher == null ? "" : publisher;
  }

  /** True for Chinese publications ({@code zh}, {@code zh-CN}, {@code zh-Hans} …). */
  public boolean isChinese() {
    return language.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
  }
}

package io.github.colophon.core.model;

import java.util.Locale;

/** What sort of publication this is; it picks the theme and the page layout. */
public enum Kind {
  BOOK,
  WHITE_PAPER,
  REPORT,
  SURVEY;

  /** The manifest spelling: {@code book}, {@code white-paper}, {@code report}, {@code survey}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses the manifest spelling, or returns null when it is not a kind. */
  public static Kind fromId(String id) {
    for (Kind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }
}

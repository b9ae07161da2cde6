package io.github.colophon.core;

import java.util.Locale;

/**
 * Which edition a build makes. A {@link #DRAFT} is marked as such on every page and screen; a
 * {@link #RELEASE} is unmarked and is only written when the manuscript is ready to publish: no
 * warnings, no TODO/FIXME markers, a non-SNAPSHOT version and complete metadata.
 */
public enum Edition {
  DRAFT,
  RELEASE;

  /** The lower-case name used in options and in release.json ({@code draft}, {@code release}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code draft} or {@code release}, ignoring case. */
  public static Edition parse(String name) {
    for (Edition e : values()) {
      if (e.name().equalsIgnoreCase(name.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown edition '" + name + "' (expected draft or release)");
  }
}

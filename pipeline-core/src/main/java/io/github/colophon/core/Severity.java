package io.github.colophon.core;

/** How serious a {@link Diagnostic} is. Errors stop the build before anything is written. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word used in compiler-style messages ({@code error}, {@code warning}). */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

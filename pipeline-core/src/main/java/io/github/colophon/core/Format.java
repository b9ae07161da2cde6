package io.github.colophon.core;

/** An edition format Colophon can write. */
public enum Format {
  PDF,
  HTML;

  /** Parses {@code pdf} or {@code html}, ignoring case. */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected pdf or html)");
  }
}

package io.github.colophon.core;

/**
 * Caps on what a manuscript may ask of a build, so that a hostile or broken manuscript cannot
 * exhaust memory or the stack, or run for hours. Each cap that is exceeded is a diagnostic
 * ({@code file-too-large}, {@code image-too-large}, {@code nesting-too-deep}), never a crash.
 * The defaults are far above what real publications need; see docs/security.md.
 *
 * @param maxFileBytes the largest manifest or Markdown file, in bytes
 * @param maxImageBytes the largest image file, in bytes
 * @param maxImagePixels the largest image, in pixels (width × height)
 * @param maxNestingDepth how deeply lists, quotes, divs, inline markup and raw HTML may nest
 */
public record Limits(long maxFileBytes, long maxImageBytes, long maxImagePixels, int maxNestingDepth) {

  /** 8 MiB per text file, 32 MiB and 50 megapixels per image, 100 levels of nesting. */
  public static final Limits DEFAULT = new Limits(8L << 20, 32L << 20, 50_000_000L, 100);

  public Limits {
    if (maxFileBytes < 1 || maxImageBytes < 1 || maxImagePixels < 1 || maxNestingDepth < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  public Limits withMaxFileBytes(long bytes) {
    return new Limits(bytes, maxImageBytes, maxImagePixels, maxNestingDepth);
  }

  public Limits withMaxImageBytes(long bytes) {
    return new Limits(maxFileBytes, bytes, maxImagePixels, maxNestingDepth);
  }

  public Limits withMaxImagePixels(long pixels) {
    return new Limits(maxFileBytes, maxImageBytes, pixels, maxNestingDepth);
  }

  public Limits withMaxNestingDepth(int depth) {
    return new Limits(maxFileBytes, maxImageBytes, maxImagePixels, depth);
  }
}

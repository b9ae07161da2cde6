package io.github.colophon.core.internal.markdown;

import java.util.regex.Pattern;

/** Which links point inside the publication (and so must resolve) and which leave it. */
public final class Links {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private Links() {}

  /** True for {@code #anchor}, {@code other.md}, {@code ../chapters/02.md#sec-y}. */
  public static boolean isInternal(String url) {
    if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//")) {
      return false;
    }
    String path = pathOf(url);
    return path.isEmpty() || path.endsWith(".md");
  }

  /** True for images and links the build would fetch from a network: http(s), ftp, {@code //host}. */
  public static boolean isRemote(String src) {
    String s = src.toLowerCase(java.util.Locale.ROOT);
    return s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//") || s.startsWith("ftp:");
  }

  /** The file part of a link, without the anchor. */
  public static String pathOf(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** The anchor of a link, or empty. */
  public static String anchorOf(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? "" : url.substring(hash + 1);
  }
}

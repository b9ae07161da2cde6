package io.github.colophon.core.internal.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pandoc attributes {@code {#id .class key=value key="quoted value"}} on a fenced div. */
record DivAttributes(String id, List<String> classes, Map<String, String> attributes) {
  private static final Pattern TOKEN =
      Pattern.compile("#([^\\s}]+)|\\.([^\\s}]+)|([\\w-]+)=(?:\"([^\"]*)\"|([^\\s}]+))");

  /** Parses the text between the braces, or a bare word ({@code ::: note} means class note). */
  static DivAttributes parse(String spec) {
    String s = spec.strip();
    List<String> classes = new ArrayList<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    String id = null;
    if (!s.startsWith("{")) {
      if (!s.isEmpty()) {
        classes.add(s);
      }
      return new DivAttributes(null, List.copyOf(classes), Map.of());
    }
    Matcher m = TOKEN.matcher(s.substring(1, s.length() - 1));
    while (m.find()) {
      if (m.group(1) != null) {
        id = m.group(1);
      } else if (m.group(2) != null) {
        classes.add(m.group(2));
      } else {
        attributes.put(m.group(3), m.group(4) != null ? m.group(4) : m.group(5));
      }
    }
    return new DivAttributes(id, List.copyOf(classes), Map.copyOf(attributes));
  }
}

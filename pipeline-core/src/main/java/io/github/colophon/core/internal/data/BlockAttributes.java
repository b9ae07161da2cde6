package io.github.colophon.core.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of a data fence's info string, in Pandoc's attribute syntax after the block's
 * kind: {@code {table #tbl-x .wide source="data/x.csv" sort=-2022 total}}. Values are bare words
 * or double-quoted ({@code \"} and {@code \\} escape); a key without a value is {@code "true"}.
 * Each item keeps its char offset in the info string, so errors can point at it.
 *
 * @param kind the first word: {@code table} or {@code chart}
 * @param id the {@code #id}, or null
 * @param values key to value, in the order written
 * @param offsets key to the offset of the key in the info string ({@code "#"} for the id)
 * @param problem what is wrong with the syntax, or null; {@code problemOffset} is where
 */
public record BlockAttributes(
    String kind,
    String id,
    List<String> classes,
    Map<String, String> values,
    Map<String, Integer> offsets,
    String problem,
    int problemOffset) {

  /** The kinds of data fence. */
  public static final List<String> KINDS = List.of("table", "chart");

  /** The attributes of {@code info} when it opens a data fence, or null for any other info string. */
  public static BlockAttributes parse(String info) {
    String trimmed = info.strip();
    if (!trimmed.startsWith("{") ) {
      return null;
    }
    int start = info.indexOf('{') + 1;
    int i = start;
    while (i < info.length() && Character.isWhitespace(info.charAt(i))) {
      i++;
    }
    int wordStart = i;
    while (i < info.length() && Character.isLetter(info.charAt(i))) {
      i++;
    }
    String kind = info.substring(wordStart, i);
    if (!KINDS.contains(kind) || (i < info.length() && !Character.isWhitespace(info.charAt(i)) && info.charAt(i) != '}')) {
      return null;
    }
    String id = null;
    List<String> classes = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> offsets = new LinkedHashMap<>();
    while (true) {
      while (i < info.length() && Character.isWhitespace(info.charAt(i))) {
        i++;
      }
      if (i >= info.length()) {
        return new BlockAttributes(kind, id, classes, values, offsets, "the attributes are not closed with '}'", i);
      }
      char c = info.charAt(i);
      if (c == '}') {
        if (!info.substring(i + 1).isBlank()) {
          return new BlockAttributes(kind, id, classes, values, offsets, "text after the closing '}'", i + 1);
        }
        return new BlockAttributes(kind, id, classes, values, offsets, null, 0);
      }
      int itemStart = i;
      if (c == '#' || c == '.') {
        i++;
        int nameStart = i;
        while (i < info.length() && !Character.isWhitespace(info.charAt(i)) && info.charAt(i) != '}') {
          i++;
        }
        String name = info.substring(nameStart, i);
        if (name.isEmpty()) {
          return new BlockAttributes(kind, id, classes, values, offsets, "'" + c + "' without a name", itemStart);
        }
        if (c == '#') {
          id = name;
          offsets.put("#", itemStart);
        } else {
          classes.add(name);
        }
        continue;
      }
      int keyStart = i;
      while (i < info.length()
          && !Character.isWhitespace(info.charAt(i))
          && info.charAt(i) != '='
          && info.charAt(i) != '}') {
        i++;
      }
      String key = info.substring(keyStart, i);
      String value = "true";
      if (i < info.length() && info.charAt(i) == '=') {
        i++;
        if (i < info.length() && info.charAt(i) == '"') {
          StringBuilder sb = new StringBuilder();
          i++;
          boolean closed = false;
          while (i < info.length()) {
            char v = info.charAt(i);
            if (v == '\\' && i + 1 < info.length()) {
              sb.append(info.charAt(i + 1));
              i += 2;
            } else if (v == '"') {
              i++;
              closed = true;
              break;
            } else {
              sb.append(v);
              i++;
            }
          }
          if (!closed) {
            return new BlockAttributes(kind, id, classes, values, offsets, "the value of '" + key + "' has no closing quote", itemStart);
          }
          value = sb.toString();
        } else {
          int valueStart = i;
          while (i < info.length() && !Character.isWhitespace(info.charAt(i)) && info.charAt(i) != '}') {
            i++;
          }
          value = info.substring(valueStart, i);
        }
      }
      if (values.containsKey(key)) {
        return new BlockAttributes(kind, id, classes, values, offsets, "'" + key + "' is given twice", itemStart);
      }
      values.put(key, value);
      offsets.put(key, itemStart);
    }
  }

  /** The value of {@code key}, or {@code fallback}. */
  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /** The caption, or empty. */
  public String caption() {
    return values.getOrDefault("caption", "");
  }
}

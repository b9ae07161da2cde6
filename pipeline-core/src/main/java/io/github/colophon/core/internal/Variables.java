package io.github.colophon.core.internal;

import io.github.colophon.core.model.Metadata;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The values authors can use as {@code {{name}}} in their text. Built-ins come from the manifest
 * and the build; the manifest's {@code variables:} add to them, and the build's (Maven's
 * {@code variables} parameter) win over both.
 */
public final class Variables {
  /** {@code {{name}}}: letters, digits, '-', '_' and '.'. */
  public static final Pattern USE = Pattern.compile("\\{\\{\\s*([A-Za-z][\\w.-]*)\\s*}}");

  private Variables() {}

  public static Map<String, String> resolve(
      Metadata metadata, String edition, String buildDate, Map<String, String> fromBuild) {
    Map<String, String> values = new TreeMap<>();
    values.put("title", metadata.title());
    values.put("subtitle", metadata.subtitle());
    values.put("version", metadata.version());
    values.put("date", metadata.date());
    values.put("publisher", metadata.publisher());
    values.put("authors", String.join(metadata.isChinese() ? "、" : ", ", metadata.authors()));
    values.put("language", metadata.language());
    values.put("edition", edition);
    values.put("build-date", buildDate);
    values.putAll(metadata.variables());
    values.putAll(fromBuild);
    return values;
  }
}

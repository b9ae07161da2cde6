package io.github.colophon.core.internal.release;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The top-level keys of a manifest with where they are written and their scalar values, so the
 * release checks can point at the {@code version:} line and tell a key left out from one the
 * loader filled in with a default (the language). Read separately from the loader's binding,
 * which keeps no positions.
 */
record ManifestKeys(Map<String, Key> keys) {

  /**
   * A key's value as written (null when not a scalar) and where it is: the 1-based line and
   * column of the value, or of the key when the value is not a scalar.
   */
  record Key(String name, int line, int column, String value) {}

  static ManifestKeys parse(String yaml) {
    Map<String, Key> keys = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      int depth = 0;
      Key pending = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && depth == 1) {
          pending =
              new Key(
                  p.currentName(),
                  p.currentTokenLocation().getLineNr(),
                  p.currentTokenLocation().getColumnNr(),
                  null);
          keys.put(pending.name(), pending);
          continue;
        }
        if (pending != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
          // Point at the value itself: that is what the author has to change.
          keys.put(
              pending.name(),
              new Key(
                  pending.name(),
                  p.currentTokenLocation().getLineNr(),
                  p.currentTokenLocation().getColumnNr(),
                  p.getText()));
        }
        pending = null;
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    } catch (IOException e) {
      // The loader has already read and bound this manifest; if it is not YAML, it said so.
      return new ManifestKeys(Map.of());
    }
    return new ManifestKeys(Map.copyOf(keys));
  }

  /** The key when it is written with a non-blank scalar value; null otherwise. */
  Key given(String name) {
    Key k = keys.get(name);
    return k == null || k.value() == null || k.value().isBlank() ? null : k;
  }

  Key get(String name) {
    return keys.get(name);
  }
}

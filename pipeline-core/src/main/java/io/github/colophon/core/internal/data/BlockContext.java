package io.github.colophon.core.internal.data;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** One data fence being read: its attributes, where they are written, and the sink. */
final class BlockContext {
  final SourceFile source;
  final int infoOffset;
  final BlockAttributes attributes;
  final Diagnostics sink;
  private boolean failed;

  BlockContext(SourceFile source, int infoOffset, BlockAttributes attributes, Diagnostics sink) {
    this.source = source;
    this.infoOffset = infoOffset;
    this.attributes = attributes;
    this.sink = sink;
  }

  /** Where attribute {@code key} is written; the start of the info string when it is not. */
  SourcePosition at(String key) {
    Integer offset = attributes.offsets().get(key);
    return source.positionOf(infoOffset + (offset == null ? 0 : offset));
  }

  boolean failed() {
    return failed;
  }

  void report(Diagnostic diagnostic) {
    failed |= diagnostic.isError();
    sink.report(diagnostic);
  }

  void invalid(String key, String message, String hint) {
    report(Diagnostic.error("invalid-data-block", message, at(key), hint));
  }

  /** A comma-separated list in attribute {@code key}, trimmed, empty items dropped. */
  List<String> list(String key) {
    List<String> items = new ArrayList<>();
    String value = attributes.values().get(key);
    if (value == null) {
      return items;
    }
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /**
   * The index of column {@code name} in {@code data}, named in attribute {@code key}; reports
   * {@code missing-column} (with the file's columns and the nearest one) and returns -1 when the
   * file has no such column.
   */
  int column(CsvData data, String name, String key) {
    int index = data.column(name);
    if (index < 0) {
      String nearest = Suggestions.nearest(name, data.names());
      report(
          Diagnostic.error(
              "missing-column",
              "%s has no column '%s' (named in %s=)".formatted(data.file(), name, key),
              at(key),
              (nearest != null ? "did you mean '" + nearest + "'? " : "")
                  + "the columns are: "
                  + String.join(", ", data.names())));
    }
    return index;
  }

  /** A yes/no attribute: {@code true}/{@code false} (also yes/no); reports anything else. */
  boolean flag(String key, boolean fallback) {
    String value = attributes.values().get(key);
    if (value == null) {
      return fallback;
    }
    switch (value) {
      case "true", "yes" -> {
        return true;
      }
      case "false", "no" -> {
        return false;
      }
      default -> {
        invalid(key, key + "=\"" + value + "\" is neither true nor false", "write " + key + "=\"true\" or " + key + "=\"false\"");
        return fallback;
      }
    }
  }
}

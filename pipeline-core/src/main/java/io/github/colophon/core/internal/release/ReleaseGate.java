package io.github.colophon.core.internal.release;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.internal.load.PublicationLoader;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.SourceFile;
import io.github.colophon.core.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a release edition must satisfy on top of every other check, so that a draft is never
 * published by mistake: no warnings (each becomes an error, keeping its code), no TODO or FIXME
 * marker anywhere in a manuscript file (prose, comments and code alike: a marker left in a code
 * sample is as unreviewed as one in the prose), a version that is not a {@code -SNAPSHOT}, and
 * the metadata a published edition carries: title, version, date and language.
 */
public final class ReleaseGate {
  /**
   * Upper case, and not part of a longer Latin word; a Chinese character next to it is a boundary
   * ({@code 补充TODO数据}), which {@code \b} would not treat as one.
   */
  private static final Pattern MARKER =
      Pattern.compile("(?<![A-Za-z0-9_])(TODO|FIXME)(?![A-Za-z0-9_])");

  private static final String DRAFT_HINT = "or build the draft edition (-Dcolophon.edition=draft)";

  private ReleaseGate() {}

  /**
   * The diagnostics of {@code sink} with warnings promoted to errors, plus the release checks'
   * own errors about {@code document}.
   */
  public static Diagnostics enforce(Document document, Diagnostics sink) {
    Diagnostics strict = sink.withWarningsAsErrors("the release edition does not allow warnings");
    for (Unit unit : document.units()) {
      markers(unit.source(), strict);
    }
    metadata(document, strict);
    return strict;
  }

  private static void markers(SourceFile source, Diagnostics sink) {
    Matcher m = MARKER.matcher(source.text());
    while (m.find()) {
      sink.report(
          Diagnostic.error(
              "release-todo-marker",
              m.group(1) + " marker left in the text",
              source.positionOf(m.start()),
              "resolve it and remove the marker before releasing, " + DRAFT_HINT));
    }
  }

  private static void metadata(Document document, Diagnostics sink) {
    String manifestPath = document.name() + "/" + PublicationLoader.MANIFEST;
    ManifestKeys keys = ManifestKeys.parse(read(document));
    // A missing title is already an error of the loader's (missing-manifest-key) in every
    // edition, so it is not reported twice here.
    for (String required : List.of("version", "date", "language")) {
      if (keys.given(required) == null) {
        ManifestKeys.Key written = keys.get(required);
        sink.report(
            Diagnostic.error(
                "release-missing-metadata",
                "the release edition needs '" + required + "' in the manifest",
                written == null
                    ? SourcePosition.of(manifestPath)
                    : new SourcePosition(manifestPath, written.line(), written.column()),
                "add it, e.g. " + example(required) + ", " + DRAFT_HINT));
      }
    }
    ManifestKeys.Key version = keys.given("version");
    if (version != null && version.value().strip().toUpperCase(Locale.ROOT).endsWith("-SNAPSHOT")) {
      sink.report(
          Diagnostic.error(
              "release-snapshot-version",
              "version '" + version.value().strip() + "' is a snapshot",
              new SourcePosition(manifestPath, version.line(), version.column()),
              "set the version being published, e.g. '"
                  + version.value().strip().replaceAll("(?i)-SNAPSHOT$", "")
                  + "', "
                  + DRAFT_HINT));
    }
  }

  private static String example(String key) {
    return switch (key) {
      case "version" -> "version: \"1.0\"";
      case "date" -> "date: 2026-11-29";
      default -> "language: zh-CN";
    };
  }

  private static String read(Document document) {
    try {
      String text =
          Files.readString(document.folder().resolve(PublicationLoader.MANIFEST), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

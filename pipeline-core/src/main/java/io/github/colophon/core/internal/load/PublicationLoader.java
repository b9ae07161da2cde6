package io.github.colophon.core.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Limits;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.internal.load.LoadedPublication.PlannedUnit;
import io.github.colophon.core.internal.Suggestions;
import io.github.colophon.core.model.CrossrefOptions;
import io.github.colophon.core.model.HtmlOptions;
import io.github.colophon.core.model.PdfOptions;
import io.github.colophon.core.model.PdfStandard;
import io.github.colophon.core.model.Kind;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.SourceFile;
import io.github.colophon.core.model.ThemeOptions;
import io.github.colophon.core.model.UnitKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load stage: reads {@code publication.yaml}, checks it, and reads and decodes every file it
 * lists. Immutable and thread-safe.
 */
public final class PublicationLoader {
  public static final String MANIFEST = "publication.yaml";

  private final ObjectMapper yaml =
      JsonMapper.builder(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();
  private final SourceDecoder decoder = new SourceDecoder();

  /** Loads the publication in {@code folder}; returns null when it reported an error. */
  public LoadedPublication load(Path publicationFolder, Diagnostics sink) {
    return load(publicationFolder, Limits.DEFAULT, sink);
  }

  /** As {@link #load(Path, Diagnostics)}, refusing files larger than the limits allow. */
  public LoadedPublication load(Path publicationFolder, Limits limits, Diagnostics sink) {
    Path folder = publicationFolder.toAbsolutePath().normalize();
    String name = folder.getFileName().toString();
    String manifestPath = name + "/" + MANIFEST;
    Path manifest = folder.resolve(MANIFEST);
    SourceFile manifestSource =
        tooLarge(manifest, manifestPath, SourcePosition.of(manifestPath), limits, sink)
            ? null
            : readManifestText(manifest, manifestPath, sink);
    ManifestFile file = manifestSource == null ? null : bind(manifestSource, sink);
    if (file == null) {
      return null;
    }
    Metadata metadata = metadata(file, manifestPath, sink);
    List<PlannedUnit> units = new ArrayList<>();
    Map<Path, String> seen = new HashMap<>();
    plan(file.front, UnitKind.FRONT, null, folder, name, manifestSource, seen, units, limits, sink);
    if (file.chapters == null || file.chapters.isEmpty()) {
      sink.report(
          Diagnostic.error(
              "missing-manifest-key",
              "the manifest lists no chapters",
              SourcePosition.of(manifestPath),
              "add a 'chapters:' list naming at least one Markdown file"));
    } else {
      for (ManifestFile.ChapterEntry entry : file.chapters) {
        if (entry == null) {
          sink.report(emptyEntry(manifestSource, "chapters"));
        } else if (entry.file != null) {
          plan(List.of(entry.file), UnitKind.CHAPTER, null, folder, name, manifestSource, seen, units, limits, sink);
        } else {
          plan(entry.chapters, UnitKind.CHAPTER, entry.part, folder, name, manifestSource, seen, units, limits, sink);
        }
      }
    }
    plan(file.cases, UnitKind.CASE, null, folder, name, manifestSource, seen, units, limits, sink);
    plan(file.appendices, UnitKind.APPENDIX, null, folder, name, manifestSource, seen, units, limits, sink);
    if (sink.hasErrors()) {
      return null;
    }
    CrossrefOptions crossref = crossref(file.crossref, manifestSource, sink);
    if (sink.hasErrors()) {
      return null;
    }
    HtmlOptions html =
        file.html == null || file.html.single == null
            ? HtmlOptions.DEFAULT
            : new HtmlOptions(file.html.single);
    PdfOptions pdf = pdf(file.pdf, manifestSource, sink);
    ThemeOptions theme = theme(file.theme, folder, manifestSource, sink);
    if (sink.hasErrors()) {
      return null;
    }
    return new LoadedPublication(name, folder, metadata, crossref, units, html, pdf, theme);
  }

  private SourceFile readManifestText(Path manifest, String manifestPath, Diagnostics sink) {
    if (!Files.isRegularFile(manifest)) {
      sink.report(
          Diagnostic.error(
              "missing-manifest",
              "no " + MANIFEST + " in this publication folder",
              SourcePosition.of(manifestPath),
              "create one with at least 'title:' and 'chapters:'"));
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SourceDecoder.Decoded decoded = decoder.decode(bytes, manifestPath);
    if (decoded.problem() != null) {
      sink.report(decoded.problem());
      return null;
    }
    if (decoded.text().isBlank()) {
      sink.report(
          Diagnostic.error(
              "missing-manifest-key",
              MANIFEST + " is empty",
              SourcePosition.of(manifestPath),
              "give at least 'title:' and 'chapters:'"));
      return null;
    }
    return new SourceFile(manifestPath, manifest, decoded.text());
  }

  private ManifestFile bind(SourceFile manifest, Diagnostics sink) {
    String manifestPath = manifest.displayPath();
    List<Diagnostic> unknownKeys = new ArrayList<>();
    try {
      ManifestFile file =
          yaml.readerFor(ManifestFile.class)
              .withHandler(new UnknownKeyCollector(manifest, unknownKeys))
              .readValue(manifest.text());
      unknownKeys.forEach(sink::report);
      return unknownKeys.isEmpty() ? file : null;
    } catch (JsonProcessingException e) {
      unknownKeys.forEach(sink::report);
      sink.report(
          Diagnostic.error(
              "invalid-manifest",
              describe(e),
              at(manifestPath, e.getLocation()),
              "check the YAML syntax and the value's type (see the manifest reference)"));
      return null;
    }
  }

  /**
   * What went wrong, in the author's terms: a value of the wrong shape names its key and what
   * was expected instead of Jackson's Java types; a YAML syntax error keeps the parser's words.
   */
  private static String describe(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      StringBuilder key = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : mismatch.getPath()) {
        if (r.getFieldName() != null) {
          key.append(key.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          key.append('[').append(r.getIndex() + 1).append(']');
        }
      }
      Class<?> target = mismatch.getTargetType();
      String expected =
          target == null ? "another kind of value"
              : java.util.Collection.class.isAssignableFrom(target) ? "a list"
              : java.util.Map.class.isAssignableFrom(target) ? "a mapping of keys to values"
              : target == String.class ? "text"
              : target == Integer.class || target == int.class ? "a whole number"
              : target == Boolean.class || target == boolean.class ? "true or false"
              : "a mapping of keys to values";
      return "'" + key + "' has the wrong kind of value: expected " + expected;
    }
    return firstLine(e.getOriginalMessage());
  }

  private static CrossrefOptions crossref(
      ManifestFile.Crossref given, SourceFile manifest, Diagnostics sink) {
    if (given == null) {
      return CrossrefOptions.DEFAULT;
    }
    int depth = given.sectionDepth == null ? CrossrefOptions.DEFAULT.sectionDepth() : given.sectionDepth;
    if (depth < 1 || depth > 6) {
      sink.report(
          Diagnostic.error(
              "invalid-manifest",
              "crossref.section-depth must be between 1 and 6, not " + depth,
              positionOfKey(manifest, "section-depth", Integer.MAX_VALUE),
              "1 numbers chapters only, 2 adds 1.1, 3 adds 1.1.1"));
    }
    Map<String, String> labels = given.labels == null ? Map.of() : given.labels;
    for (Map.Entry<String, String> label : labels.entrySet()) {
      if (!ManifestFile.Crossref.LABEL_KINDS.contains(label.getKey())) {
        String nearest = Suggestions.nearest(label.getKey(), ManifestFile.Crossref.LABEL_KINDS);
        sink.report(
            Diagnostic.error(
                "unknown-manifest-key",
                "unknown crossref label kind '" + label.getKey() + "'",
                positionOfKey(manifest, label.getKey(), Integer.MAX_VALUE),
                nearest != null
                    ? "did you mean '" + nearest + "'?"
                    : "known kinds: " + String.join(", ", ManifestFile.Crossref.LABEL_KINDS)));
      } else if (label.getValue() == null || !label.getValue().contains("{n}")) {
        sink.report(
            Diagnostic.error(
                "invalid-manifest",
                "crossref label '" + label.getKey() + "' has no {n} for the number",
                positionOfKey(manifest, label.getKey(), Integer.MAX_VALUE),
                "write e.g. 'figure: \"Fig. {n}\"'"));
      }
    }
    boolean pages = given.pageNumbers != null && given.pageNumbers;
    Map<String, String> usable = new java.util.HashMap<>(labels);
    usable.values().removeIf(v -> v == null || !v.contains("{n}")); // reported above
    return new CrossrefOptions(
        depth, pages, usable, Boolean.TRUE.equals(given.lof), Boolean.TRUE.equals(given.lot));
  }

  private static final Pattern LENGTHS = Pattern.compile("(\\d+(\\.\\d+)?(mm|cm|in|pt)\\s*){1,4}");
  private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final List<String> PAGE_SIZES = List.of("A4", "A5", "B5", "Letter");

  private static PdfOptions pdf(ManifestFile.Pdf given, SourceFile manifest, Diagnostics sink) {
    if (given == null || given.standards == null) {
      return PdfOptions.DEFAULT;
    }
    java.util.Set<PdfStandard> standards = java.util.EnumSet.noneOf(PdfStandard.class);
    for (String id : given.standards) {
      java.util.Optional<PdfStandard> standard =
          id == null ? java.util.Optional.empty() : PdfStandard.byId(id);
      if (standard.isPresent()) {
        standards.add(standard.get());
      } else {
        sink.report(
            Diagnostic.error(
                "invalid-manifest",
                "pdf: unknown standard '" + id + "'",
                positionOfKey(manifest, "standards", Integer.MAX_VALUE),
                "use " + String.join(" and/or ", PdfStandard.ids())
                    + " (PDF/A-3u for archives, PDF/UA-1 for accessibility)"));
      }
    }
    return new PdfOptions(standards);
  }

  private static ThemeOptions theme(
      ManifestFile.Theme given, Path folder, SourceFile manifest, Diagnostics sink) {
    if (given == null) {
      return ThemeOptions.DEFAULT;
    }
    if (given.pageSize != null && !PAGE_SIZES.contains(given.pageSize)) {
      themeError(manifest, "page-size", "unknown page size '" + given.pageSize + "'",
          "use one of: " + String.join(", ", PAGE_SIZES), sink);
    }
    if (given.margins != null && !LENGTHS.matcher(given.margins.strip()).matches()) {
      themeError(manifest, "margins", "margins '" + given.margins + "' are not 1 to 4 lengths",
          "write e.g. '20mm 18mm' (units mm, cm, in or pt)", sink);
    }
    if (given.accent != null && !COLOUR.matcher(given.accent.strip()).matches()) {
      themeError(manifest, "accent", "accent '" + given.accent + "' is not a colour",
          "write a hex colour such as '#8a1538'", sink);
    }
    if (given.bodyFont != null && !List.of("serif", "sans").contains(given.bodyFont)) {
      themeError(manifest, "body-font", "body-font '" + given.bodyFont + "' is neither serif nor sans",
          "use serif (Noto Serif SC) or sans (Noto Sans SC)", sink);
    }
    Path css = null;
    if (given.css != null) {
      css = ManuscriptPaths.resolveInside(folder, given.css);
      if (css == null) {
        themeError(manifest, "css", "'" + given.css + "' is outside the publication folder",
            "keep the stylesheet inside the publication folder", sink);
      } else if (!Files.isRegularFile(css)) {
        sink.report(
            Diagnostic.error(
                "missing-file",
                "'" + given.css + "' does not exist",
                positionOfKey(manifest, "css", Integer.MAX_VALUE),
                "paths are relative to the publication folder"));
      }
    }
    Path templates = null;
    if (given.templates != null) {
      templates = ManuscriptPaths.resolveInside(folder, given.templates);
      if (templates == null || !Files.isDirectory(templates)) {
        themeError(manifest, "templates", "'" + given.templates + "' is not a folder inside the publication",
            "name a folder holding print.mustache, html.mustache or their partials", sink);
        templates = null;
      }
    }
    return new ThemeOptions(
        given.pageSize, given.margins == null ? null : given.margins.strip(),
        given.accent == null ? null : given.accent.strip(), given.bodyFont, css, templates);
  }

  private static void themeError(
      SourceFile manifest, String key, String message, String hint, Diagnostics sink) {
    sink.report(
        Diagnostic.error(
            "invalid-manifest", "theme: " + message, positionOfKey(manifest, key, Integer.MAX_VALUE), hint));
  }

  private static Metadata metadata(ManifestFile file, String manifestPath, Diagnostics sink) {
    if (file.title == null || file.title.isBlank()) {
      sink.report(
          Diagnostic.error(
              "missing-manifest-key",
              "the manifest has no 'title'",
              SourcePosition.of(manifestPath),
              "add 'title: Your Title'"));
    }
    Kind kind = Kind.BOOK;
    if (file.kind != null) {
      kind = Kind.fromId(file.kind);
      if (kind == null) {
        sink.report(
            Diagnostic.error(
                "invalid-manifest",
                "unknown kind '" + file.kind + "'",
                SourcePosition.of(manifestPath),
                "use one of: "
                    + Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "))));
        kind = Kind.BOOK;
      }
    }
    return new Metadata(
        file.title == null ? "" : file.title.strip(),
        file.subtitle,
        kind,
        file.language == null ? "zh-CN" : file.language,
        file.version == null ? "" : file.version,
        file.date == null ? "" : file.date,
        file.authors == null ? List.of() : file.authors.stream().filter(java.util.Objects::nonNull).toList(),
        file.publisher,
        variables(file.variables, manifestPath, sink),
        file.keywords == null ? List.of() : file.keywords.stream().filter(java.util.Objects::nonNull).toList());
  }

  /** The manifest's variables; one without a value is an error (YAML reads {@code x:} as null). */
  private static Map<String, String> variables(Map<String, String> given, String manifestPath, Diagnostics sink) {
    if (given == null) {
      return Map.of();
    }
    Map<String, String> values = new java.util.TreeMap<>();
    given.forEach(
        (name, value) -> {
          if (name == null || value == null) {
            sink.report(
                Diagnostic.error(
                    "invalid-manifest",
                    "variable '" + name + "' has no value",
                    SourcePosition.of(manifestPath),
                    "write it as 'name: value' under 'variables:'"));
          } else {
            values.put(name, value);
          }
        });
    return values;
  }

  private void plan(
      List<String> files,
      UnitKind kind,
      String part,
      Path folder,
      String name,
      SourceFile manifest,
      Map<Path, String> seen,
      List<PlannedUnit> units,
      Limits limits,
      Diagnostics sink) {
    if (files == null) {
      return;
    }
    String partTitle = part;
    for (String listed : files) {
      if (listed == null || listed.isBlank()) {
        sink.report(emptyEntry(manifest, "a list of files"));
        continue;
      }
      SourcePosition at = positionOfEntry(manifest, listed);
      Path path = ManuscriptPaths.resolveInside(folder, listed);
      if (path == null) {
        sink.report(
            Diagnostic.error(
                "path-outside-publication",
                "'" + listed + "' is outside the publication folder",
                at,
                "list files by paths relative to the publication folder, inside it"));
        continue;
      }
      if (!Files.isRegularFile(path)) {
        sink.report(
            Diagnostic.error(
                "missing-file",
                "'" + listed + "' does not exist",
                at,
                Suggestions.nearestFile(folder, listed)));
        continue;
      }
      String previous = seen.putIfAbsent(path.normalize(), listed);
      if (previous != null) {
        sink.report(
            Diagnostic.error(
                "duplicate-file",
                "'" + listed + "' is listed twice",
                at,
                "a file can appear once; remove the second entry"));
        continue;
      }
      String displayPath = name + "/" + folder.relativize(path).toString().replace('\\', '/');
      if (tooLarge(path, displayPath, at, limits, sink)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SourceDecoder.Decoded decoded = decoder.decode(bytes, displayPath);
      if (decoded.problem() != null) {
        sink.report(decoded.problem());
        continue;
      }
      units.add(new PlannedUnit(kind, partTitle, new SourceFile(displayPath, path, decoded.text())));
      partTitle = null;
    }
  }

  /** Reports {@code file-too-large} (at {@code at}, where the file is listed) for a file over the cap. */
  private static boolean tooLarge(
      Path file, String displayPath, SourcePosition at, Limits limits, Diagnostics sink) {
    long size;
    try {
      size = Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size <= limits.maxFileBytes()) {
      return false;
    }
    sink.report(
        Diagnostic.error(
            "file-too-large",
            "'%s' has %d bytes; the limit is %d".formatted(displayPath, size, limits.maxFileBytes()),
            at,
            "split it into several files, or raise the limit (Limits.maxFileBytes)"));
    return true;
  }

  /**
   * Where {@code key:} is written, looking back from line {@code atOrBefore}. Jackson reports the
   * position of a key's value, which for a block value is on a later line.
   */
  private static SourcePosition positionOfKey(SourceFile manifest, String key, int atOrBefore) {
    String[] lines = manifest.text().split("\n", -1);
    int line = Math.min(Math.max(atOrBefore, 1), lines.length);
    for (int i = line - 1; i >= 0; i--) {
      String text = lines[i];
      int at = text.indexOf(key);
      if (at >= 0
          && text.substring(0, at).isBlank()
          && text.substring(at + key.length()).strip().startsWith(":")) {
        return new SourcePosition(manifest.displayPath(), i + 1, text.codePointCount(0, at) + 1);
      }
    }
    return SourcePosition.of(manifest.displayPath());
  }

  /** An empty item ({@code - } with nothing after it) in one of the manifest's lists. */
  private static Diagnostic emptyEntry(SourceFile manifest, String list) {
    return Diagnostic.error(
        "invalid-manifest",
        "an empty entry in " + list,
        SourcePosition.of(manifest.displayPath()),
        "remove the '-' line with nothing after it, or name a file");
  }

  /** Where a listed file name is written in the manifest (binding keeps no positions). */
  private static SourcePosition positionOfEntry(SourceFile manifest, String listed) {
    String text = manifest.text();
    int from = 0;
    while (true) {
      int i = text.indexOf(listed, from);
      if (i < 0) {
        return SourcePosition.of(manifest.displayPath());
      }
      int lineStart = text.lastIndexOf('\n', i) + 1;
      String before = text.substring(lineStart, i).strip();
      if (before.endsWith("-") || before.endsWith("[") || before.endsWith(",")
          || before.endsWith(":") || before.endsWith("\"") || before.endsWith("'")) {
        return manifest.positionOf(i);
      }
      from = i + listed.length();
    }
  }

  private static SourcePosition at(String file, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourcePosition.of(file);
    }
    return new SourcePosition(file, location.getLineNr(), Math.max(location.getColumnNr(), 1));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed manifest";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /** Reports every unknown key, not only the first, with "did you mean" hints. */
  private static final class UnknownKeyCollector extends DeserializationProblemHandler {
    private final SourceFile manifest;
    private final List<Diagnostic> found;

    UnknownKeyCollector(SourceFile manifest, List<Diagnostic> found) {
      this.manifest = manifest;
      this.found = found;
    }


    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      String nearest = Suggestions.nearest(propertyName, ManifestFile.KEYS);
      found.add(
          Diagnostic.error(
              "unknown-manifest-key",
              "unknown key '" + propertyName + "'",
              positionOfKey(manifest, propertyName, p.currentTokenLocation().getLineNr()),
              nearest != null
                  ? "did you mean '" + nearest + "'?"
                  : "known keys: " + String.join(", ", ManifestFile.KEYS)));
      p.skipChildren();
      return true;
    }
  }
}

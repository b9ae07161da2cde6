package io.github.colophon.core;

import io.github.colophon.core.model.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a new publication folder that builds cleanly: a {@code publication.yaml} for the chosen
 * kind, one unnumbered front-matter file and two chapters, in Chinese ({@code zh*}) or English.
 * The chapters show a labelled section, cross-references, a case block and a captioned table.
 * Used by the {@code colophon:new} goal. Stateless and thread-safe.
 */
public final class Scaffold {
  /** A folder name: letters, digits, '-', '_' and '.', not starting with '.' or '-'. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private static final String TEMPLATES = "/io/github/colophon/scaffold/";
  private static final List<String> CHAPTERS =
      List.of("chapters/01-introduction.md", "chapters/02-approach.md");

  /** What to create. {@code title} may be null: one is made from the name (English) or kind. */
  public record Request(String name, String kind, String language, String title, LocalDate date) {}

  /**
   * Creates {@code sourceDirectory/<name>/} and returns it.
   *
   * @throws IllegalArgumentException when the name, kind or title cannot be used
   * @throws FileAlreadyExistsException when the folder (or a file of that name) already exists;
   *     nothing is overwritten
   */
  public Path create(Path sourceDirectory, Request request) throws FileAlreadyExistsException {
    String name = request.name() == null ? "" : request.name().strip();
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' cannot be a publication folder name; use letters, digits and '-', e.g. my-report");
    }
    String kindId = request.kind() == null || request.kind().isBlank() ? "book" : request.kind().strip();
    Kind kind = Kind.fromId(kindId);
    if (kind == null) {
      throw new IllegalArgumentException(
          "unknown kind '" + kindId + "'; use one of: "
              + Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", ")));
    }
    String language =
        request.language() == null || request.language().isBlank() ? "zh-CN" : request.language().strip();
    boolean chinese = language.toLowerCase(Locale.ROOT).startsWith("zh");
    String title =
        request.title() == null || request.title().isBlank()
            ? defaultTitle(name, kind, chinese)
            : request.title().strip();
    if (title.contains("\n") || title.contains("\r")) {
      throw new IllegalArgumentException("the title must be one line");
    }
    LocalDate date = request.date() == null ? LocalDate.now() : request.date();

    Path folder = sourceDirectory.resolve(name);
    if (Files.exists(folder)) {
      throw new FileAlreadyExistsException(
          folder.toString(), null, "a publication folder of that name already exists; choose another name or remove it");
    }
    String lang = chinese ? "zh" : "en";
    String front = frontFile(kind);
    Map<String, String> values =
        Map.of(
            "title", yamlString(title),
            "kind", kind.id(),
            "language", yamlString(language),
            "date", date.toString(),
            "front", front,
            "kindNoun", kindNoun(kind, chinese),
            "frontTitle", frontTitle(kind, chinese));
    List<String> files = new ArrayList<>();
    files.add("publication.yaml");
    files.add(front);
    files.addAll(CHAPTERS);
    try {
      Files.createDirectories(sourceDirectory);
      Files.createDirectory(folder); // fails if someone created it meanwhile
      for (String file : files) {
        String template = file.equals(front) ? "front.md" : file;
        String text = fill(read(TEMPLATES + lang + "/" + template), values);
        Path target = folder.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
      }
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder, e);
    }
    return folder;
  }

  /**
   * The usual options for a short-lived JVM, for Maven's: the quick JIT compiler only (a cold build
   * spends about half of its CPU on the optimising one, which pays off only in long runs) and the
   * serial collector (the same speed here, and it keeps the heap near what is live: a 1000-page
   * book's build peaks at 0.6 GB of memory instead of 1.5 GB). docs/performance.md has the figures.
   */
  public static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  /** What {@link #jvmConfig} found or did. */
  public enum JvmConfig {
    /** There was no {@code .mvn/jvm.config}; one was written with {@link #JVM_OPTIONS}. */
    WRITTEN,
    /** The project's {@code .mvn/jvm.config} already sets the compiler level. */
    ALREADY_SET,
    /** The project has its own {@code .mvn/jvm.config} without it; left as it is. */
    LEFT_AS_IS
  }

  /**
   * Gives the Maven project in {@code projectRoot} a {@code .mvn/jvm.config} with {@link
   * #JVM_OPTIONS} when it has none: a cold build of a 300-page book then takes about 60% of the
   * time, with the same bytes. An existing file is never changed.
   */
  public static JvmConfig jvmConfig(Path projectRoot) {
    Path file = projectRoot.resolve(".mvn").resolve("jvm.config");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).contains("-XX:TieredStopAtLevel")
            ? JvmConfig.ALREADY_SET
            : JvmConfig.LEFT_AS_IS;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, JVM_OPTIONS + "\n", StandardCharsets.UTF_8);
      return JvmConfig.WRITTEN;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The unnumbered front file a kind starts with. */
  private static String frontFile(Kind kind) {
    return switch (kind) {
      case BOOK -> "preface.md";
      case WHITE_PAPER, REPORT -> "summary.md";
      case SURVEY -> "methodology.md";
    };
  }

  private static String frontTitle(Kind kind, boolean chinese) {
    return switch (kind) {
      case BOOK -> chinese ? "序" : "Preface";
      case WHITE_PAPER, REPORT -> chinese ? "摘要" : "Executive summary";
      case SURVEY -> chinese ? "调查说明" : "About this survey";
    };
  }

  private static String kindNoun(Kind kind, boolean chinese) {
    return switch (kind) {
      case BOOK -> chinese ? "本书" : "book";
      case WHITE_PAPER -> chinese ? "本白皮书" : "white paper";
      case REPORT -> chinese ? "本报告" : "report";
      case SURVEY -> chinese ? "本调查报告" : "survey report";
    };
  }

  private static String defaultTitle(String name, Kind kind, boolean chinese) {
    if (chinese) {
      return switch (kind) {
        case BOOK -> "新书稿";
        case WHITE_PAPER -> "新白皮书";
        case REPORT -> "新报告";
        case SURVEY -> "新调查报告";
      };
    }
    return Arrays.stream(name.split("[-_.]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining(" "));
  }

  /** A YAML double-quoted scalar, so titles with ':' or '#' stay one string. */
  private static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return text;
  }

  private static String read(String resource) {
    try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing scaffold template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

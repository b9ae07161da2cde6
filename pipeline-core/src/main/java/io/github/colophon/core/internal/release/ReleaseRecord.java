package io.github.colophon.core.internal.release;

import io.github.colophon.core.Diagnostic;
import java.util.List;

/**
 * What {@code release.json} says about one built publication: what it is, how it was built, what
 * it holds, every file with its size and SHA-256, and the warnings the build had. Written with
 * sorted keys and no wall-clock data, so the same build gives the same record.
 *
 * @param schema the record's format version; bumped when a field changes meaning
 */
public record ReleaseRecord(
    int schema,
    Publication publication,
    Build build,
    Content content,
    List<FileEntry> files,
    List<Warning> warnings) {

  public static final int SCHEMA = 1;

  public ReleaseRecord {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  /** The manifest's metadata; {@code name} is the publication folder. */
  public record Publication(String name, String title, String version, String date, String language) {}

  /**
   * @param edition {@code draft} or {@code release}
   * @param time the fixed build time (ISO-8601, UTC) every date in the outputs comes from
   * @param colophon Colophon's version
   * @param revision the source revision, or null when unknown
   */
  public record Build(String edition, String time, String colophon, String revision) {}

  /** @param pages the PDF's page count; 0 when no PDF was built */
  public record Content(int pages, TextLength text, int figures, int tables, int cases) {}

  /** @param path relative to the publication's output folder, with forward slashes */
  public record FileEntry(String path, long size, String sha256) {}

  public record Warning(String code, String message, String file, int line, int column) {
    static Warning of(Diagnostic d) {
      return new Warning(d.code(), d.message(), d.file(), d.line(), d.column());
    }
  }

  /** The record without its file list, which is filled in once every output is written. */
  public static ReleaseRecord of(
      Publication publication, Build build, Content content, List<Diagnostic> diagnostics) {
    List<Warning> warnings =
        diagnostics.stream().filter(d -> !d.isError()).map(Warning::of).toList();
    return new ReleaseRecord(SCHEMA, publication, build, content, List.of(), warnings);
  }

  ReleaseRecord withFiles(List<FileEntry> files) {
    return new ReleaseRecord(schema, publication, build, content, files, warnings);
  }
}

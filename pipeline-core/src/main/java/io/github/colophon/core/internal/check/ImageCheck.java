package io.github.colophon.core.internal.check;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Limits;
import io.github.colophon.core.internal.load.ManuscriptPaths;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Outline;
import io.github.colophon.core.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every image must be a file inside the publication folder. Remote images are refused unless the
 * build allows them, so a build never opens a network connection by surprise.
 */
final class ImageCheck {
  private final boolean allowRemote;
  private final Limits limits;

  ImageCheck(boolean allowRemote, Limits limits) {
    this.allowRemote = allowRemote;
    this.limits = limits;
  }

  void check(Document document, Diagnostics sink) {
    Map<Path, Optional<Diagnostic>> inspected = new HashMap<>();
    boolean archival = document.pdf().conformsTo(io.github.colophon.core.model.PdfStandard.PDF_A_3U);
    for (Unit unit : document.units()) {
      for (Outline.ImageSource image : unit.body().outline().images()) {
        String src = image.src();
        if (isRemote(src)) {
          if (!allowRemote) {
            sink.report(
                Diagnostic.error(
                    "remote-resource",
                    "remote image '" + src + "' is not allowed",
                    image.at(),
                    "download it into the publication folder, or set allowRemote"));
          }
          continue;
        }
        Path resolved = resolve(document.folder(), unit.source().path(), src);
        if (resolved == null) {
          sink.report(
              Diagnostic.error(
                  "path-outside-publication",
                  "image '" + src + "' is outside the publication folder",
                  image.at(),
                  "keep images inside the publication folder, e.g. images/"));
        } else if (!Files.isRegularFile(resolved)) {
          sink.report(
              Diagnostic.error(
                  "missing-image",
                  "image '" + src + "' does not exist",
                  image.at(),
                  "image paths are relative to the Markdown file that uses them"));
        } else {
          // Inside the folder: a sound PNG/JPEG/GIF or a safe SVG, within the limits.
          inspected
              .computeIfAbsent(
                  resolved, p -> Optional.ofNullable(ImageFiles.inspect(p, src, document.folder(), limits, archival)))
              .ifPresent(
                  d ->
                      sink.report(
                          new Diagnostic(
                              d.severity(), d.code(), d.message(), image.at().file(),
                              image.at().line(), image.at().column(), d.hint())));
        }
      }
    }
  }

  static boolean isRemote(String src) {
    return io.github.colophon.core.internal.markdown.Links.isRemote(src);
  }

  /** The image file for {@code src} written in {@code sourceFile}, or null when it escapes. */
  static Path resolve(Path folder, Path sourceFile, String src) {
    Path dir = sourceFile.getParent();
    String relativeToFolder =
        folder.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize()).resolve(src).toString();
    return ManuscriptPaths.resolveInside(folder, relativeToFolder);
  }
}

package io.github.colophon.core.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Keeps every path a manuscript names inside its publication folder. */
public final class ManuscriptPaths {
  private ManuscriptPaths() {}

  /**
   * Resolves {@code listed} against {@code folder}; returns null when it is absolute, leaves the
   * folder, or is a link whose target leaves it.
   */
  public static Path resolveInside(Path folder, String listed) {
    if (listed == null || listed.isBlank()) {
      return null;
    }
    Path relative;
    try {
      relative = Path.of(listed);
    } catch (InvalidPathException e) {
      return null;
    }
    if (relative.isAbsolute() || listed.startsWith("/") || listed.startsWith("\\")) {
      return null;
    }
    Path base = folder.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    if (!resolved.startsWith(base)) {
      return null;
    }
    if (Files.exists(resolved)) {
      try {
        if (!resolved.toRealPath().startsWith(base.toRealPath())) {
          return null;
        }
      } catch (IOException e) {
        return null;
      }
    }
    return resolved;
  }
}

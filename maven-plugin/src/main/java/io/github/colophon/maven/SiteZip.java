package io.github.colophon.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips an HTML edition so it can be attached to the project. Reproducible: entries in sorted
 * order, files only, every entry stamped with the build time (in UTC, as the DOS time a zip
 * stores, so the machine's time zone does not leak in), no comments or extra fields.
 */
final class SiteZip {
  /** The earliest time a zip entry can hold. */
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

  private SiteZip() {}

  static void write(Path siteDir, Path zip, Instant buildTime) throws IOException {
    LocalDateTime stamp = LocalDateTime.ofInstant(buildTime, ZoneOffset.UTC).withNano(0);
    if (stamp.isBefore(DOS_EPOCH)) {
      stamp = DOS_EPOCH;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(siteDir)) {
      files =
          walk.filter(Files::isRegularFile)
              .sorted((a, b) -> name(siteDir, a).compareTo(name(siteDir, b)))
              .toList();
    }
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(name(siteDir, file));
        entry.setTimeLocal(stamp);
        zout.putNextEntry(entry);
        Files.copy(file, zout);
        zout.closeEntry();
      }
    }
  }

  private static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}

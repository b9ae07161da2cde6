package io.github.colophon.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds publications, then builds each again whenever one of its files changes, with one
 * {@link Pipeline}: what an author runs beside the editor. Rebuilds are warm (the JVM, the fonts
 * and the renderer are loaded), and a draft whose edit stays within one unit's pages re-renders
 * only that unit (see {@code PrintPatch}).
 *
 * <p>Changes are noticed by polling each folder's file names, sizes and modification times
 * (the JDK's WatchService polls too on some systems, and misses changes in new subfolders); a
 * change is built once the folder has looked the same for one more poll, so an editor's
 * several writes of one save make one build.
 */
public final class Watch {
  private final Pipeline pipeline;
  private final List<Path> folders;
  private final BuildOptions options;
  private final Consumer<BuildResult> report;

  public Watch(Pipeline pipeline, List<Path> folders, BuildOptions options, Consumer<BuildResult> report) {
    this.pipeline = pipeline;
    this.folders = List.copyOf(folders);
    this.options = options;
    this.report = report;
  }

  /**
   * Builds every publication, then watches until the thread is interrupted or, when
   * {@code maxRebuilds} is positive, that many rebuilds have been made.
   *
   * @return the number of rebuilds made
   */
  public int run(Duration poll, int maxRebuilds) {
    Map<Path, String> seen = new LinkedHashMap<>();
    for (Path folder : folders) {
      seen.put(folder, stamp(folder));
      report.accept(pipeline.build(folder, options));
    }
    int rebuilds = 0;
    Map<Path, String> changing = new LinkedHashMap<>();
    while (maxRebuilds <= 0 || rebuilds < maxRebuilds) {
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      for (Path folder : folders) {
        String now = stamp(folder);
        if (now.equals(seen.get(folder))) {
          changing.remove(folder);
        } else if (now.equals(changing.get(folder))) {
          seen.put(folder, now); // settled: the same for a whole poll
          changing.remove(folder);
          report.accept(pipeline.build(folder, options));
          rebuilds++;
        } else {
          changing.put(folder, now);
        }
      }
    }
    return rebuilds;
  }

  /** The names, sizes and modification times of the files under {@code folder}. */
  static String stamp(Path folder) {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isRegularFile()) {
          entries.add(folder.relativize(file) + "\t" + a.size() + "\t" + a.lastModifiedTime());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return "unreadable " + e.getMessage(); // a file vanished while walking: look again next poll
    }
    return String.join("\n", entries);
  }
}

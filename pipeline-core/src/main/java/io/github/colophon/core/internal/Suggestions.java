package io.github.colophon.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for mistyped keys, labels and file names. */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /** The candidate closest to {@code wrong}, or null when none is plausibly meant. */
  public static String nearest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(wrong, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** A hint naming the existing file closest to a listed one that is missing. */
  public static String nearestFile(Path folder, String listed) {
    List<String> files;
    try (Stream<Path> walk = Files.walk(folder, 4)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".md"))
              .toList();
    } catch (IOException e) {
      files = List.of();
    }
    String nearest = nearest(listed, files);
    return nearest != null
        ? "did you mean '" + nearest + "'?"
        : "paths are relative to the publication folder";
  }
}

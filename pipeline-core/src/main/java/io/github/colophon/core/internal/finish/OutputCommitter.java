package io.github.colophon.core.internal.finish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Writes a publication's outputs into a staging folder beside the target and swaps it into place
 * only when everything succeeded, so a failed build never leaves half-written files over a good
 * edition.
 */
public final class OutputCommitter {
  private OutputCommitter() {}

  /** A fresh, empty staging folder for {@code target}, in the same parent (same file system). */
  public static Path stage(Path target) throws IOException {
    return Files.createDirectories(sibling(target, "staging"));
  }

  /** Replaces {@code target} with {@code staging}. */
  public static void commit(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = sibling(target, "old");
      move(target, old);
    }
    move(staging, target);
    if (old != null) {
      deleteTree(old);
    }
  }

  /** Removes a staging folder after a failure; the target is untouched. */
  public static void discard(Path staging) {
    try {
      deleteTree(staging);
    } catch (IOException ignored) {
      // A leftover hidden staging folder is harmless; the next build makes a new one.
    }
  }

  /** A hidden, unique folder beside {@code target} (same file system, so moves are renames). */
  private static Path sibling(Path target, String role) {
    return target.resolveSibling("." + target.getFileName() + "." + role + "-" + UUID.randomUUID());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

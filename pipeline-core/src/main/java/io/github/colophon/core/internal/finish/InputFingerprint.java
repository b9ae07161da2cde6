package io.github.colophon.core.internal.finish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a publication's editions are up to date: a SHA-256 over every file in the
 * publication folder (contents, not timestamps), the build options and Colophon itself. The
 * fingerprint of the last successful build is kept beside the outputs, in
 * {@code <outputDirectory>/.colophon/<name>.inputs}, with its page count.
 */
public final class InputFingerprint {
  private static final Optional<String> COLOPHON = colophonJarDigest();

  private InputFingerprint() {}

  /** A publication's recorded build: the fingerprint and the PDF's page count. */
  public record Recorded(String fingerprint, int pages) {}

  /**
   * The fingerprint of building {@code folder} with options described by {@code options}; empty
   * when Colophon runs from class folders (a development build, whose code may change without
   * its version changing), so such builds always run.
   */
  public static Optional<String> of(Path folder, String options) {
    return of(folder, options, COLOPHON);
  }

  static Optional<String> of(Path folder, String options, Optional<String> colophon) {
    if (colophon.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(contents(folder, file -> true, "colophon " + colophon.get() + "\n" + options + "\n"));
  }

  /** A SHA-256 over {@code prefix} and the names and contents of the files in {@code folder} that {@code include} takes. */
  public static String contents(Path folder, java.util.function.Predicate<Path> include, String prefix) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(include).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The files on every core (a survey's images can be tens of megabytes, and a JVM on the
    // quick compiler hashes about 140 MB/s), then combined in their sorted order.
    List<String> sums =
        files.parallelStream()
            .map(
                file -> {
                  try (InputStream in = Files.newInputStream(file)) {
                    return HexFormat.of().formatHex(sha256Of(in));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    MessageDigest digest = sha256();
    update(digest, prefix);
    for (int i = 0; i < files.size(); i++) {
      update(digest, folder.relativize(files.get(i)).toString().replace('\\', '/') + "\n");
      update(digest, sums.get(i) + "\n");
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static Path recordFile(Path outputDirectory, String name) {
    return outputDirectory.resolve(".colophon").resolve(name + ".inputs");
  }

  public static Optional<Recorded> read(Path record) {
    try {
      List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
      return Optional.of(new Recorded(lines.get(0), Integer.parseInt(lines.get(1))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no record, or an unreadable one: build
    }
  }

  public static void write(Path record, Recorded recorded) {
    try {
      Files.createDirectories(record.getParent());
      Files.writeString(record, recorded.fingerprint() + "\n" + recorded.pages() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> colophonJarDigest() {
    try {
      Path location = Path.of(InputFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(location)) {
        return Optional.of(HexFormat.of().formatHex(sha256Of(in)));
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] sha256Of(InputStream in) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return digest.digest();
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

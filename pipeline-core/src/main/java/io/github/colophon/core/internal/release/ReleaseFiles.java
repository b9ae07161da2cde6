package io.github.colophon.core.internal.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a publication's {@code release.json} and {@code SHA256SUMS} beside its editions, once
 * every other output is in place. SHA256SUMS is in the format of {@code sha256sum}, so {@code
 * sha256sum -c SHA256SUMS} in the publication folder verifies it, and it covers release.json too.
 */
public final class ReleaseFiles {
  public static final String RECORD = "release.json";
  public static final String SUMS = "SHA256SUMS";

  // Sorted keys, "\n" line ends whatever the platform, no wall-clock data: the same build gives
  // the same bytes. Records' properties are creator properties, which Jackson otherwise keeps in
  // declaration order even when asked to sort.
  private static final ObjectWriter JSON =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ReleaseFiles() {}

  /** Hashes every file under {@code dir}, then writes release.json and SHA256SUMS into it. */
  public static ReleaseRecord write(Path dir, ReleaseRecord record) throws IOException {
    List<ReleaseRecord.FileEntry> outputs = hashAll(dir);
    ReleaseRecord complete = record.withFiles(outputs);
    Files.writeString(dir.resolve(RECORD), toJson(complete), StandardCharsets.UTF_8);

    List<ReleaseRecord.FileEntry> summed = new ArrayList<>(outputs);
    summed.add(entry(dir, dir.resolve(RECORD)));
    summed.sort(Comparator.comparing(ReleaseRecord.FileEntry::path));
    StringBuilder sums = new StringBuilder();
    for (ReleaseRecord.FileEntry f : summed) {
      sums.append(f.sha256()).append("  ").append(f.path()).append('\n');
    }
    Files.writeString(dir.resolve(SUMS), sums, StandardCharsets.UTF_8);
    return complete;
  }

  public static String toJson(ReleaseRecord record) {
    try {
      return JSON.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write release.json", e);
    }
  }

  private static List<ReleaseRecord.FileEntry> hashAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.equals(dir.resolve(RECORD)) && !p.equals(dir.resolve(SUMS)))
              .toList();
    }
    // On every core: this is the last step of a build, when nothing else runs.
    return files.parallelStream()
        .map(p -> entry(dir, p))
        .sorted(Comparator.comparing(ReleaseRecord.FileEntry::path))
        .toList();
  }

  private static ReleaseRecord.FileEntry entry(Path dir, Path file) {
    String path = dir.relativize(file).toString().replace('\\', '/');
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long size = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
        size += n;
      }
      return new ReleaseRecord.FileEntry(path, size, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

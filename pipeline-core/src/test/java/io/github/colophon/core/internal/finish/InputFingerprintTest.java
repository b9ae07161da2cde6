package io.github.colophon.core.internal.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {
  @TempDir Path dir;
  private static final Optional<String> COLOPHON = Optional.of("jar-1");

  private Path publication() throws Exception {
    Path folder = dir.resolve("p");
    Files.createDirectories(folder.resolve("images"));
    Files.writeString(folder.resolve("publication.yaml"), "title: t\nchapters: [a.md]\n");
    Files.writeString(folder.resolve("a.md"), "# A\n\nText.\n");
    Files.write(folder.resolve("images/x.png"), new byte[] {1, 2, 3});
    return folder;
  }

  @Test
  void sameContentsGiveTheSameFingerprintWhateverTheTimestamps() throws Exception {
    Path folder = publication();
    String first = InputFingerprint.of(folder, "opts", COLOPHON).orElseThrow();

    Files.setLastModifiedTime(folder.resolve("a.md"), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

    assertEquals(first, InputFingerprint.of(folder, "opts", COLOPHON).orElseThrow());
  }

  @Test
  void anyChangedFileOptionOrColophonChangesIt() throws Exception {
    Path folder = publication();
    String first = InputFingerprint.of(folder, "opts", COLOPHON).orElseThrow();

    assertNotEquals(first, InputFingerprint.of(folder, "other opts", COLOPHON).orElseThrow());
    assertNotEquals(first, InputFingerprint.of(folder, "opts", Optional.of("jar-2")).orElseThrow());
    Files.write(folder.resolve("images/x.png"), new byte[] {1, 2, 4});
    assertNotEquals(first, InputFingerprint.of(folder, "opts", COLOPHON).orElseThrow());
  }

  @Test
  void aDevelopmentBuildOfColophonHasNoFingerprintSoItAlwaysBuilds() throws Exception {
    assertTrue(InputFingerprint.of(publication(), "opts", Optional.empty()).isEmpty());
  }

  @Test
  void theRecordRoundTripsAndAMissingOneReadsAsEmpty() {
    Path record = InputFingerprint.recordFile(dir.resolve("out"), "p");

    assertTrue(InputFingerprint.read(record).isEmpty());
    InputFingerprint.write(record, new InputFingerprint.Recorded("abc", 12));
    assertEquals(Optional.of(new InputFingerprint.Recorded("abc", 12)), InputFingerprint.read(record));
  }
}

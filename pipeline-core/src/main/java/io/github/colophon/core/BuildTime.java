package io.github.colophon.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a build's timestamp comes from, so that two builds of the same sources are identical:
 * Maven's {@code project.build.outputTimestamp} (ISO-8601 or seconds since the epoch) first, then
 * the {@code SOURCE_DATE_EPOCH} environment variable, then the given fallback.
 */
public final class BuildTime {
  private BuildTime() {}

  public static Instant resolve(String outputTimestamp, String sourceDateEpoch, Instant fallback) {
    return parse(outputTimestamp).or(() -> parse(sourceDateEpoch)).orElse(fallback);
  }

  static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank() || value.length() < 2) {
      return Optional.empty(); // Maven uses a single character to mean "not set"
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "invalid build timestamp '" + value + "': expected ISO-8601 such as 2026-11-29T00:00:00Z"
              + " or seconds since 1970",
          e);
    }
  }
}

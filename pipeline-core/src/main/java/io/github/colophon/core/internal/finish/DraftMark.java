package io.github.colophon.core.internal.finish;

import io.github.colophon.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What marks a draft edition as a draft: a headline ({@code 草稿 / DRAFT}, or {@code DRAFT} for
 * publications not in Chinese) and a line saying which draft it is — version, build date and
 * source revision, as far as they are known.
 */
public record DraftMark(String headline, String details) {

  public static DraftMark of(Metadata metadata, Instant buildTime, String revision) {
    boolean zh = metadata.isChinese();
    List<String> parts = new ArrayList<>();
    if (!metadata.version().isBlank()) {
      parts.add((zh ? "版本 " : "Version ") + metadata.version());
    }
    parts.add((zh ? "构建于 " : "built ") + LocalDate.ofInstant(buildTime, ZoneOffset.UTC));
    if (revision != null && !revision.isBlank()) {
      parts.add((zh ? "修订 " : "revision ") + shortRevision(revision.strip()));
    }
    return new DraftMark(zh ? "草稿 / DRAFT" : "DRAFT", String.join(" · ", parts));
  }

  /** Headline and details on one line, for the HTML banner. */
  public String oneLine() {
    return headline + " · " + details;
  }

  /** A full Git hash is shortened as {@code git log --oneline} would show it; anything else stays. */
  private static String shortRevision(String revision) {
    return revision.matches("[0-9a-f]{13,}") ? revision.substring(0, 12) : revision;
  }
}

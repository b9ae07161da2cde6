package io.github.colophon.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to build: where outputs go, which formats, and the fixed build time that every timestamp in
 * the outputs comes from (so builds are reproducible). Immutable; use {@link #builder()}.
 */
public final class BuildOptions {
  private final Path outputDirectory;
  private final Set<Format> formats;
  private final Instant buildTime;
  private final boolean allowRemote;

  private BuildOptions(Builder b) {
    this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
    this.formats = Set.copyOf(b.formats);
    this.buildTime = b.buildTime;
    this.allowRemote = b.allowRemote;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Each publication is written to {@code outputDirectory/<folder name>/}. */
  public Path outputDirectory() {
    return outputDirectory;
  }

  public Set<Format> formats() {
    return formats;
  }

  public Instant buildTime() {
    return buildTime;
  }

  /** Whether manuscripts may use remote http(s) images; off by default. */
  public boolean allowRemote() {
    return allowRemote;
  }

  public static final class Builder {
    private Path outputDirectory;
    private Set<Format> formats = EnumSet.allOf(Format.class);
    private Instant buildTime = Instant.EPOCH;
    private boolean allowRemote;

    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    public Builder formats(Set<Format> formats) {
      this.formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
      return this;
    }

    /** The time written into outputs; from project.build.outputTimestamp or SOURCE_DATE_EPOCH. */
    public Builder buildTime(Instant buildTime) {
      this.buildTime = Objects.requireNonNull(buildTime);
      return this;
    }

    public Builder allowRemote(boolean allowRemote) {
      this.allowRemote = allowRemote;
      return this;
    }

    public BuildOptions build() {
      return new BuildOptions(this);
    }
  }
}

package io.github.colophon.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
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
  private final Edition edition;
  private final String revision;
  private final Limits limits;
  private final boolean failOnWarning;
  private final Map<String, String> variables;
  private final boolean incremental;
  private final java.util.function.Consumer<String> progress;

  private BuildOptions(Builder b) {
    this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
    this.formats = Set.copyOf(b.formats);
    this.buildTime = b.buildTime;
    this.allowRemote = b.allowRemote;
    this.edition = b.edition;
    this.failOnWarning = b.failOnWarning;
    this.variables = Map.copyOf(b.variables);
    this.incremental = b.incremental;
    this.progress = b.progress;
    this.revision = b.revision;
    this.limits = b.limits;
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

  /** Draft (the default: watermarked) or release (unmarked, and strict about what it accepts). */
  /** Skip a publication whose inputs, options and Colophon are unchanged since its last build. */
  public boolean incremental() {
    return incremental;
  }

  /**
   * Everything about these options that changes the outputs, as stable text (the output folder
   * and the incremental switch itself do not).
   */
  public String describe() {
    return "formats=" + new java.util.TreeSet<>(formats) + " buildTime=" + buildTime
        + " allowRemote=" + allowRemote + " edition=" + edition + " revision=" + revision
        + " limits=" + limits + " failOnWarning=" + failOnWarning
        + " variables=" + new java.util.TreeMap<>(variables);
  }

  /** Values for {@code {{name}}} in the text; they win over the manifest's. */
  public Map<String, String> variables() {
    return variables;
  }

  /** Whether warnings stop the build like errors (the release edition always does). */
  public boolean failOnWarning() {
    return failOnWarning;
  }

  public Edition edition() {
    return edition;
  }

  /** The source revision (e.g. a Git commit) the outputs are built from; empty when unknown. */
  public String revision() {
    return revision;
  }

  /** Caps on file sizes, image pixels and nesting depth; {@link Limits#DEFAULT} unless set. */
  public Limits limits() {
    return limits;
  }

  /**
   * Told a line as each stage of a publication ends ({@code survey-2022: pdf 3.2 s, 61 pages}),
   * so a long build shows where it is; nothing by default. Called from the building thread (and
   * for the HTML edition, which is written beside the PDF, when it has been joined).
   */
  public java.util.function.Consumer<String> progress() {
    return progress;
  }

  public static final class Builder {
    private Path outputDirectory;
    private Set<Format> formats = EnumSet.allOf(Format.class);
    private Instant buildTime = Instant.EPOCH;
    private boolean allowRemote;
    private Edition edition = Edition.DRAFT;
    private boolean failOnWarning;
    private Map<String, String> variables = Map.of();
    private boolean incremental;
    private String revision = "";
    private Limits limits = Limits.DEFAULT;
    private java.util.function.Consumer<String> progress = line -> {};

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

    public Builder incremental(boolean incremental) {
      this.incremental = incremental;
      return this;
    }

    public Builder variables(Map<String, String> variables) {
      this.variables = Objects.requireNonNull(variables);
      return this;
    }

    public Builder failOnWarning(boolean failOnWarning) {
      this.failOnWarning = failOnWarning;
      return this;
    }

    public Builder edition(Edition edition) {
      this.edition = Objects.requireNonNull(edition);
      return this;
    }

    /** Recorded in release.json and shown on drafts; null or blank means unknown. */
    public Builder revision(String revision) {
      this.revision = revision == null ? "" : revision.strip();
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    public Builder progress(java.util.function.Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress);
      return this;
    }

    public BuildOptions build() {
      return new BuildOptions(this);
    }
  }
}

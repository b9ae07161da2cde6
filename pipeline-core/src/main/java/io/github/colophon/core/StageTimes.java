package io.github.colophon.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per stage of one build, in the order the stages ran, each also told to a progress
 * listener as it ends. One per build; not shared.
 */
final class StageTimes {
  private final Map<String, Duration> times = new LinkedHashMap<>();
  private final String publication;
  private final java.util.function.Consumer<String> progress;
  private long last = System.nanoTime();

  StageTimes(String publication, java.util.function.Consumer<String> progress) {
    this.publication = publication;
    this.progress = progress;
  }

  /** Times kept for the result only, told to no one. */
  StageTimes() {
    this("", line -> {});
  }

  /** Ends the current stage under {@code stage} and starts timing the next. */
  void lap(String stage) {
    lap(stage, null);
  }

  /** The same, with what the stage made ({@code 61 pages}) for the progress line. */
  void lap(String stage, String detail) {
    long now = System.nanoTime();
    Duration took = Duration.ofNanos(now - last);
    times.merge(stage, took, Duration::plus);
    last = now;
    tell(stage, took, detail);
  }

  private void tell(String stage, Duration took, String detail) {
    progress.accept(
        publication + ": " + stage + " " + BuildResult.seconds(took) + (detail == null ? "" : ", " + detail));
  }

  /**
   * Records a stage that ran on another thread beside the current one, and restarts the current
   * stage's clock: the wait for it is not a stage of its own.
   */
  void recordParallel(String stage, Duration took, String detail) {
    times.merge(stage, took, Duration::plus);
    last = System.nanoTime();
    tell(stage, took, detail);
  }

  Map<String, Duration> snapshot() {
    return new LinkedHashMap<>(times);
  }
}

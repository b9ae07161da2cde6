package io.github.colophon.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per stage of one build, in the order the stages ran. One per build; not shared. */
final class StageTimes {
  private final Map<String, Duration> times = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the current stage under {@code stage} and starts timing the next. */
  void lap(String stage) {
    long now = System.nanoTime();
    times.merge(stage, Duration.ofNanos(now - last), Duration::plus);
    last = now;
  }

  /**
   * Records a stage that ran on another thread beside the current one, and restarts the current
   * stage's clock: the wait for it is not a stage of its own.
   */
  void recordParallel(String stage, Duration took) {
    times.merge(stage, took, Duration::plus);
    last = System.nanoTime();
  }

  Map<String, Duration> snapshot() {
    return new LinkedHashMap<>(times);
  }
}

package io.github.colophon.maven;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.Watch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the editions, then builds a publication again each time one of its files is saved,
 * until stopped (Ctrl-C): {@code mvn colophon:watch}. Rebuilds run in the same JVM, so they are
 * warm, and a draft whose edit stays within one chapter's pages re-renders that chapter alone.
 * Mistakes are reported as in {@code build} and the watch goes on; the last good edition stays.
 *
 * @since 0.3.0
 */
@Mojo(name = "watch", threadSafe = true)
public class WatchMojo extends AbstractColophonMojo {
  /** How often to look for changed files, in milliseconds. */
  @Parameter(property = "colophon.watch.interval", defaultValue = "300")
  int interval;

  /** Stop after this many rebuilds (for scripts and smoke tests); 0 watches until stopped. */
  @Parameter(property = "colophon.watch.rebuilds", defaultValue = "0")
  int rebuilds;

  @Override
  void execute(List<Path> folders) throws MojoExecutionException {
    // Every build of a watch runs: an up-to-date first build would leave nothing to patch from.
    BuildOptions options = options(false);
    getLog().info("[colophon] watching " + folders.size() + " publication(s) under " + sourceDirectory + "; Ctrl-C stops");
    try {
      new Watch(pipeline, folders, options, this::report).run(Duration.ofMillis(Math.max(50, interval)), rebuilds);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Colophon failed: " + e.getMessage(), e);
    }
  }
}

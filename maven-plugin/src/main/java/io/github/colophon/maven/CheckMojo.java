package io.github.colophon.maven;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks every publication — manifest, files, references, images, glyphs — without rendering.
 * Fast enough to run on every build ({@code mvn colophon:check}).
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractColophonMojo {
  @Override
  boolean alwaysWritesSarif() {
    return true;
  }

  @Override
  BuildResult run(Path folder, BuildOptions options) {
    return pipeline.check(folder, options);
  }
}

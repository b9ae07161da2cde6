package io.github.colophon.maven;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the PDF and HTML editions of every publication: {@code <outputDirectory>/<folder>/<folder>.pdf}
 * and {@code <outputDirectory>/<folder>/html/index.html}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractColophonMojo {
  @Override
  boolean alwaysWritesSarif() {
    return false;
  }

  @Override
  BuildResult run(Path folder, BuildOptions options) {
    return pipeline.build(folder, options);
  }
}

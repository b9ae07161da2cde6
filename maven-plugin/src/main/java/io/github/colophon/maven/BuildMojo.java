package io.github.colophon.maven;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Builds the PDF and HTML editions of every publication: {@code <outputDirectory>/<folder>/<folder>.pdf}
 * and {@code <outputDirectory>/<folder>/html/index.html}, with {@code release.json} and {@code
 * SHA256SUMS} beside them. Attaches each PDF and a zip of each HTML edition to the project, so
 * {@code mvn install} and {@code mvn deploy} publish them.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractColophonMojo {
  /**
   * Attach each PDF (type {@code pdf}, classifier = the publication folder) and a zip of each HTML
   * edition (type {@code zip}, classifier {@code <folder>-html}) to the project.
   */
  @Parameter(property = "colophon.attach", defaultValue = "true")
  boolean attach;

  /** Where the HTML editions' zips are written. */
  @Parameter(defaultValue = "${project.build.directory}/colophon", readonly = true)
  File archiveDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Component MavenProjectHelper projectHelper;

  @Override
  void completed(List<BuildResult> results, BuildOptions options) throws MojoExecutionException {
    if (!attach) {
      return;
    }
    for (BuildResult result : results) {
      String name = result.publication();
      for (Path output : result.outputs()) {
        String file = output.getFileName().toString();
        if (file.endsWith(".pdf")) {
          projectHelper.attachArtifact(project, "pdf", name, output.toFile());
        } else if (file.equals("index.html")) {
          Path zip = archiveDirectory.toPath().resolve(name + "-html.zip");
          try {
            SiteZip.write(output.getParent(), zip, options.buildTime());
          } catch (IOException e) {
            throw new MojoExecutionException("cannot zip the HTML edition of " + name + ": " + e.getMessage(), e);
          }
          projectHelper.attachArtifact(project, "zip", name + "-html", zip.toFile());
        }
      }
    }
  }
}

package io.github.colophon.maven;

import io.github.colophon.core.Scaffold;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scaffolds a new publication folder, {@code <sourceDirectory>/<name>/}, that builds cleanly: a
 * {@code publication.yaml} for the chosen kind, a front-matter file and two chapters (Chinese or
 * English) showing labels, cross-references, a case block and a table. Never overwrites: an
 * existing folder of that name fails the goal.
 *
 * <pre>mvn colophon:new -Dcolophon.name=my-report -Dcolophon.kind=white-paper -Dcolophon.language=en</pre>
 *
 * <p>Runs with or without a project; without one, the publication goes under
 * {@code src/publications} of the current directory.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {
  /** The publication's folder name, e.g. {@code my-report}. Required. */
  @Parameter(property = "colophon.name")
  String name;

  /** {@code book}, {@code white-paper}, {@code report} or {@code survey}. */
  @Parameter(property = "colophon.kind", defaultValue = "book")
  String kind;

  /** The publication's language: {@code zh-CN} (Chinese chapters) or e.g. {@code en} (English). */
  @Parameter(property = "colophon.language", defaultValue = "zh-CN")
  String language;

  /** The title; by default one is made from the name (English) or the kind (Chinese). */
  @Parameter(property = "colophon.title")
  String title;

  /**
   * Where to create the folder; by default {@code src/publications} of the project, or of the
   * current directory when there is no project.
   */
  @Parameter(property = "colophon.sourceDirectory")
  File sourceDirectory;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (name == null || name.isBlank()) {
      throw new MojoFailureException(
          "Give the new publication a folder name: mvn colophon:new -Dcolophon.name=my-report"
              + " [-Dcolophon.kind=book|white-paper|report|survey] [-Dcolophon.language=zh-CN|en]"
              + " [-Dcolophon.title=...]");
    }
    Path root = sourceRoot();
    Path folder;
    try {
      folder = new Scaffold().create(root, new Scaffold.Request(name, kind, language, title, LocalDate.now()));
    } catch (FileAlreadyExistsException e) {
      throw new MojoFailureException(
          "Publication folder " + root.resolve(name.strip()) + " already exists; Colophon never overwrites it."
              + " Choose another -Dcolophon.name or remove the folder.");
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    getLog().info("[colophon] created " + folder + " (" + kind + ", " + language + ")");
    Path projectRoot = projectRoot();
    Scaffold.JvmConfig jvmConfig;
    try {
      jvmConfig = Scaffold.jvmConfig(projectRoot);
    } catch (UncheckedIOException e) {
      getLog().warn("[colophon] " + e.getMessage() + ": " + e.getCause().getMessage());
      jvmConfig = Scaffold.JvmConfig.LEFT_AS_IS;
    }
    switch (jvmConfig) {
      case WRITTEN -> getLog().info(
          "[colophon] wrote " + projectRoot.resolve(".mvn/jvm.config") + " (" + Scaffold.JVM_OPTIONS
              + "): cold builds take about 60% of the time; delete the file to undo");
      case LEFT_AS_IS -> getLog().info(
          "[colophon] adding " + Scaffold.JVM_OPTIONS + " to " + projectRoot.resolve(".mvn/jvm.config")
              + " makes cold builds faster (see the user guide's chapter on CI)");
      case ALREADY_SET -> { }
    }
    getLog().info("[colophon] check it with 'mvn colophon:check', build it with 'mvn package'"
        + " (with the plugin's build goal in the pom)");
  }

  /**
   * Where Maven reads {@code .mvn/jvm.config}: the folder with the nearest {@code .mvn} above the
   * current one, else the project's (or current) folder.
   */
  private Path projectRoot() {
    if (session != null && session.getRequest().getMultiModuleProjectDirectory() != null) {
      Path root = session.getRequest().getMultiModuleProjectDirectory().toPath();
      if (Files.isDirectory(root.resolve(".mvn"))) {
        return root;
      }
    }
    return baseDirectory();
  }

  private Path sourceRoot() {
    if (sourceDirectory != null) {
      return sourceDirectory.toPath();
    }
    return baseDirectory().resolve("src").resolve("publications");
  }

  /** The project's folder, or the current one when there is no project. */
  private Path baseDirectory() {
    if (project != null && project.getFile() != null) {
      return project.getBasedir().toPath();
    } else if (session != null && session.getRequest().getBaseDirectory() != null) {
      return Path.of(session.getRequest().getBaseDirectory());
    }
    return Path.of(System.getProperty("user.dir"));
  }
}

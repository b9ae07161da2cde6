package io.github.colophon.maven;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.BuildTime;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Edition;
import io.github.colophon.core.Format;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.Sarif;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the parameters, finding the publications, printing diagnostics in the
 * compiler's {@code file:line:col: error: message} form, and mapping results to Maven's two
 * failure kinds.
 */
abstract class AbstractColophonMojo extends AbstractMojo {
  /** The folder whose sub-folders holding a publication.yaml are the publications. */
  @Parameter(property = "colophon.sourceDirectory", defaultValue = "${project.basedir}/src/publications")
  File sourceDirectory;

  /** Where each publication's editions are written, in a sub-folder named like its source folder. */
  @Parameter(property = "colophon.outputDirectory", defaultValue = "${project.build.directory}/publications")
  File outputDirectory;

  /** The formats to build: {@code pdf}, {@code html}, or both. */
  @Parameter(property = "colophon.formats", defaultValue = "pdf,html")
  List<String> formats;

  /** Build only these publications (folder names); all when empty. */
  @Parameter(property = "colophon.publications")
  List<String> publications;

  /** Allow remote http(s) images in manuscripts. Off: the build never opens a network connection. */
  @Parameter(property = "colophon.allowRemote", defaultValue = "false")
  boolean allowRemote;

  /**
   * {@code draft} (every PDF page watermarked, a banner in the HTML) or {@code release} (unmarked,
   * and the build fails on any warning, a TODO/FIXME marker, a -SNAPSHOT version or missing
   * title, version, date or language).
   */
  @Parameter(property = "colophon.edition", defaultValue = "draft")
  String edition;

  /** The source revision the editions are built from (e.g. a Git commit); in release.json and on drafts. */
  @Parameter(property = "colophon.revision")
  String revision;

  /** Treat warnings as errors: nothing is written while any remains. (Release editions always do.) */
  @Parameter(property = "colophon.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Values for {@code {{name}}} in the manuscripts, e.g. {@code <variables><event>…</event></variables>};
   * they win over the manifest's {@code variables:} and the built-ins.
   */
  @Parameter
  Map<String, String> variables;

  /**
   * Skip a publication whose files, options and Colophon version are unchanged since its last
   * successful build (contents are hashed, not timestamps); {@code check} always runs.
   */
  @Parameter(property = "colophon.incremental", defaultValue = "true")
  boolean incremental;

  /**
   * How many publications are built at once. By default one per core, at most four, and one when
   * Maven itself builds modules in parallel ({@code -T}). A build keeps about one and a half cores
   * busy (OpenHTMLtoPDF lays out on one thread), so a second build at once fills the idle part.
   */
  @Parameter(property = "colophon.threads")
  Integer threads;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Skip Colophon entirely. */
  @Parameter(property = "colophon.skip", defaultValue = "false")
  boolean skip;

  /** The reproducible build timestamp; every date Colophon writes comes from it. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  final Pipeline pipeline = new Pipeline();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Colophon is skipped (colophon.skip=true)");
      return;
    }
    List<Path> folders = publicationFolders();
    if (folders.isEmpty()) {
      getLog().info("No publications under " + sourceDirectory + " (a publication is a folder with a publication.yaml)");
      return;
    }
    execute(folders);
  }

  /** Runs the goal on each publication, reports, and fails if any has an error. */
  void execute(List<Path> folders) throws MojoExecutionException, MojoFailureException {
    BuildOptions options = options(incremental);
    List<BuildResult> results = new ArrayList<>();
    List<Future<BuildResult>> runs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads(folders.size()), AbstractColophonMojo::workerThread);
    try {
      for (Path folder : folders) {
        runs.add(pool.submit(() -> run(folder, options)));
      }
      // Every run ends before any result is reported or any failure thrown, so that no build
      // is still writing when Maven moves on; then results are reported in folder order.
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<BuildResult> run : runs) {
        outcomes.add(outcome(run));
      }
      for (int i = 0; i < folders.size(); i++) {
        RuntimeException failure = outcomes.get(i).failure();
        if (failure != null) {
          throw new MojoExecutionException(
              "Colophon failed on " + folders.get(i).getFileName() + ": " + failure.getMessage(), failure);
        }
        report(outcomes.get(i).result());
        results.add(outcomes.get(i).result());
      }
    } finally {
      pool.shutdown();
    }
    List<Diagnostic> all =
        results.stream().flatMap(r -> r.diagnostics().stream()).map(d -> d.withFile(shownPath(d.file()))).toList();
    writeSarif(all);
    long errors = all.stream().filter(Diagnostic::isError).count();
    if (errors > 0) {
      throw new MojoFailureException(
          "%d error%s in the manuscripts; nothing was written for the failing publications (see above)"
              .formatted(errors, errors == 1 ? "" : "s"));
    }
    completed(results, options);
  }

  private int threads(int publications) {
    int wanted =
        threads != null
            ? threads
            : session != null && session.isParallel() ? 1 : Math.min(4, Runtime.getRuntime().availableProcessors());
    return Math.max(1, Math.min(wanted, publications));
  }

  private static Thread workerThread(Runnable task) {
    Thread thread = new Thread(task, "colophon-publication");
    thread.setDaemon(true);
    return thread;
  }

  /** A publication's result, or the exception its run threw (a bug or an I/O failure). */
  private record Outcome(BuildResult result, RuntimeException failure) {}

  private static Outcome outcome(Future<BuildResult> run) throws MojoExecutionException {
    try {
      return new Outcome(run.get(), null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        return new Outcome(null, failure);
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new MojoExecutionException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted", e);
    }
  }

  /** Called once every publication has been built or checked without errors. */
  void completed(List<BuildResult> results, BuildOptions options) throws MojoExecutionException {}

  /** Runs the goal on one publication: a build, unless the goal says otherwise. */
  BuildResult run(Path folder, BuildOptions options) {
    return pipeline.build(folder, options);
  }

  /** Whether this goal writes {@code colophon.sarif} even when there is nothing to report. */
  boolean alwaysWritesSarif() {
    return false;
  }

  private void writeSarif(List<Diagnostic> diagnostics) throws MojoExecutionException {
    if (diagnostics.isEmpty() && !alwaysWritesSarif()) {
      return;
    }
    Path sarif = outputDirectory.toPath().resolve("colophon.sarif");
    try {
      Sarif.write(diagnostics, sarif);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("cannot write " + sarif + ": " + e.getMessage(), e);
    }
  }

  List<Path> publicationFolders() throws MojoFailureException {
    List<Path> all = Pipeline.discover(sourceDirectory.toPath());
    if (publications == null || publications.isEmpty()) {
      return all;
    }
    List<Path> chosen = new ArrayList<>();
    for (String name : publications) {
      Path match = all.stream().filter(p -> p.getFileName().toString().equals(name.strip())).findFirst().orElse(null);
      if (match == null) {
        throw new MojoFailureException(
            "No publication '" + name + "' under " + sourceDirectory + "; there are: "
                + all.stream().map(p -> p.getFileName().toString()).toList());
      }
      chosen.add(match);
    }
    return chosen;
  }

  BuildOptions options(boolean incremental) throws MojoExecutionException {
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    try {
      for (String f : formats) {
        for (String part : f.split(",")) {
          if (!part.isBlank()) {
            chosen.add(Format.parse(part));
          }
        }
      }
      Instant buildTime = BuildTime.resolve(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"), Instant.now());
      return BuildOptions.builder()
          .outputDirectory(outputDirectory.toPath())
          .formats(chosen)
          .buildTime(buildTime)
          .allowRemote(allowRemote)
          .failOnWarning(failOnWarning)
          .incremental(incremental)
          .variables(variables == null ? Map.of() : variables)
          .edition(Edition.parse(edition))
          .revision(revision)
          .progress(line -> getLog().info("[colophon] " + line)) // a line per stage, as it ends
          .build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** A diagnostic's file as the author finds it: relative to the project folder when inside it. */
  private String shownPath(String file) {
    if (file.isEmpty()) {
      return file;
    }
    Path full = sourceDirectory.toPath().resolve(file).toAbsolutePath().normalize();
    Path project = basedir.toPath().toAbsolutePath().normalize();
    return (full.startsWith(project) ? project.relativize(full) : full).toString().replace('\\', '/');
  }

  void report(BuildResult result) {
    for (Diagnostic d : result.diagnostics()) {
      String line = d.withFile(shownPath(d.file())).format();
      if (d.isError()) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    if (result.succeeded()) {
      getLog().info("[colophon] " + result.summary());
    } else {
      getLog().error("[colophon] " + result.summary());
    }
  }
}

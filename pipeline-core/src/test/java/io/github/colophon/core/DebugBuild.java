package io.github.colophon.core;

import java.nio.file.Path;

/** Builds the samples into target/smoke for looking at them (not a test). */
public class DebugBuild {
  public static void main(String[] args) {
    Pipeline p = new Pipeline();
    BuildOptions o = BuildOptions.builder().outputDirectory(Path.of("target/smoke")).build();
    for (Path folder : Pipeline.discover(Path.of(args[0]))) {
      BuildResult r = p.build(folder, o);
      r.diagnostics().forEach(d -> System.out.println(d.format()));
      System.out.println(r.summary());
    }
  }
}

package io.github.colophon.core;

import java.nio.file.Path;

/** Builds the samples into target/smoke for looking at them (not a test). */
public class DebugBuild {
  public static void main(String[] args) {
    Pipeline p = new Pipeline();
    BuildOptions o = BuildOptions.builder().outputDirectory(Path.of("target/smoke")).build();
    for (Path folder : Pipeline.discover(Path.of(args[0]))) {
      if (System.getProperty("printHtml") != null) {
        Pipeline.Analysed a = p.analyse(folder, o, new Diagnostics());
        String html =
            new io.github.colophon.core.internal.render.PdfEditionWriter(
                    io.github.colophon.core.internal.fonts.FontLibrary.bundled())
                .printHtml(a.document(), a.numbering());
        try {
          java.nio.file.Files.writeString(Path.of("target/smoke/" + folder.getFileName() + ".print.html"), html);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      BuildResult r = p.build(folder, o);
      r.diagnostics().forEach(d -> System.out.println(d.format()));
      System.out.println(r.summary());
    }
  }
}

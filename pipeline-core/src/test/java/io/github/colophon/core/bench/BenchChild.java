package io.github.colophon.core.bench;

import io.github.colophon.core.BuildOptions;
import io.github.colophon.core.BuildResult;
import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.Pipeline;
import io.github.colophon.core.internal.assemble.Assembler;
import io.github.colophon.core.internal.check.Checker;
import io.github.colophon.core.internal.finish.OutputCommitter;
import io.github.colophon.core.internal.finish.PdfFinisher;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.load.LoadedPublication;
import io.github.colophon.core.internal.load.PublicationLoader;
import io.github.colophon.core.internal.markdown.MarkdownParser;
import io.github.colophon.core.internal.number.Numberer;
import io.github.colophon.core.internal.render.HtmlEditionWriter;
import io.github.colophon.core.internal.render.PdfEditionWriter;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.MarkdownBody;
import io.github.colophon.core.model.Numbering;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * One measurement in a fresh JVM, started by {@link Benchmark}. Prints {@code BENCH key value}
 * lines on standard output; times are in milliseconds, {@code *.epochMs} are wall-clock instants
 * the parent subtracts its spawn instant from.
 *
 * <ul>
 *   <li>{@code build FOLDER OUT}: {@code new Pipeline().build(...)} once (cold), then one chapter
 *       edited and built again in the same JVM (warm).
 *   <li>{@code stages FOLDER OUT}: the same build, stage by stage, each timed, one after another
 *       (the pipeline writes the HTML edition beside the PDF); the PDF stage split into the print
 *       DOM (print HTML, footnotes moved, bookmarks) and OpenHTMLtoPDF's layout and painting.
 *   <li>{@code baseline XHTML BASE_URI OUT_PDF}: OpenHTMLtoPDF alone on Colophon's final print
 *       XHTML (read from a file and parsed, as any OpenHTMLtoPDF user would).
 *   <li>{@code generate ROOT PAGES}: only writes the synthetic book {@code ROOT/book-PAGES}, for
 *       profiling or looking at it.
 * </ul>
 */
public final class BenchChild {
  private BenchChild() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "build" -> build(Path.of(args[1]), Path.of(args[2]));
      case "stages" -> stages(Path.of(args[1]), Path.of(args[2]));
      case "baseline" -> baseline(Path.of(args[1]), args[2], Path.of(args[3]));
      case "generate" -> System.out.println(
          SyntheticBook.write(Path.of(args[1]), "book-" + args[2], Integer.parseInt(args[2]), Benchmark.SEED));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static BuildOptions options(Path out) {
    return BuildOptions.builder().outputDirectory(out).buildTime(Instant.EPOCH).build();
  }

  private static void build(Path folder, Path out) {
    emit("main.epochMs", System.currentTimeMillis());
    long t0 = System.nanoTime();
    Pipeline pipeline = new Pipeline();
    BuildResult cold = pipeline.build(folder, options(out));
    long t1 = System.nanoTime();
    requireSuccess(cold);
    emit("cold.endEpochMs", System.currentTimeMillis());
    emit("cold.buildMs", (t1 - t0) / 1_000_000);
    emit("cold.pages", cold.pages());
    System.out.println("SUMMARY cold " + cold.summary());
    emitMemory("cold");
    resetPeaks();

    SyntheticBook.editOneChapter(folder, 1);
    List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    long t2 = System.nanoTime();
    BuildResult warm =
        pipeline.build(folder, BuildOptions.builder().outputDirectory(out).buildTime(Instant.EPOCH).progress(progress::add).build());
    long t3 = System.nanoTime();
    requireSuccess(warm);
    emit("warm.buildMs", (t3 - t2) / 1_000_000);
    emit("warm.pages", warm.pages());
    emit("warm.patched", progress.stream().anyMatch(line -> line.contains(" re-rendered")) ? 1 : 0);
    System.out.println("SUMMARY warm " + warm.summary());
    emitMemory("warm");

    // An edit that moves every later page: the rebuild renders the whole book again.
    SyntheticBook.lengthenOneChapter(folder);
    long t4 = System.nanoTime();
    BuildResult whole = pipeline.build(folder, options(out));
    long t5 = System.nanoTime();
    requireSuccess(whole);
    emit("whole.buildMs", (t5 - t4) / 1_000_000);
    System.out.println("SUMMARY whole " + whole.summary());
  }

  private static void stages(Path folder, Path out) throws IOException {
    emit("main.epochMs", System.currentTimeMillis());
    Map<String, Long> nanos = new LinkedHashMap<>();
    long t = System.nanoTime();
    FontLibrary fonts = FontLibrary.bundled();
    fonts.faces(); // waits until they are read
    t = PlainRender.lap(nanos, "fonts", t);
    Diagnostics sink = new Diagnostics();
    LoadedPublication loaded = new PublicationLoader().load(folder, sink);
    t = PlainRender.lap(nanos, "load", t);
    MarkdownParser parser = new MarkdownParser();
    List<MarkdownBody> bodies =
        loaded.units().parallelStream().map(u -> (MarkdownBody) parser.parse(u.source(), sink)).toList();
    t = PlainRender.lap(nanos, "parse", t);
    Document document = new Assembler().assemble(loaded, bodies);
    t = PlainRender.lap(nanos, "assemble", t);
    Numbering numbering = new Numberer().number(document);
    t = PlainRender.lap(nanos, "number", t);
    new Checker(fonts, false).check(document, numbering, sink);
    t = PlainRender.lap(nanos, "check", t);
    if (sink.hasErrors()) {
      sink.sorted().forEach(d -> System.err.println(d.format()));
      System.exit(2);
    }
    PdfEditionWriter writer = new PdfEditionWriter(fonts);
    PdfEditionWriter.PrintDom print = writer.printDom(document, numbering);
    t = PlainRender.lap(nanos, "pdf.printDom", t);
    PdfEditionWriter.RenderedPdf rendered = writer.render(document, print);
    t = PlainRender.lap(nanos, "pdf.render", t);
    PdfFinisher.FinishedPdf pdf =
        new PdfFinisher().finish(rendered, document.metadata(), Instant.EPOCH, "Colophon bench");
    t = PlainRender.lap(nanos, "finish", t);
    Path target = out.resolve(document.name());
    Path staging = OutputCommitter.stage(target);
    String pdfName = document.name() + ".pdf";
    Files.write(staging.resolve(pdfName), pdf.bytes());
    t = PlainRender.lap(nanos, "writePdf", t);
    new HtmlEditionWriter().write(document, numbering, staging.resolve("html"), pdfName);
    t = PlainRender.lap(nanos, "html", t);
    OutputCommitter.commit(staging, target);
    PlainRender.lap(nanos, "commit", t);
    nanos.forEach((k, v) -> emit("stage." + k + "Ms", v / 1_000_000));
    emit("stages.pages", pdf.pages());
    emitMemory("stages");
  }

  private static void baseline(Path xhtml, String baseUri, Path outPdf) throws Exception {
    emit("main.epochMs", System.currentTimeMillis());
    long t0 = System.nanoTime();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(xhtml.toFile());
    long t1 = System.nanoTime();
    PlainRender.Rendered rendered = PlainRender.render(dom, baseUri, FontLibrary.bundled());
    Files.write(outPdf, rendered.pdf());
    long t2 = System.nanoTime();
    emit("baseline.endEpochMs", System.currentTimeMillis());
    emit("baseline.parseMs", (t1 - t0) / 1_000_000);
    emit("baseline.renderMs", (t2 - t1) / 1_000_000);
    emit("baseline.pages", rendered.pages());
    rendered.nanos().forEach((k, v) -> emit("baseline." + k + "Ms", v / 1_000_000));
    emitMemory("baseline");
  }

  private static void requireSuccess(BuildResult result) {
    if (!result.succeeded()) {
      result.diagnostics().stream().map(Diagnostic::format).forEach(System.err::println);
      System.exit(2);
    }
  }

  private static void emitMemory(String prefix) {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    emit(prefix + ".peakHeapMiB", heap >> 20);
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      emit(prefix + ".cpuMs", os.getProcessCpuTime() / 1_000_000); // all threads, since JVM start
    }
    emit(prefix + ".vmHwmMiB", vmHwmKiB() >> 10);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Peak resident set size of this process, from /proc (Linux); -1 elsewhere. */
  private static long vmHwmKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  private static void emit(String key, long value) {
    System.out.println("BENCH " + key + " " + value);
  }
}

package io.github.colophon.core.bench;

import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.internal.assemble.Assembler;
import io.github.colophon.core.internal.check.Checker;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.load.LoadedPublication;
import io.github.colophon.core.internal.load.PublicationLoader;
import io.github.colophon.core.internal.markdown.MarkdownParser;
import io.github.colophon.core.internal.number.Numberer;
import io.github.colophon.core.internal.render.PdfEditionWriter;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.MarkdownBody;
import io.github.colophon.core.model.Numbering;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/**
 * The performance benchmark (issue 10). Not a test: run it with {@code mvn -B -pl pipeline-core
 * -am -Pbenchmark verify} (see docs/performance.md). For each size it generates a synthetic
 * Chinese book ({@link SyntheticBook}), then, {@code runs} times and in this order, starts a fresh
 * JVM for each of: the baseline (OpenHTMLtoPDF alone on Colophon's final print XHTML), the full
 * build (cold, then warm after editing one chapter), and the stage-by-stage build; then, when
 * {@code pandoc} and {@code weasyprint} are both on the PATH, Pandoc → WeasyPrint on the same book
 * as cold processes ({@link PandocWeasyPrint}). It prints a Markdown report with medians and
 * ranges and writes it, with every raw figure, to the work folder.
 *
 * <p>System properties: {@code bench.sizes} (default {@code 50,300,1000}), {@code bench.runs}
 * (default 3), {@code bench.dir} (where the report goes; default {@code target/bench}),
 * {@code bench.mavenJvmConfig} (default true: the child JVMs get the options of the project's
 * {@code .mvn/jvm.config}, as {@code mvn package} runs; false: the JVM's defaults),
 * {@code bench.jvmArgs} (extra options for the child JVMs, space-separated), {@code bench.keep}
 * (keep the temporary work folder with the books and outputs), {@code bench.pandocTimeout}
 * (seconds one Pandoc → WeasyPrint chain may take before it is reported as a timeout; default
 * 600).
 */
public final class Benchmark {
  static final long SEED = 20261129L;

  private final Path dir;
  private final Path work;
  private final String classPath;
  private final List<String> childJvmArgs;
  /** size -> key -> one value per run. */
  private final Map<Integer, Map<String, List<Long>>> results = new TreeMap<>();
  /** Pandoc → WeasyPrint, or null when the tools are not installed. */
  private final PandocWeasyPrint pandoc;
  /** size -> why Pandoc → WeasyPrint gave no figure (its later runs at that size are skipped). */
  private final Map<Integer, String> pandocFailures = new TreeMap<>();

  private Benchmark(Path dir, List<String> childJvmArgs, long pandocTimeout) throws Exception {
    this.dir = dir;
    this.work = Files.createTempDirectory("colophon-bench");
    this.classPath = snapshotClassPath(work.resolve("classpath"));
    this.childJvmArgs = childJvmArgs;
    this.pandoc = PandocWeasyPrint.find(work.resolve("pandoc"), pandocTimeout);
  }

  /**
   * Copies the class-path folders (target/classes, target/test-classes) so that the children keep
   * running the code the benchmark started with, even if a build in the same checkout recompiles
   * or cleans them meanwhile. Jars are used in place.
   */
  private static String snapshotClassPath(Path snapshot) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path source = Path.of(entry);
      if (Files.isDirectory(source)) {
        Path copy = snapshot.resolve(String.valueOf(n++));
        try (var paths = Files.walk(source)) {
          for (Path p : paths.toList()) {
            Path target = copy.resolve(source.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(target);
            } else {
              Files.copy(p, target);
            }
          }
        }
        entries.add(copy.toString());
      } else {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  public static void main(String[] args) throws Exception {
    int[] sizes =
        Arrays.stream(System.getProperty("bench.sizes", "50,300,1000").split(","))
            .map(String::trim)
            .mapToInt(Integer::parseInt)
            .toArray();
    int runs = Integer.getInteger("bench.runs", 3);
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    List<String> jvmArgs = new ArrayList<>();
    if (Boolean.parseBoolean(System.getProperty("bench.mavenJvmConfig", "true"))) {
      jvmArgs.addAll(mavenJvmConfig(Path.of("").toAbsolutePath()));
    }
    String extra = System.getProperty("bench.jvmArgs", "").trim();
    if (!extra.isEmpty()) {
      jvmArgs.addAll(List.of(extra.split("\\s+")));
    }
    long pandocTimeout = Long.getLong("bench.pandocTimeout", 600);
    Benchmark bench = new Benchmark(dir, List.copyOf(jvmArgs), pandocTimeout);
    bench.run(sizes, runs);
  }

  /**
   * The options in the {@code .mvn/jvm.config} Maven would read for {@code folder} (the nearest
   * folder at or above it with a {@code .mvn}): the JVM options {@code mvn package} runs with
   * there, in this repository and in projects set up by {@code colophon:new}.
   */
  static List<String> mavenJvmConfig(Path folder) throws IOException {
    for (Path f = folder; f != null; f = f.getParent()) {
      if (Files.isDirectory(f.resolve(".mvn"))) {
        Path config = f.resolve(".mvn").resolve("jvm.config");
        if (!Files.isRegularFile(config)) {
          return List.of();
        }
        String text = Files.readString(config).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
      }
    }
    return List.of();
  }

  private void run(int[] sizes, int runs) throws Exception {
    Files.createDirectories(dir);
    log("work folder %s (deleted at the end)", work);
    log("Pandoc → WeasyPrint: %s", pandoc == null ? "not installed, not measured" : pandoc.versions());
    Map<Integer, Path> books = new LinkedHashMap<>();
    Map<Integer, String> editedChapter = new LinkedHashMap<>();
    for (int size : sizes) {
      Path folder = SyntheticBook.write(work.resolve("books"), "book-" + size, size, SEED);
      books.put(size, folder);
      editedChapter.put(size, Files.readString(SyntheticBook.editedChapter(folder)));
      writeFinalXhtml(folder, xhtml(size));
      log("generated %s (%d files)", folder.getFileName(), countFiles(folder));
    }
    for (int run = 1; run <= runs; run++) {
      for (int size : sizes) {
        Path folder = books.get(size);
        Path out = work.resolve("out");
        log("run %d/%d, %d pages: baseline", run, runs, size);
        child(size, "baseline", xhtml(size).toString(), folder.toUri().toString(),
            work.resolve("baseline-" + size + ".pdf").toString());
        log("run %d/%d, %d pages: build (cold, then warm after one edited chapter)", run, runs, size);
        child(size, "build", folder.toString(), out.toString());
        Files.writeString(SyntheticBook.editedChapter(folder), editedChapter.get(size));
        log("run %d/%d, %d pages: stages", run, runs, size);
        child(size, "stages", folder.toString(), work.resolve("out-stages").toString());
        if (pandoc != null && !pandocFailures.containsKey(size)) {
          log("run %d/%d, %d pages: Pandoc → WeasyPrint", run, runs, size);
          pandocWeasyPrint(size, folder, run);
        }
      }
    }
    String report = report(sizes, runs);
    Files.writeString(dir.resolve("results.md"), report);
    Files.writeString(dir.resolve("raw.txt"), raw());
    System.out.println();
    System.out.println(report);
    log("report written to %s", dir.resolve("results.md"));
    if (!Boolean.getBoolean("bench.keep")) {
      SyntheticBook.deleteTree(work);
    }
  }

  private void pandocWeasyPrint(int size, Path folder, int run) throws IOException, InterruptedException {
    try {
      Map<String, List<Long>> sizeResults = results.computeIfAbsent(size, s -> new LinkedHashMap<>());
      pandoc.run(folder, "book-" + size)
          .forEach((k, v) -> sizeResults.computeIfAbsent("pandoc." + k, x -> new ArrayList<>()).add(v));
    } catch (PandocWeasyPrint.Failure e) {
      pandocFailures.put(size, e.getMessage() + (run > 1 ? " in run " + run : ""));
      log("Pandoc → WeasyPrint, %d pages: %s", size, e.getMessage());
    }
  }

  private Path xhtml(int size) {
    return work.resolve("final-print-" + size + ".xhtml");
  }

  /** Colophon's final print XHTML for the book, as the baseline's input. */
  private static void writeFinalXhtml(Path folder, Path file) throws Exception {
    FontLibrary fonts = FontLibrary.bundled();
    Diagnostics sink = new Diagnostics();
    LoadedPublication loaded = new PublicationLoader().load(folder, sink);
    if (loaded == null) {
      throw new IllegalStateException("cannot load " + folder + ": " + sink.sorted());
    }
    MarkdownParser parser = new MarkdownParser();
    List<MarkdownBody> bodies =
        loaded.units().stream().map(u -> (MarkdownBody) parser.parse(u.source(), sink)).toList();
    Document document = new Assembler().assemble(loaded, bodies);
    Numbering numbering = new Numberer().number(document);
    new Checker(fonts, false).check(document, numbering, sink);
    if (sink.hasErrors()) {
      sink.sorted().forEach(d -> System.err.println(d.format()));
      throw new IllegalStateException("the synthetic book has errors");
    }
    org.w3c.dom.Document dom = new PdfEditionWriter(fonts).printDom(document, numbering).dom();
    Transformer t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.METHOD, "xml");
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    try (OutputStream out = Files.newOutputStream(file)) {
      t.transform(new DOMSource(dom), new StreamResult(out));
    }
  }

  private void child(int size, String mode, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(childJvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(BenchChild.class.getName());
    command.add(mode);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    long spawned = System.currentTimeMillis();
    Process process = pb.start();
    Map<String, List<Long>> sizeResults = results.computeIfAbsent(size, s -> new LinkedHashMap<>());
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("BENCH ")) {
          System.out.println(line);
          continue;
        }
        String[] kv = line.split(" ");
        String key = kv[1];
        long value = Long.parseLong(kv[2]);
        if (key.equals("main.epochMs")) {
          key = mode + ".spawnToMainMs";
          value -= spawned;
        } else if (key.endsWith(".endEpochMs")) {
          key = key.replace(".endEpochMs", ".wallMs");
          value -= spawned;
        }
        sizeResults.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    if (mode.equals("build") && sizeResults.containsKey("warm.cpuMs")) {
      List<Long> warm = sizeResults.get("warm.cpuMs");
      List<Long> cold = sizeResults.get("cold.cpuMs");
      sizeResults.computeIfAbsent("warm.ownCpuMs", k -> new ArrayList<>())
          .add(warm.get(warm.size() - 1) - cold.get(cold.size() - 1));
    }
    int exit = process.waitFor();
    sizeResults.computeIfAbsent(mode + ".processMs", k -> new ArrayList<>())
        .add(System.currentTimeMillis() - spawned);
    if (exit != 0) {
      throw new IllegalStateException(mode + " for " + size + " pages failed with exit code " + exit);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  private String report(int[] sizes, int runs) {
    StringBuilder r = new StringBuilder();
    r.append("Runs per size: ").append(runs)
        .append(". Each cell: median [min–max] over the runs; times in seconds.\n\n");
    r.append("Options of every measured JVM (the baseline's too): ")
        .append(childJvmArgs.isEmpty() ? "none (the JVM's defaults)" : "`" + String.join(" ", childJvmArgs) + "`")
        .append(".\n\n");
    r.append("Pandoc → WeasyPrint: ")
        .append(pandoc == null ? "not installed (pandoc and weasyprint not both on the PATH), not measured"
            : pandoc.versions())
        .append(".\n\n");
    r.append("| | ");
    for (int size : sizes) {
      r.append("~").append(size).append(" pages | ");
    }
    r.append("\n|---|");
    r.append("---|".repeat(sizes.length)).append('\n');
    row(r, sizes, "PDF pages", "cold.pages", 1);
    row(r, sizes, "**cold full build, wall (PDF + HTML, fresh JVM)**", "cold.wallMs", 1000);
    row(r, sizes, "– of which process start to main()", "build.spawnToMainMs", 1000);
    row(r, sizes, "– Pipeline.build inside the JVM", "cold.buildMs", 1000);
    row(r, sizes, "– CPU time of the process until then (all threads)", "cold.cpuMs", 1000);
    rowPagesPerSecond(r, sizes);
    row(r, sizes, "peak heap, cold build (MiB)", "cold.peakHeapMiB", 1);
    row(r, sizes, "peak RSS, cold build (MiB)", "cold.vmHwmMiB", 1);
    row(r, sizes, "**warm rebuild, one chapter edited (same JVM)**", "warm.buildMs", 1000);
    row(r, sizes, "– CPU time of the rebuild (all threads)", "warm.ownCpuMs", 1000);
    row(r, sizes, "– re-rendered the edited chapter alone (1) or the whole book (0)", "warm.patched", 1);
    row(r, sizes, "peak heap, warm rebuild (MiB)", "warm.peakHeapMiB", 1);
    row(r, sizes, "warm rebuild after an edit that moves later pages (whole book)", "whole.buildMs", 1000);
    row(r, sizes, "**baseline: OpenHTMLtoPDF alone, wall (fresh JVM)**", "baseline.wallMs", 1000);
    row(r, sizes, "– CPU time of the process (all threads)", "baseline.cpuMs", 1000);
    row(r, sizes, "– baseline PDF pages", "baseline.pages", 1);
    row(r, sizes, "– baseline XHTML parse", "baseline.parseMs", 1000);
    row(r, sizes, "– baseline render + write", "baseline.renderMs", 1000);
    row(r, sizes, "peak RSS, baseline (MiB)", "baseline.vmHwmMiB", 1);
    row(r, sizes, "**Pandoc → WeasyPrint, wall (cold processes)**", "pandoc.wallMs", 1000);
    row(r, sizes, "– pandoc, Markdown → HTML", "pandoc.pandocMs", 1000);
    row(r, sizes, "– WeasyPrint, HTML → PDF", "pandoc.weasyprintMs", 1000);
    row(r, sizes, "– CPU time of both processes", "pandoc.cpuMs", 1000);
    row(r, sizes, "– Pandoc → WeasyPrint PDF pages", "pandoc.pages", 1);
    row(r, sizes, "peak RSS, Pandoc → WeasyPrint (MiB, the larger process)", "pandoc.vmHwmMiB", 1);
    r.append("\nStages (stage-by-stage build in its own fresh JVM; median seconds):\n\n");
    r.append("| stage | ");
    for (int size : sizes) {
      r.append("~").append(size).append(" pages | ");
    }
    r.append("\n|---|").append("---|".repeat(sizes.length)).append('\n');
    for (String stage : stageKeys(sizes)) {
      row(r, sizes, stage.substring("stage.".length(), stage.length() - 2), stage, 1000);
    }
    row(r, sizes, "(sum of stages)", "stages.sum", 1000);
    row(r, sizes, "(process start to main, not in the sum)", "stages.spawnToMainMs", 1000);
    r.append("\nRatios on wall time (computed per run, then the median [min–max]):\n\n");
    r.append("| ratio | value | target |\n|---|---|---|\n");
    for (int size : sizes) {
      ratio(r, "full build / baseline, ~" + size + " pages", size, "cold.wallMs", size, "baseline.wallMs",
          size == 300 ? "≤ 1.2" : "");
    }
    if (has(sizes, 300) && has(sizes, 1000)) {
      ratio(r, "cold build 1000 / 300 pages", 1000, "cold.wallMs", 300, "cold.wallMs", "≤ 3.6");
    }
    for (int size : sizes) {
      ratio(r, "warm rebuild / cold build, ~" + size + " pages", size, "warm.buildMs", size, "cold.wallMs",
          size == 300 ? "≤ 0.35" : "");
    }
    for (int size : sizes) {
      ratio(r, "cold full build / Pandoc → WeasyPrint, ~" + size + " pages", size, "cold.wallMs", size,
          "pandoc.wallMs", size == 300 ? "≤ 0.5" : "");
    }
    r.append("\nThe same ratios on CPU time (all threads of the measured process; less sensitive to other"
        + " work on the machine, but counts JIT and GC threads too):\n\n");
    r.append("| ratio (CPU time) | value | the wall-time target, for comparison |\n|---|---|---|\n");
    for (int size : sizes) {
      ratio(r, "full build / baseline, ~" + size + " pages", size, "cold.cpuMs", size, "baseline.cpuMs",
          size == 300 ? "≤ 1.2" : "");
    }
    if (has(sizes, 300) && has(sizes, 1000)) {
      ratio(r, "cold build 1000 / 300 pages", 1000, "cold.cpuMs", 300, "cold.cpuMs", "≤ 3.6");
    }
    for (int size : sizes) {
      ratio(r, "warm rebuild / cold build, ~" + size + " pages", size, "warm.ownCpuMs", size, "cold.cpuMs",
          size == 300 ? "≤ 0.35" : "");
    }
    for (int size : sizes) {
      ratio(r, "cold full build / Pandoc → WeasyPrint, ~" + size + " pages", size, "cold.cpuMs", size,
          "pandoc.cpuMs", size == 300 ? "≤ 0.5" : "");
    }
    return r.toString();
  }

  private List<String> stageKeys(int[] sizes) {
    List<String> keys = new ArrayList<>();
    Map<String, List<Long>> first = results.get(sizes[0]);
    for (String key : first.keySet()) {
      if (key.startsWith("stage.")) {
        keys.add(key);
      }
    }
    for (int size : sizes) {
      Map<String, List<Long>> m = results.get(size);
      int n = m.get(keys.get(0)).size();
      List<Long> sums = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        long sum = 0;
        for (String k : keys) {
          sum += m.get(k).get(i);
        }
        sums.add(sum);
      }
      m.put("stages.sum", sums);
    }
    return keys;
  }

  private void row(StringBuilder r, int[] sizes, String label, String key, double divisor) {
    r.append("| ").append(label).append(" | ");
    for (int size : sizes) {
      List<Long> values = results.get(size).get(key);
      String failure = key.equals("pandoc.wallMs") ? pandocMissing(size) : null;
      if (values == null) {
        r.append(failure == null ? "–" : failure);
      } else {
        r.append(cell(values, divisor)).append(failure == null ? "" : "; " + failure);
      }
      r.append(" | ");
    }
    r.append('\n');
  }

  private void rowPagesPerSecond(StringBuilder r, int[] sizes) {
    r.append("| pages per second (cold wall) | ");
    for (int size : sizes) {
      Map<String, List<Long>> m = results.get(size);
      List<Double> pps = new ArrayList<>();
      for (int i = 0; i < m.get("cold.wallMs").size(); i++) {
        pps.add(m.get("cold.pages").get(i) * 1000.0 / m.get("cold.wallMs").get(i));
      }
      r.append(cellOf(pps, "%.1f")).append(" | ");
    }
    r.append('\n');
  }

  /** Why Pandoc → WeasyPrint has no (or not every) figure at this size, or null. */
  private String pandocMissing(int size) {
    return pandoc == null ? "not installed" : pandocFailures.get(size);
  }

  private void ratio(StringBuilder r, String label, int sizeA, String keyA, int sizeB, String keyB, String target) {
    List<Long> a = results.get(sizeA).get(keyA);
    List<Long> b = results.get(sizeB).get(keyB);
    if (a == null || b == null) {
      String why = keyB.startsWith("pandoc.") && pandocMissing(sizeB) != null ? pandocMissing(sizeB) : "–";
      r.append("| ").append(label).append(" | ").append(why).append(" | ").append(target)
          .append(target.isEmpty() ? "" : " — not measured").append(" |\n");
      return;
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add((double) a.get(i) / b.get(i));
    }
    String verdict = "";
    if (!target.isEmpty()) {
      double limit = Double.parseDouble(target.replaceAll("[^0-9.]", ""));
      verdict = median(ratios) <= limit ? " — met" : " — **not met**";
    }
    r.append("| ").append(label).append(" | ").append(cellOf(ratios, "%.2f")).append(" | ")
        .append(target).append(verdict).append(" |\n");
  }

  private static String cell(List<Long> values, double divisor) {
    List<Double> d = values.stream().map(v -> v / divisor).toList();
    return cellOf(d, divisor == 1 ? "%.0f" : "%.2f");
  }

  private static String cellOf(List<Double> values, String format) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    String median = String.format(Locale.ROOT, format, median(values));
    if (values.size() < 2 || min == max) {
      return median;
    }
    return median + " [" + String.format(Locale.ROOT, format, min) + "–"
        + String.format(Locale.ROOT, format, max) + "]";
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private String raw() {
    StringBuilder r = new StringBuilder();
    results.forEach(
        (size, m) -> m.forEach((k, v) -> r.append(size).append(' ').append(k).append(' ').append(v).append('\n')));
    pandocFailures.forEach((size, why) -> r.append(size).append(" pandoc.failure ").append(why).append('\n'));
    return r.toString();
  }

  private static boolean has(int[] sizes, int size) {
    return Arrays.stream(sizes).anyMatch(s -> s == size);
  }

  private static long countFiles(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static void log(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}

package io.github.colophon.core.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The comparison: Pandoc → WeasyPrint on the same synthetic book, as two cold processes
 * one after the other. Pandoc joins the book's Markdown files in reading order into one standalone
 * HTML5 file (no citeproc, so {@code @sec-x} stays as written; nothing is fetched) with a small
 * stylesheet that sets the text in the bundled Noto faces at A4 with Colophon's margins and body
 * size; WeasyPrint turns it into a PDF, resolving the chapters' {@code ../images/} against the
 * chapter folder. Used only when both tools are on the PATH; GNU {@code time}, when it is on the
 * PATH too, gives each process's CPU time and peak RSS.
 */
final class PandocWeasyPrint {
  private static final String[] FACES = {
    "NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"
  };

  static final String CSS = """
      @font-face { font-family: "Noto Serif SC"; src: url(NotoSerifSC-Regular.ttf); }
      @font-face { font-family: "Noto Serif SC"; font-weight: bold; src: url(NotoSerifSC-Bold.ttf); }
      @font-face { font-family: "Noto Sans SC"; src: url(NotoSansSC-Regular.ttf); }
      @font-face { font-family: "Noto Sans SC"; font-weight: bold; src: url(NotoSansSC-Bold.ttf); }
      @page {
        size: A4;
        margin: 24mm 22mm 26mm 22mm;
        @bottom-center { content: counter(page); font-family: "Noto Sans SC"; font-size: 8.5pt; }
      }
      html { font-size: 10.5pt; }
      body { font-family: "Noto Serif SC", serif; line-height: 1.75; color: #1a1a1a; margin: 0; }
      h1, h2, h3 { font-family: "Noto Sans SC", sans-serif; line-height: 1.4; color: #0f2d4a; break-after: avoid; }
      h1, #TOC { break-before: right; }
      h1 { font-size: 20pt; }
      h2 { font-size: 14pt; }
      h3 { font-size: 12pt; }
      p { margin: 0 0 0.4em 0; text-align: justify; text-indent: 2em; }
      li p, td p, blockquote p, figcaption { text-indent: 0; }
      table { border-collapse: collapse; margin: 1em auto; font-size: 9.5pt; }
      th, td { border-bottom: 0.5pt solid #999; padding: 1mm 2mm; }
      figure { margin: 1em 0; text-align: center; }
      img { max-width: 100%; }
      .case { border: 0.75pt solid #7a93b5; padding: 3mm 4mm; margin: 1em 0; }
      """;

  private final Path dir;
  private final long timeoutSeconds;
  private final String versions;
  /** GNU time, or null. */
  private final Path time;

  private PandocWeasyPrint(Path dir, long timeoutSeconds, String versions, Path time) {
    this.dir = dir;
    this.timeoutSeconds = timeoutSeconds;
    this.versions = versions;
    this.time = time;
  }

  /** The comparison, set up in {@code dir}; null when pandoc or weasyprint is not on the PATH. */
  static PandocWeasyPrint find(Path dir, long timeoutSeconds) throws IOException, InterruptedException {
    if (onPath("pandoc") == null || onPath("weasyprint") == null) {
      return null;
    }
    Files.createDirectories(dir);
    for (String face : FACES) {
      try (InputStream in = PandocWeasyPrint.class.getResourceAsStream("/io/github/colophon/fonts/" + face)) {
        Files.copy(in, dir.resolve(face));
      }
    }
    Files.writeString(dir.resolve("book.css"), CSS);
    String versions = firstLine("pandoc", "--version") + ", " + firstLine("weasyprint", "--version");
    return new PandocWeasyPrint(dir, timeoutSeconds, versions, onPath("time"));
  }

  String versions() {
    return versions;
  }

  /** Thrown when a tool fails or runs out of time; the message goes into the report. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /**
   * Runs the chain on the book and returns its figures (keys without prefix, times in
   * milliseconds): wallMs, pandocMs, weasyprintMs, pages, and cpuMs and vmHwmMiB when
   * GNU time is there.
   */
  Map<String, Long> run(Path book, String name) throws IOException, InterruptedException, Failure {
    Path html = dir.resolve(name + ".html");
    Path pdf = dir.resolve(name + ".pdf");
    Files.deleteIfExists(html);
    Files.deleteIfExists(pdf);
    List<String> pandoc = new ArrayList<>(List.of(
        "pandoc", "--from=markdown", "--to=html5", "--standalone", "--file-scope",
        "--toc", "--toc-depth=2", "--number-sections",
        "--metadata-file=publication.yaml", "--metadata=lang=zh-CN",
        "--css=" + dir.resolve("book.css").toUri(), "--output=" + html));
    pandoc.addAll(SyntheticBook.readingOrder(book));
    List<String> weasyprint = List.of(
        "weasyprint", "--base-url=" + book.resolve("chapters").toUri(), html.toString(), pdf.toString());

    Map<String, Long> figures = new LinkedHashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    long t0 = System.nanoTime();
    timed("pandoc", pandoc, book, deadline, figures);
    long t1 = System.nanoTime();
    timed("weasyprint", weasyprint, book, deadline, figures);
    long t2 = System.nanoTime();
    figures.put("wallMs", (t2 - t0) / 1_000_000);
    figures.put("pandocMs", (t1 - t0) / 1_000_000);
    figures.put("weasyprintMs", (t2 - t1) / 1_000_000);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      figures.put("pages", (long) document.getNumberOfPages());
    }
    figures.put("cpuMs", figures.remove("pandoc.cpuMs") + figures.remove("weasyprint.cpuMs"));
    figures.put("vmHwmMiB", Math.max(figures.remove("pandoc.vmHwmMiB"), figures.remove("weasyprint.vmHwmMiB")));
    figures.values().removeIf(v -> v < 0);
    return figures;
  }

  /** Runs one tool (under GNU time when present) and adds its CPU time and peak RSS, or -1. */
  private void timed(String tool, List<String> command, Path workingDir, long deadline, Map<String, Long> figures)
      throws IOException, InterruptedException, Failure {
    Path usage = dir.resolve(tool + ".time");
    Path log = dir.resolve(tool + ".log");
    Files.deleteIfExists(usage);
    List<String> full = new ArrayList<>();
    if (time != null) {
      full.addAll(List.of(time.toString(), "--format=%U %S %M", "--output=" + usage));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).directory(workingDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new Failure("timeout (> " + timeoutSeconds + " s, in " + tool + ")");
    }
    if (process.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      throw new Failure(tool + " failed (exit " + process.exitValue() + ")"
          + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1)));
    }
    long cpuMs = -1;
    long rssMiB = -1;
    if (Files.exists(usage)) {
      List<String> lines = Files.readAllLines(usage);
      String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
      cpuMs = Math.round((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000);
      rssMiB = Long.parseLong(f[2]) >> 10;
    }
    figures.put(tool + ".cpuMs", cpuMs);
    figures.put(tool + ".vmHwmMiB", rssMiB);
  }

  /** The executable {@code tool} on the PATH, or null. */
  private static Path onPath(String tool) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
        return Path.of(entry, tool);
      }
    }
    return null;
  }

  private static String firstLine(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.lines().findFirst().orElse(command[0]).trim();
  }
}

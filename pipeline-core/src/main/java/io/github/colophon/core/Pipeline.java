package io.github.colophon.core;

import io.github.colophon.core.internal.Variables;
import io.github.colophon.core.internal.assemble.Assembler;
import io.github.colophon.core.internal.check.Checker;
import io.github.colophon.core.internal.finish.DraftMark;
import io.github.colophon.core.internal.finish.HtmlDraftBanner;
import io.github.colophon.core.internal.finish.InputFingerprint;
import io.github.colophon.core.internal.finish.OutputCommitter;
import io.github.colophon.core.internal.finish.PdfFinisher;
import io.github.colophon.core.internal.Futures;
import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.load.LoadedPublication;
import io.github.colophon.core.internal.load.PublicationLoader;
import io.github.colophon.core.internal.markdown.MarkdownParser;
import io.github.colophon.core.internal.number.Numberer;
import io.github.colophon.core.internal.release.ContentCounts;
import io.github.colophon.core.internal.release.ReleaseFiles;
import io.github.colophon.core.internal.release.ReleaseGate;
import io.github.colophon.core.internal.release.ReleaseRecord;
import io.github.colophon.core.internal.render.AnchorPositions;
import io.github.colophon.core.internal.render.HtmlEditionWriter;
import io.github.colophon.core.internal.render.PdfEditionWriter;
import io.github.colophon.core.internal.render.PrintPatch;
import io.github.colophon.core.internal.render.PrintSource;
import io.github.colophon.core.internal.render.RendererWarmUp;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.MarkdownBody;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.Numbering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one entry point: builds or checks a publication folder. Used by the Maven plugin, the tests
 * and the benchmark. Thread-safe; a single instance can build several publications at once.
 *
 * <p>Stages: load → parse → assemble → number → check → render → finish. A release edition adds
 * the release checks after check; a draft is watermarked in finish. Manuscript problems are
 * returned as diagnostics; when any is an error, nothing is written. Failures of Colophon or the
 * environment (I/O, bugs) are thrown as unchecked exceptions.
 */
public final class Pipeline {
  private final PublicationLoader loader = new PublicationLoader();
  private final MarkdownParser parser = new MarkdownParser();
  private final Assembler assembler = new Assembler();
  private final Numberer numberer = new Numberer();
  // Returns at once; the files are read on another core while the first build loads and parses.
  private final FontLibrary fonts = FontLibrary.bundled();
  private final PdfEditionWriter pdfWriter = new PdfEditionWriter(fonts);
  private final HtmlEditionWriter htmlWriter = new HtmlEditionWriter();
  private final PdfFinisher pdfFinisher = new PdfFinisher(fonts);
  private final PrintPatch printPatch = new PrintPatch(pdfWriter);
  /** Each draft's last PDF and what it was made from, by output folder, for the next build. */
  private final Map<Path, PrintPatch.Memo> printMemos = new ConcurrentHashMap<>();

  /** A system property that turns the renderer warm-up off (for the benchmark's comparison). */
  public static final String NO_WARM_UP = "colophon.noWarmUp";

  /** The publication folders under {@code sourceRoot}: those holding a publication.yaml, by name. */
  public static List<Path> discover(Path sourceRoot) {
    if (!Files.isDirectory(sourceRoot)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(sourceRoot)) {
      return children
          .filter(p -> Files.isRegularFile(p.resolve(PublicationLoader.MANIFEST)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs every stage up to check; renders and writes nothing. */
  public BuildResult check(Path folder, BuildOptions options) {
    long start = System.nanoTime();
    StageTimes times =
        new StageTimes(folder.toAbsolutePath().normalize().getFileName().toString(), options.progress());
    Checked checked = analyseStrictly(folder, options, times);
    return result(folder, List.of(), checked.diagnostics(), 0, start, times);
  }

  /** Builds every requested edition of the publication in {@code folder}. */
  public BuildResult build(Path folder, BuildOptions options) {
    long start = System.nanoTime();
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    Path record = InputFingerprint.recordFile(options.outputDirectory(), name);
    Optional<String> fingerprint =
        options.incremental() ? InputFingerprint.of(folder, options.describe()) : Optional.empty();
    if (fingerprint.isPresent()) {
      Optional<InputFingerprint.Recorded> last = InputFingerprint.read(record);
      List<Path> existing = existingOutputs(options.outputDirectory().resolve(name), name);
      if (last.isPresent() && last.get().fingerprint().equals(fingerprint.get()) && !existing.isEmpty()) {
        return new BuildResult(
            name, existing, List.of(), last.get().pages(), Duration.ofNanos(System.nanoTime() - start), true);
      }
    }
    if (options.formats().contains(Format.PDF) && !Boolean.getBoolean(NO_WARM_UP)) {
      RendererWarmUp.startOnce(fonts); // not for a publication that is up to date: nothing renders
    }
    StageTimes times = new StageTimes(name, options.progress());
    Checked checked = analyseStrictly(folder, options, times);
    Analysed analysed = checked.analysed();
    Diagnostics sink = checked.diagnostics();
    if (analysed == null || sink.hasErrors()) {
      return result(folder, List.of(), sink, 0, start, times);
    }
    Document document = analysed.document();
    DraftMark draft =
        options.edition() == Edition.DRAFT
            ? DraftMark.of(document.metadata(), options.buildTime(), options.revision())
            : null;
    Path target = options.outputDirectory().resolve(document.name());
    try {
      Path staging = OutputCommitter.stage(target);
      String pdfName = document.name() + ".pdf";
      boolean pdfWanted = options.formats().contains(Format.PDF);
      // Flexmark's renderers write into the parsed documents (footnote order), so the print HTML
      // is rendered before the HTML edition starts; then the site is written on its own thread
      // while OpenHTMLtoPDF lays out and paints the PDF on one core.
      CompletableFuture<HtmlWritten> html = null;
      try {
        // What a draft's PDF depends on besides its HTML, hashed on another core: a cold build
        // needs it only to keep its PDF for the next one.
        CompletableFuture<String> context =
            pdfWanted && patchable(document, options)
                ? CompletableFuture.supplyAsync(
                    () -> patchContext(folder, document, options, draft),
                    task -> startThread(task, "colophon-inputs-" + document.name()))
                : null;
        PrintSource print = pdfWanted ? pdfWriter.printSource(document, analysed.numbering()) : null;
        if (options.formats().contains(Format.HTML)) {
          html =
              CompletableFuture.supplyAsync(
                  () -> writeHtml(document, analysed.numbering(), staging, options, pdfName, draft),
                  task -> startThread(task, "colophon-html-" + document.name()));
        }
        int pages = 0;
        if (pdfWanted) {
          PdfFinisher.FinishedPdf pdf = pdf(document, analysed.numbering(), print, context, target, options, draft, times);
          Files.write(staging.resolve(pdfName), pdf.bytes());
          pages = pdf.pages();
          times.lap("finish");
        }
        if (html != null) {
          HtmlWritten written = Futures.join(html);
          times.recordParallel("html", written.took(), written.pages() + " pages");
        }
        ReleaseFiles.write(staging, releaseRecord(document, options, pages, sink));
        OutputCommitter.commit(staging, target);
        int pageCount = pages;
        fingerprint.ifPresent(f -> InputFingerprint.write(record, new InputFingerprint.Recorded(f, pageCount)));
        times.lap("write");
        return result(folder, existingOutputs(target, document.name()), sink, pages, start, times);
      } catch (RuntimeException | IOException e) {
        if (html != null) {
          html.handle((done, failed) -> null).join(); // never delete the folder it is writing into
        }
        OutputCommitter.discard(staging);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * The finished PDF: from the last build's when nothing it shows changed, patched from it when
   * only units changed and each still fits its pages ({@link PrintPatch}), else rendered whole. With a
   * {@code context} (drafts of untagged PDFs, see {@link #patchContext}), what this build made is
   * kept for the next one; a build with no last PDF to compare waits for it only at the end.
   */
  private PdfFinisher.FinishedPdf pdf(
      Document document,
      Numbering numbering,
      PrintSource source,
      CompletableFuture<String> context,
      Path target,
      BuildOptions options,
      DraftMark draft,
      StageTimes times) {
    Path key = target.toAbsolutePath().normalize();
    PrintPatch.Memo memo = context == null ? null : printMemos.get(key);
    String contextNow = memo == null ? null : Futures.join(context);
    if (PrintPatch.unchanged(memo, contextNow, source)) {
      times.lap("pdf", memo.pages() + " pages, unchanged");
      return new PdfFinisher.FinishedPdf(memo.pdf(), memo.pages());
    }
    Optional<PrintPatch.Patched> patched =
        memo == null ? Optional.empty() : printPatch.patch(memo, contextNow, document, source);
    PdfFinisher.FinishedPdf pdf;
    Map<String, AnchorPositions.Anchor> anchors;
    Set<Integer> filler;
    if (patched.isPresent()) {
      PrintPatch.Patched patch = patched.get();
      times.lap(
          "pdf",
          patch.pdf().getNumberOfPages() + " pages, "
              + patch.units().stream()
                  .map(unit -> document.units().get(unit).source().displayPath())
                  .collect(Collectors.joining(", "))
              + " re-rendered");
      anchors = patch.anchors();
      filler = patch.fillerPages();
      pdf = pdfFinisher.finish(patch, draft);
    } else {
      PdfEditionWriter.RenderedPdf rendered =
          pdfWriter.render(document, numbering, source, context != null);
      times.lap("pdf", rendered.pdf().getNumberOfPages() + " pages");
      anchors = rendered.anchors();
      filler = rendered.fillerPages();
      pdf =
          pdfFinisher.finish(
              rendered,
              document.metadata(),
              options.buildTime(),
              "Colophon " + version(),
              document.pdf().standards(),
              draft);
    }
    if (context != null) {
      printMemos.put(key, new PrintPatch.Memo(Futures.join(context), source, anchors, filler, pdf.bytes(), pdf.pages()));
    }
    return pdf;
  }

  /**
   * Whether the PDF may be patched in the next build: release editions are rendered whole, so
   * that two builds give the same bytes, and so are tagged PDFs.
   */
  private static boolean patchable(Document document, BuildOptions options) {
    return options.edition() == Edition.DRAFT && document.pdf().standards().isEmpty();
  }

  /**
   * What, besides the print HTML, a draft's PDF depends on: build time and draft mark, metadata,
   * and every file of the publication that is not Markdown (images, data, theme files: a unit's
   * HTML names an image, it does not contain it).
   */
  private static String patchContext(Path folder, Document document, BuildOptions options, DraftMark draft) {
    return InputFingerprint.contents(
        folder,
        file -> !file.getFileName().toString().endsWith(".md"),
        options.buildTime() + "\n" + draft + "\n" + document.metadata() + "\n" + document.pdf() + "\n");
  }

  private record HtmlWritten(int pages, Duration took) {}

  /** Writes the HTML edition into the staging folder; returns its page count and time. */
  private HtmlWritten writeHtml(
      Document document, Numbering numbering, Path staging, BuildOptions options, String pdfName, DraftMark draft) {
    long start = System.nanoTime();
    try {
      List<Path> pages =
          htmlWriter.write(
              document,
              numbering,
              staging.resolve("html"),
              options.formats().contains(Format.PDF) ? pdfName : null,
              draft == null ? html -> html : html -> HtmlDraftBanner.insert(html, draft));
      return new HtmlWritten(pages.size(), Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void startThread(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** What release.json says, before the file list is added. */
  private static ReleaseRecord releaseRecord(
      Document document, BuildOptions options, int pages, Diagnostics sink) {
    Metadata m = document.metadata();
    ContentCounts counts = ContentCounts.of(document);
    return ReleaseRecord.of(
        new ReleaseRecord.Publication(document.name(), m.title(), m.version(), m.date(), m.language()),
        new ReleaseRecord.Build(
            options.edition().id(),
            DateTimeFormatter.ISO_INSTANT.format(options.buildTime()),
            version(),
            options.revision().isEmpty() ? null : options.revision()),
        new ReleaseRecord.Content(
            pages, counts.text(), counts.figures(), counts.tables(), counts.cases()),
        sink.sorted());
  }

  private record Checked(Analysed analysed, Diagnostics diagnostics) {}

  /**
   * Every stage up to check, then what the options make stricter: the release edition's gate, or
   * failOnWarning turning warnings into errors.
   */
  private Checked analyseStrictly(Path folder, BuildOptions options, StageTimes times) {
    Diagnostics sink = new Diagnostics();
    Analysed analysed = analyse(folder, options, sink, times);
    if (analysed != null && options.edition() == Edition.RELEASE) {
      sink = ReleaseGate.enforce(analysed.document(), sink);
    } else if (options.failOnWarning()) {
      sink = sink.withWarningsAsErrors("failOnWarning is set");
    }
    return new Checked(analysed, sink);
  }

  /** The PDF and the HTML landing page in {@code target}, those that exist. */
  private static List<Path> existingOutputs(Path target, String name) {
    return Stream.of(target.resolve(name + ".pdf"), target.resolve("html").resolve("index.html"))
        .filter(Files::exists)
        .toList();
  }

  /** The analysed publication, before rendering; visible to tests of this package. */
  record Analysed(Document document, Numbering numbering) {}

  Analysed analyse(Path folder, BuildOptions options, Diagnostics sink) {
    return analyse(folder, options, sink, new StageTimes());
  }

  private Analysed analyse(Path folder, BuildOptions options, Diagnostics sink, StageTimes times) {
    LoadedPublication loaded = loader.load(folder, options.limits(), sink);
    times.lap("load");
    if (loaded == null) {
      return null;
    }
    List<MarkdownBody> bodies =
        loaded.units().parallelStream()
            .map(u -> (MarkdownBody) parser.parse(u.source(), options.limits(), sink))
            .toList();
    times.lap("parse", bodies.size() + (bodies.size() == 1 ? " file" : " files"));
    Document document =
        assembler
            .assemble(loaded, bodies)
            .withVariables(
                Variables.resolve(
                    loaded.metadata(),
                    options.edition().id(),
                    options.buildTime().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString(),
                    options.variables()));
    Numbering numbering = numberer.number(document);
    new Checker(fonts, options.allowRemote(), options.limits()).check(document, numbering, sink);
    times.lap("check");
    return new Analysed(document, numbering);
  }

  private static BuildResult result(
      Path folder, List<Path> outputs, Diagnostics sink, int pages, long start, StageTimes times) {
    return new BuildResult(
        folder.getFileName().toString(),
        outputs,
        sink.sorted(),
        pages,
        Duration.ofNanos(System.nanoTime() - start),
        false,
        times.snapshot());
  }

  /** Colophon's version, as written into outputs. */
  public static String version() {
    String v = Pipeline.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

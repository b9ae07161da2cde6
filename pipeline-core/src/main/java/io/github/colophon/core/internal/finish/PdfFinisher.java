package io.github.colophon.core.internal.finish;

import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.render.PdfEditionWriter.RenderedPdf;
import io.github.colophon.core.internal.render.PrintPatch;
import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.PdfStandard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The finish stage for PDFs: blank filler pages, the draft watermark, document information and
 * language from the manifest, timestamps from the build's fixed date, the XMP and tagging a
 * claimed standard needs, and a document ID derived from the finished bytes ({@link DocumentId}),
 * so that the same sources give the same bytes. Works on the rendered document while it is still
 * open, and saves it once.
 */
public final class PdfFinisher {
  private final DraftWatermark watermark;

  public PdfFinisher(FontLibrary fonts) {
    this.watermark = new DraftWatermark(fonts);
  }

  /** A finisher with the bundled fonts. */
  public PdfFinisher() {
    this(FontLibrary.bundled());
  }

  /** The finished PDF and its page count. */
  public record FinishedPdf(byte[] bytes, int pages) {}

  /** Finishes a rendered plain PDF without a draft mark, as for a release edition. */
  public FinishedPdf finish(RenderedPdf rendered, Metadata metadata, Instant buildTime, String producer) {
    return finish(rendered, metadata, buildTime, producer, Set.of(), null);
  }

  /**
   * Finishes a rendered PDF; {@code draft} is stamped on every page unless it is null. When the
   * PDF claims {@code standards}, its XMP metadata is written to match.
   */
  public FinishedPdf finish(
      RenderedPdf rendered,
      Metadata metadata,
      Instant buildTime,
      String producer,
      Set<PdfStandard> standards,
      DraftMark draft) {
    try (rendered) {
      PDDocument pdf = rendered.pdf();
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(metadata.title());
      info.setAuthor(String.join(", ", metadata.authors()));
      info.setSubject(metadata.subtitle());
      if (!metadata.keywords().isEmpty()) {
        info.setKeywords(String.join(", ", metadata.keywords()));
      }
      info.setCreator("Colophon");
      info.setProducer(producer);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
      when.setTimeInMillis(buildTime.toEpochMilli());
      info.setCreationDate(when);
      info.setModificationDate(when);
      pdf.getDocumentCatalog().setLanguage(metadata.language());
      BlankPages.clear(pdf, rendered.fillerPages());
      if (draft != null) {
        watermark.stamp(pdf, draft);
      }
      if (!standards.isEmpty()) {
        ArchivalMetadata.write(pdf, metadata, when, producer, standards);
      }
      if (standards.contains(PdfStandard.PDF_UA_1)) {
        TaggedPdf.complete(pdf);
      }
      return saved(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finishes a patched PDF ({@link PrintPatch}): the rest of it was finished by the build it came
   * from, with the same settings, so only the new pages need the draft mark.
   */
  public FinishedPdf finish(PrintPatch.Patched patched, DraftMark draft) {
    try (patched) {
      if (draft != null) {
        for (int[] range : patched.pageRanges()) {
          watermark.stamp(patched.pdf(), draft, range[0], range[1]);
        }
      }
      return saved(patched.pdf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FinishedPdf saved(PDDocument pdf) throws IOException {
    DocumentId.preparePlaceholder(pdf);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    pdf.save(out);
    return new FinishedPdf(DocumentId.stamp(out.toByteArray()), pdf.getNumberOfPages());
  }
}

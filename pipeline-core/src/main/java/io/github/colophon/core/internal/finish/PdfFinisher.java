package io.github.colophon.core.internal.finish;

import io.github.colophon.core.model.Metadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The finish stage for PDFs: document information and language from the manifest, timestamps
 * from the build's fixed date, and a document ID derived from the finished bytes ({@link
 * DocumentId}), so that the same sources give the same bytes.
 */
public final class PdfFinisher {

  /** The finished PDF and its page count. */
  public record FinishedPdf(byte[] bytes, int pages) {}

  public FinishedPdf finish(byte[] rendered, Metadata metadata, Instant buildTime, String producer) {
    try (PDDocument pdf = Loader.loadPDF(rendered)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(metadata.title());
      info.setAuthor(String.join(", ", metadata.authors()));
      info.setSubject(metadata.subtitle());
      info.setCreator("Colophon");
      info.setProducer(producer);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
      when.setTimeInMillis(buildTime.toEpochMilli());
      info.setCreationDate(when);
      info.setModificationDate(when);
      pdf.getDocumentCatalog().setLanguage(metadata.language());
      DocumentId.preparePlaceholder(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream(rendered.length + 4096);
      pdf.save(out);
      return new FinishedPdf(DocumentId.stamp(out.toByteArray()), pdf.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.colophon.core.internal.finish;

import io.github.colophon.core.model.Metadata;
import io.github.colophon.core.model.PdfStandard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata of a PDF that claims a standard. PDF/A requires the XMP to say what the
 * document information dictionary says (title, author, dates, producer, keywords) and to name
 * the PDF/A part; PDF/UA requires a title shown in the window and its own identifier. The finish
 * stage rewrites the document information, so it writes the XMP afresh from the same values
 * rather than patching what the renderer wrote.
 */
final class ArchivalMetadata {
  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

  private ArchivalMetadata() {}

  /** The PDF/A extension schema entry that declares {@code pdfuaid:part} (ISO 14289-1, 5). */
  private static void describePdfUaSchema(XMPMetadata xmp) {
    PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
    // The serializer declares only the schema's own prefix; the nested structures' prefixes are
    // declared on the same element.
    extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
    extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
    PDFASchemaType schema = new PDFASchemaType(xmp);
    schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
    schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NS));
    schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, "pdfuaid"));
    PDFAPropertyType part = new PDFAPropertyType(xmp);
    part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
    part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
    part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
    part.addProperty(
        part.createTextType(PDFAPropertyType.DESCRIPTION, "Indicates which part of ISO 14289 the file conforms to"));
    ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
    properties.addProperty(part);
    schema.addProperty(properties);
    ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
    schemas.addProperty(schema);
    extension.addProperty(schemas);
  }

  static void write(
      PDDocument pdf,
      Metadata metadata,
      Calendar when,
      String producer,
      Set<PdfStandard> standards)
      throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(metadata.title());
    metadata.authors().forEach(dc::addCreator);
    if (metadata.subtitle() != null) {
      dc.setDescription(metadata.subtitle());
    }
    dc.addLanguage(metadata.language());
    dc.setFormat("application/pdf");
    AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
    adobe.setProducer(producer);
    if (!metadata.keywords().isEmpty()) {
      adobe.setKeywords(String.join(", ", metadata.keywords()));
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool("Colophon");
    basic.setCreateDate(when);
    basic.setModifyDate(when);
    basic.setMetadataDate(when);
    if (standards.contains(PdfStandard.PDF_A_3U)) {
      PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
      id.setPart(3);
      try {
        id.setConformance("U");
      } catch (org.apache.xmpbox.type.BadFieldValueException e) {
        throw new IllegalStateException(e); // "U" is a valid conformance level
      }
    }
    if (standards.contains(PdfStandard.PDF_UA_1)) {
      XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
      ua.setIntegerPropertyValueAsSimple("part", 1);
      xmp.addSchema(ua);
      if (standards.contains(PdfStandard.PDF_A_3U)) {
        describePdfUaSchema(xmp); // PDF/A admits only schemas it knows or that are described
      }
      PDViewerPreferences preferences = pdf.getDocumentCatalog().getViewerPreferences();
      if (preferences == null) {
        preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
      }
      preferences.setDisplayDocTitle(true);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
    PDMetadata stream = new PDMetadata(pdf);
    stream.importXMPMetadata(out.toByteArray());
    pdf.getDocumentCatalog().setMetadata(stream);
  }
}

package io.github.colophon.core.internal.finish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF's trailer {@code /ID} computed from the file's own bytes, so the same content always gets
 * the same ID. PDFBox otherwise keeps the renderer's ID, which is seeded with the wall clock.
 *
 * <p>The ID cannot be a hash of the bytes that contain it, so the document is saved with a
 * placeholder ID and the placeholder is then overwritten, in place, with a hash of that file. The
 * trailer (or cross-reference stream dictionary) is never compressed and the replacement has the
 * same length, so every offset stays valid.
 */
final class DocumentId {
  private static final int LENGTH = 16; // bytes, as the spec's MD5-based suggestion
  private static final byte[] PLACEHOLDER = new byte[LENGTH];
  private static final byte[] PLACEHOLDER_ENTRY =
      ("/ID [<" + "00".repeat(LENGTH) + "> <" + "00".repeat(LENGTH) + ">]")
          .getBytes(StandardCharsets.US_ASCII);

  private DocumentId() {}

  /** Sets the placeholder ID; call just before saving. */
  static void preparePlaceholder(PDDocument pdf) {
    COSArray id = new COSArray();
    for (int i = 0; i < 2; i++) {
      COSString part = new COSString(PLACEHOLDER);
      part.setForceHexForm(true); // so the placeholder has one known spelling in the file
      id.add(part);
    }
    pdf.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  /** Replaces the placeholder in the saved file with the hash of the file; returns {@code saved}. */
  static byte[] stamp(byte[] saved) {
    // Searched as Latin-1 text (one char per byte, so the same offsets): String.indexOf is
    // compiled to vector instructions long before a loop of our own would be, at this point of
    // a first build.
    String file = new String(saved, StandardCharsets.ISO_8859_1);
    String placeholder = new String(PLACEHOLDER_ENTRY, StandardCharsets.ISO_8859_1);
    int at = file.indexOf(placeholder);
    if (at < 0 || file.indexOf(placeholder, at + 1) >= 0) {
      // PDFBox changed how it writes the trailer; failing loudly beats a random ID.
      throw new IllegalStateException("cannot find exactly one placeholder /ID in the saved PDF");
    }
    String hex = HexFormat.of().withUpperCase().formatHex(sha256(saved), 0, LENGTH);
    byte[] entry = ("/ID [<" + hex + "> <" + hex + ">]").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(entry, 0, saved, at, entry.length);
    return saved;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

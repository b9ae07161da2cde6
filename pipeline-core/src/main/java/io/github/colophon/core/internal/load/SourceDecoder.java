package io.github.colophon.core.internal.load;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes manuscript bytes as strict UTF-8: a BOM is dropped, CRLF and CR become LF, and a file
 * that is not UTF-8 is an error that says where the first bad byte is and, when the bytes read as
 * Chinese in GB18030, that the file is probably GBK-encoded.
 */
final class SourceDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Either the decoded text or the diagnostic that explains why it could not be decoded. */
  record Decoded(String text, Diagnostic problem) {}

  Decoded decode(byte[] bytes, String displayPath) {
    int start = hasBom(bytes) ? 3 : 0;
    for (int i = start; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return new Decoded(
            null,
            Diagnostic.error(
                "binary-file",
                "this is a binary file, not Markdown text",
                SourcePosition.of(displayPath),
                "list only Markdown (.md) files in publication.yaml"));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int badByte = in.position();
      out.flip();
      String before = out.toString();
      SourcePosition at = positionAfter(before, displayPath);
      String hint =
          looksLikeGb18030(bytes)
              ? "the file looks GBK/GB18030-encoded; save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8"
              : "save the file as UTF-8";
      return new Decoded(
          null,
          Diagnostic.error(
              "invalid-encoding",
              "not valid UTF-8 (bad byte 0x%02X at byte offset %d)"
                  .formatted(bytes[badByte] & 0xFF, badByte),
              at,
              hint));
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(normaliseLineEnds(out.toString()), null);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static SourcePosition positionAfter(String decodedPrefix, String displayPath) {
    String text = normaliseLineEnds(decodedPrefix);
    int line = 1;
    int lastBreak = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lastBreak = i;
      }
    }
    int column = text.codePointCount(lastBreak + 1, text.length()) + 1;
    return new SourcePosition(displayPath, line, column);
  }

  static String normaliseLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean looksLikeGb18030(byte[] bytes) {
    Optional<String> text = strictDecode(bytes, GB18030);
    return text.map(t -> t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
            == Character.UnicodeScript.HAN)).orElse(false);
  }

  private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

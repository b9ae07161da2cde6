package io.github.colophon.core.internal.data;

import io.github.colophon.core.Diagnostic;
import io.github.colophon.core.Diagnostics;
import io.github.colophon.core.SourcePosition;
import io.github.colophon.core.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A data file read for a table or chart: its header and rows, every cell with the line and column
 * where it is written, so that errors can point into the file. CSV per RFC 4180 (Apache Commons
 * CSV), or TSV; strict UTF-8 with or without a BOM, any line ends. Immutable.
 *
 * @param file the data file as diagnostics name it ({@code survey-2022/data/mau.csv})
 */
public record CsvData(String file, List<Cell> header, List<List<Cell>> rows) {

  /** One field of the file, as written (quotes removed), and where it starts. */
  public record Cell(String text, SourcePosition at) {}

  public CsvData {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The header names in file order. */
  public List<String> names() {
    return header.stream().map(Cell::text).toList();
  }

  /** The index of the column named {@code name}, or -1. */
  public int column(String name) {
    return names().indexOf(name);
  }

  /**
   * Reads {@code path}; reports what is wrong with it (encoding, syntax, ragged rows, no rows) and
   * returns null when it cannot be used.
   *
   * @param delimiter {@code ','} for CSV, {@code '\t'} for TSV, or another single character
   */
  static CsvData read(Path path, String file, char delimiter, Diagnostics sink) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    String text = decode(bytes, file, sink);
    if (text == null) {
      return null;
    }
    SourceFile source = new SourceFile(file, path, text);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<CSVRecord> records = new ArrayList<>();
    CSVParser parser = null;
    try {
      parser = CSVParser.parse(text, format);
      for (CSVRecord record : parser) {
        records.add(record);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
      sink.report(
          Diagnostic.error(
              "invalid-csv",
              "the data file is not valid " + kind(delimiter) + ": " + reason(e),
              new SourcePosition(file, (int) line, 0),
              "quote a field that holds the delimiter, a quote or a line break, and double the quotes"
                  + " inside it: \"say \"\"hi\"\"\""));
      return null;
    }
    if (records.isEmpty()) {
      sink.report(
          Diagnostic.error(
              "empty-data",
              "the data file is empty: it has no header row and no data",
              new SourcePosition(file, 1, 1),
              "write a header row with the column names, then one row per record"));
      return null;
    }
    List<Cell> header = cells(records.get(0), text, source, delimiter);
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (Cell name : header) {
      if (name.text().isBlank()) {
        sink.report(
            Diagnostic.error(
                "invalid-csv",
                "a column of the header row has no name",
                name.at(),
                "give every column a name in the first row"));
        ok = false;
      } else if (!seen.add(name.text())) {
        sink.report(
            Diagnostic.error(
                "invalid-csv",
                "the column name '" + name.text() + "' appears twice in the header row",
                name.at(),
                "give every column a different name"));
        ok = false;
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      List<Cell> row = cells(record, text, source, delimiter);
      if (row.size() != header.size()) {
        sink.report(
            Diagnostic.error(
                "invalid-csv",
                "this row has %d fields but the header has %d".formatted(row.size(), header.size()),
                row.get(0).at(),
                "every row needs one field per column; quote a field that holds a "
                    + (delimiter == '\t' ? "tab" : "'" + delimiter + "'")));
        ok = false;
      }
      rows.add(row);
    }
    if (ok && rows.isEmpty()) {
      SourcePosition after = header.get(0).at();
      sink.report(
          Diagnostic.error(
              "empty-data",
              "the data file has a header row but no data",
              new SourcePosition(file, after.line() + 1, 1),
              "add at least one row of data below the header"));
      return null;
    }
    return ok ? new CsvData(file, header, rows) : null;
  }

  private static String kind(char delimiter) {
    return delimiter == '\t' ? "TSV" : "CSV";
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? "syntax error" : t.getMessage();
    message = message.replaceAll("^\\(line \\d+\\) ", "").replaceAll(" at line: \\d+, position: \\d+$", "");
    return message.strip();
  }

  /** The record's fields with the place each starts: the text is scanned from the record's start. */
  private static List<Cell> cells(CSVRecord record, String text, SourceFile source, char delimiter) {
    List<Cell> cells = new ArrayList<>(record.size());
    int p = (int) record.getCharacterPosition();
    for (int f = 0; f < record.size(); f++) {
      cells.add(new Cell(record.get(f), source.positionOf(p)));
      if (p < text.length() && text.charAt(p) == '"') {
        p++;
        while (p < text.length()) {
          if (text.charAt(p) == '"') {
            if (p + 1 < text.length() && text.charAt(p + 1) == '"') {
              p += 2;
              continue;
            }
            p++;
            break;
          }
          p++;
        }
      }
      while (p < text.length() && text.charAt(p) != delimiter && text.charAt(p) != '\n') {
        p++;
      }
      if (p < text.length() && text.charAt(p) == delimiter) {
        p++;
      }
    }
    return cells;
  }

  /** Strict UTF-8 without the BOM, line ends made {@code \n}; null (reported) when not UTF-8. */
  private static String decode(byte[] bytes, String file, Diagnostics sink) {
    boolean bom =
        bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = normalise(out.toString());
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int lineStart = before.lastIndexOf('\n') + 1;
      int column = before.codePointCount(lineStart, before.length()) + 1;
      sink.report(
          Diagnostic.error(
              "invalid-encoding",
              "the data file is not valid UTF-8 (bad byte 0x%02X at byte offset %d)"
                  .formatted(bytes[in.position()] & 0xFF, in.position()),
              new SourcePosition(file, line, column),
              "save it as UTF-8 (spreadsheet programs: 'CSV UTF-8'), e.g. iconv -f GB18030 -t UTF-8"));
      return null;
    }
    decoder.flush(out);
    out.flip();
    return normalise(out.toString());
  }

  private static String normalise(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}

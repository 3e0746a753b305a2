package org.ripple.cli.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader, written by hand so that every rule is ours. UTF-8 only (see {@link TextFiles}); CRLF or LF
 * line ends; fields may be quoted, with a doubled quote for a quote inside. Rejected, each with {@code file:line:col}:
 * an unclosed quote, a quote in the middle of an unquoted field, text after a closing quote, a lone CR, a row whose
 * width differs from the header's, a duplicate header name, a file larger than the size limit (checked before reading),
 * a row with too many columns and a field that is too long. Trailing empty lines are ignored.
 *
 * <p>{@link #readFile} holds the file and its rows in memory and reports a byte that is not UTF-8 before anything else;
 * {@link #stream} reads one row at a time in bounded memory and reports each problem where it gets to it (with
 * several problems in one file, the first in the file). Both parse with {@link CsvParser}.
 */
public final class StrictCsv {
  public static final long DEFAULT_MAX_BYTES = 256L << 20;
  public static final int DEFAULT_MAX_COLUMNS = 16_384;
  public static final int DEFAULT_MAX_FIELD_LENGTH = 1_000_000;

  /** Characters read at a time when streaming (the buffer grows only for a longer record). */
  static final int STREAM_BUFFER_CHARS = 1 << 16;

  private static final StrictCsv DEFAULTS =
      new StrictCsv(DEFAULT_MAX_BYTES, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_FIELD_LENGTH);

  private final long maxBytes;
  private final int maxColumns;
  private final int maxFieldLength;

  private StrictCsv(long maxBytes, int maxColumns, int maxFieldLength) {
    if (maxBytes <= 0 || maxColumns <= 0 || maxFieldLength <= 0) {
      throw new IllegalArgumentException("CSV limits must be positive, were " + maxBytes + ", " + maxColumns + ", "
          + maxFieldLength);
    }
    this.maxBytes = maxBytes;
    this.maxColumns = maxColumns;
    this.maxFieldLength = maxFieldLength;
  }

  /** The default limits: 256 MiB, 16,384 columns, 1,000,000 characters per field. */
  public static StrictCsv defaults() {
    return DEFAULTS;
  }

  public static StrictCsv withLimits(long maxBytes, int maxColumns, int maxFieldLength) {
    return new StrictCsv(maxBytes, maxColumns, maxFieldLength);
  }

  /** Reads a file with the default limits. */
  public static CsvTable read(Path file, int exitCode) {
    return DEFAULTS.readFile(file, exitCode);
  }

  public CsvTable readFile(Path file, int exitCode) {
    byte[] bytes = TextFiles.readBytes(file, maxBytes, "CSV files", null, exitCode);
    return parse(file.toString(), bytes, exitCode);
  }

  /** Reads a stream (a classpath resource), named {@code name} in messages. */
  public CsvTable readStream(String name, InputStream in, int exitCode) {
    byte[] bytes = TextFiles.readBytes(name, in, maxBytes, "CSV files", null, exitCode);
    return parse(name, bytes, exitCode);
  }

  public CsvTable parse(String file, byte[] bytes, int exitCode) {
    if (bytes.length > maxBytes) {
      throw new InputException(file, 0, 0, null, "file is " + TextFiles.megabytes(bytes.length)
          + "; CSV files are limited to " + TextFiles.megabytes(maxBytes), exitCode);
    }
    return parse(file, TextFiles.decodeUtf8(file, bytes, exitCode), exitCode);
  }

  /** Parses decoded text. */
  public CsvTable parse(String file, String text, int exitCode) {
    return parse(file, text, exitCode, Math.min(text.length() + 2, STREAM_BUFFER_CHARS));
  }

  /** {@link #parse(String, String, int)} through a parse buffer of {@code bufferChars} to start with (tests). */
  CsvTable parse(String file, String text, int exitCode, int bufferChars) {
    CsvParser parser = new CsvParser(file, CsvParser.of(text), exitCode, maxColumns, maxFieldLength, bufferChars);
    List<CsvTable.Row> records = new ArrayList<>();
    while (parser.next()) {
      records.add(parser.row());
    }
    int last = records.size();
    while (last > 0 && isEmptyLine(records.get(last - 1))) {
      last--;
    }
    records = records.subList(0, last);
    if (records.isEmpty()) {
      throw empty(file, exitCode);
    }
    CsvTable.Row header = records.get(0);
    checkHeader(file, header, exitCode);
    List<CsvTable.Row> rows = new ArrayList<>(records.size() - 1);
    for (CsvTable.Row row : records.subList(1, records.size())) {
      if (row.size() != header.size()) {
        throw widthError(file, row, header.size(), exitCode);
      }
      rows.add(row);
    }
    return new CsvTable(file, exitCode, header, rows);
  }

  /**
   * Opens a file for reading one row at a time ({@link CsvStream}): the same rules and messages as {@link #readFile},
   * but the file is never held whole, so it may be as large as this reader's size limit however little heap there is.
   * The size is checked before reading; bytes that are not UTF-8 are reported where the reading gets to them.
   *
   * @param what the kind of file, for the size message ("transactions-long.csv files")
   */
  public CsvStream stream(Path file, String what, int exitCode) {
    return stream(file.toString(), TextFiles.open(file, maxBytes, what, null, exitCode), what, exitCode);
  }

  /** Like {@link #stream(Path, String, int)} for a stream (a classpath resource), named {@code name} in messages. */
  public CsvStream stream(String name, InputStream in, String what, int exitCode) {
    return stream(name, in, what, exitCode, STREAM_BUFFER_CHARS);
  }

  /** {@link #stream(String, InputStream, String, int)} through a parse buffer of {@code bufferChars} (tests). */
  CsvStream stream(String name, InputStream in, String what, int exitCode, int bufferChars) {
    Utf8Source source = new Utf8Source(name, in, maxBytes, what, exitCode);
    try {
      CsvParser parser = new CsvParser(name, source, exitCode, maxColumns, maxFieldLength, bufferChars);
      return new CsvStream(name, parser, source, exitCode);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  static InputException empty(String file, int exitCode) {
    return new InputException(file, 0, 0, null, "file is empty; expected a header line", exitCode);
  }

  /** A duplicate name in the header (empty names may repeat) is an error at the second one. */
  static void checkHeader(String file, CsvTable.Row header, int exitCode) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Integer previous = seen.putIfAbsent(name, i);
      if (previous != null && !name.isEmpty()) {
        throw new InputException(file, header.line(), header.column(i), null,
            "duplicate column '" + name + "' (also column " + (previous + 1) + ")", exitCode);
      }
    }
  }

  /** A row whose width differs from the header's: an error at its first extra field, or at its last one. */
  static InputException widthError(String file, CsvTable.Row row, int width, int exitCode) {
    String message = isEmptyLine(row) ? "empty line; every row needs " + width + " fields"
        : "row has " + row.size() + " fields, the header has " + width;
    int column = row.size() > width ? width : row.size() - 1;
    return new InputException(file, row.line(), row.column(column), null, message, exitCode);
  }

  private static boolean isEmptyLine(CsvTable.Row row) {
    return row.size() == 1 && row.get(0).isEmpty() && !row.quoted();
  }
}

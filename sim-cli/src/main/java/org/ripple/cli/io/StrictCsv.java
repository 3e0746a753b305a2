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
 */
public final class StrictCsv {
  public static final long DEFAULT_MAX_BYTES = 256L << 20;
  public static final int DEFAULT_MAX_COLUMNS = 16_384;
  public static final int DEFAULT_MAX_FIELD_LENGTH = 1_000_000;

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
    List<CsvTable.Row> records = new Parser(file, text, exitCode).records();
    int last = records.size();
    while (last > 0 && isEmptyLine(records.get(last - 1))) {
      last--;
    }
    records = records.subList(0, last);
    if (records.isEmpty()) {
      throw new InputException(file, 0, 0, null, "file is empty; expected a header line", exitCode);
    }
    CsvTable.Row header = records.get(0);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Integer previous = seen.putIfAbsent(name, i);
      if (previous != null && !name.isEmpty()) {
        throw new InputException(file, header.line(), header.column(i), null,
            "duplicate column '" + name + "' (also column " + (previous + 1) + ")", exitCode);
      }
    }
    List<CsvTable.Row> rows = new ArrayList<>(records.size() - 1);
    for (CsvTable.Row row : records.subList(1, records.size())) {
      if (row.size() != header.size()) {
        String message = isEmptyLine(row) ? "empty line; every row needs " + header.size() + " fields"
            : "row has " + row.size() + " fields, the header has " + header.size();
        int column = row.size() > header.size() ? header.size() : row.size() - 1;
        throw new InputException(file, row.line(), row.column(column), null, message, exitCode);
      }
      rows.add(row);
    }
    return new CsvTable(file, exitCode, header, rows);
  }

  private static boolean isEmptyLine(CsvTable.Row row) {
    return row.size() == 1 && row.get(0).isEmpty() && !row.quoted();
  }

  /** One pass over the text; {@code pos} is the next character, {@code lineStart} the index where its line starts. */
  private final class Parser {
    private final String file;
    private final String s;
    private final int exitCode;
    private int pos;
    private int line = 1;
    private int lineStart;

    Parser(String file, String s, int exitCode) {
      this.file = file;
      this.s = s;
      this.exitCode = exitCode;
    }

    private InputException error(int atLine, int atColumn, String message) {
      return new InputException(file, atLine, atColumn, null, message, exitCode);
    }

    List<CsvTable.Row> records() {
      List<CsvTable.Row> records = new ArrayList<>();
      int n = s.length();
      List<String> fields = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      while (pos < n) {
        int recordLine = line;
        fields.clear();
        columns.clear();
        boolean firstQuoted = false;
        while (true) {
          int fieldLine = line;
          int fieldColumn = pos - lineStart + 1;
          if (fields.size() == maxColumns) {
            throw error(fieldLine, fieldColumn, "row has more than " + maxColumns
                + " columns; put large matrices in long format (from,to,value)");
          }
          String value;
          if (pos < n && s.charAt(pos) == '"') {
            if (fields.isEmpty()) {
              firstQuoted = true;
            }
            value = quoted(fieldLine, fieldColumn);
          } else {
            value = unquoted(fieldLine, fieldColumn);
          }
          fields.add(value);
          columns.add(fieldColumn);
          if (pos >= n) {
            break;
          }
          char c = s.charAt(pos);
          if (c == ',') {
            pos++;
            continue;
          }
          if (c == '\r') {
            if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
              pos++;
            } else {
              throw error(line, pos - lineStart + 1, "carriage return without a line feed; use LF or CRLF line ends");
            }
          }
          pos++; // the '\n'
          line++;
          lineStart = pos;
          break;
        }
        CsvTable.Row row = CsvTable.Row.of(recordLine, fields, columns);
        records.add(firstQuoted && fields.size() == 1 ? row.markQuoted() : row);
      }
      return records;
    }

    private String quoted(int fieldLine, int fieldColumn) {
      int n = s.length();
      StringBuilder sb = new StringBuilder();
      pos++; // opening quote
      while (true) {
        if (pos >= n) {
          throw error(fieldLine, fieldColumn, "unclosed quote: the quoted field starting here never ends");
        }
        char c = s.charAt(pos);
        if (c == '"') {
          if (pos + 1 < n && s.charAt(pos + 1) == '"') {
            sb.append('"');
            pos += 2;
          } else {
            pos++;
            break;
          }
        } else {
          if (c == '\n') {
            line++;
            lineStart = pos + 1;
          }
          sb.append(c);
          pos++;
        }
        if (sb.length() > maxFieldLength) {
          throw tooLong(fieldLine, fieldColumn);
        }
      }
      if (pos < n) {
        char c = s.charAt(pos);
        if (c != ',' && c != '\n' && c != '\r') {
          throw error(line, pos - lineStart + 1,
              "unexpected text after a closing quote; a quote inside a quoted field must be doubled (\"\")");
        }
      }
      return sb.toString();
    }

    private String unquoted(int fieldLine, int fieldColumn) {
      int n = s.length();
      int start = pos;
      while (pos < n) {
        char c = s.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          throw error(line, pos - lineStart + 1,
              "quote in the middle of an unquoted field; quote the whole field and double the quote (\"\")");
        }
        pos++;
        if (pos - start > maxFieldLength) {
          throw tooLong(fieldLine, fieldColumn);
        }
      }
      return s.substring(start, pos);
    }

    private InputException tooLong(int fieldLine, int fieldColumn) {
      return error(fieldLine, fieldColumn, "field is longer than " + maxFieldLength + " characters");
    }
  }
}

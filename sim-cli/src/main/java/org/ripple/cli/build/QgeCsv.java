package org.ripple.cli.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;

/**
 * A small, strict RFC 4180 reader for the qge source files, private to the model build (the general CSV reader lives
 * elsewhere). Fields are separated by commas and records by LF or CRLF; a field that starts with a double quote runs
 * to the next lone double quote ({@code ""} inside it is one quote) and may contain commas and line breaks; a quote
 * anywhere else, an unterminated quoted field, text after a closing quote, or a record with a different number of
 * fields than the header is an error naming the file, line and column. Input must be UTF-8 (a leading BOM is
 * skipped).
 */
final class QgeCsv {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private QgeCsv() {}

  /** One data record: its fields and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }

    String get(int column) {
      return fields.get(column);
    }
  }

  /** A parsed file: the header and the data records. */
  record Table(Path file, List<String> header, List<Row> rows) {
    Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    /** Position of a required column; an error listing the columns when it is absent. */
    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw error(1, 0, null, "missing column '" + name + "' (columns are " + String.join(", ", header) + ")");
      }
      return i;
    }

    /** A finite decimal number in a cell; anything else (empty, NaN, hex, 1.0d) is an error. */
    double number(Row row, int column) {
      String s = row.get(column);
      if (!DECIMAL.matcher(s).matches()) {
        throw error(row.line(), 0, "column " + header.get(column),
            "expected a decimal number, found '" + s + "'");
      }
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw error(row.line(), 0, "column " + header.get(column), "number out of range: " + s);
      }
      return v;
    }

    /** An integer cell (a year). */
    int integer(Row row, int column) {
      String s = row.get(column);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw error(row.line(), 0, "column " + header.get(column), "expected an integer, found '" + s + "'");
      }
    }

    InputException error(int line, int col, String field, String message) {
      return InputException.at(file, line, col, field, message, ExitCodes.BAD_MODEL);
    }
  }

  static Table read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw InputException.at(file, 0, 0, null, "not valid UTF-8 text", ExitCodes.BAD_MODEL);
    }
    return parse(file, text);
  }

  static Table parse(Path file, String text) {
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    int len = text.length();
    int line = 1;
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    while (pos < len) {
      int recordLine = line;
      int lineStart = pos;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        field.setLength(0);
        if (pos < len && text.charAt(pos) == '"') {
          int openLine = line;
          int openCol = pos - lineStart + 1;
          pos++;
          while (true) {
            if (pos >= len) {
              throw InputException.at(file, openLine, openCol, null, "quoted field is never closed",
                  ExitCodes.BAD_MODEL);
            }
            char ch = text.charAt(pos);
            if (ch == '"') {
              if (pos + 1 < len && text.charAt(pos + 1) == '"') {
                field.append('"');
                pos += 2;
              } else {
                pos++;
                break;
              }
            } else {
              if (ch == '\n') {
                line++;
                lineStart = pos + 1;
              }
              field.append(ch);
              pos++;
            }
          }
          if (pos < len && !isSeparatorOrEnd(text, pos)) {
            throw InputException.at(file, line, pos - lineStart + 1, null,
                "unexpected '" + text.charAt(pos) + "' after a closing quote (write \"\" for a quote inside a field)",
                ExitCodes.BAD_MODEL);
          }
        } else {
          while (pos < len && !isSeparatorOrEnd(text, pos)) {
            char ch = text.charAt(pos);
            if (ch == '"') {
              throw InputException.at(file, line, pos - lineStart + 1, null,
                  "quote inside an unquoted field (quote the whole field)", ExitCodes.BAD_MODEL);
            }
            if (ch == '\r') {
              throw InputException.at(file, line, pos - lineStart + 1, null, "carriage return not followed by a "
                  + "line feed", ExitCodes.BAD_MODEL);
            }
            field.append(ch);
            pos++;
          }
        }
        fields.add(field.toString());
        if (pos >= len) {
          endOfRecord = true;
        } else if (text.charAt(pos) == ',') {
          pos++;
        } else {
          pos += text.charAt(pos) == '\r' ? 2 : 1;
          line++;
          endOfRecord = true;
        }
      }
      records.add(fields);
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw InputException.at(file, 1, 0, null, "file is empty, expected a header line", ExitCodes.BAD_MODEL);
    }
    List<String> header = records.get(0);
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      if (fields.size() != header.size()) {
        throw InputException.at(file, lines.get(r), 0, null, "expected " + header.size() + " fields as in the "
            + "header, found " + fields.size(), ExitCodes.BAD_MODEL);
      }
      rows.add(new Row(lines.get(r), fields));
    }
    return new Table(file, header, rows);
  }

  /** A comma, a LF, or a CRLF at {@code pos}. */
  private static boolean isSeparatorOrEnd(String text, int pos) {
    char ch = text.charAt(pos);
    return ch == ',' || ch == '\n' || (ch == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n');
  }
}

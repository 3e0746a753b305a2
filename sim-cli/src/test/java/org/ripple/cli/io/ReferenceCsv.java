package org.ripple.cli.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strict CSV parser as it was before {@link CsvParser} (a whole String, every record parsed before any check),
 * kept verbatim as the reference of {@link CsvParserTest}. {@link #records} holds the records parsed before an error.
 */
final class ReferenceCsv {
  /** One record: its line, fields, the column where each starts, and whether its single field was quoted. */
  record Rec(int line, List<String> fields, List<Integer> columns, boolean quoted) {
    boolean isEmptyLine() {
      return fields.size() == 1 && fields.get(0).isEmpty() && !quoted;
    }
  }

  private final String file;
  private final String s;
  private final int exitCode;
  private final int maxColumns;
  private final int maxFieldLength;
  private int pos;
  private int line = 1;
  private int lineStart;
  final List<Rec> records = new ArrayList<>();

  ReferenceCsv(String file, String text, int exitCode, int maxColumns, int maxFieldLength) {
    this.file = file;
    this.s = text;
    this.exitCode = exitCode;
    this.maxColumns = maxColumns;
    this.maxFieldLength = maxFieldLength;
  }

  /** The header and rows of StrictCsv.parse as it was, or its exception. */
  List<Rec> parse() {
    records();
    List<Rec> recs = new ArrayList<>(records);
    int last = recs.size();
    while (last > 0 && recs.get(last - 1).isEmptyLine()) {
      last--;
    }
    recs = recs.subList(0, last);
    if (recs.isEmpty()) {
      throw new InputException(file, 0, 0, null, "file is empty; expected a header line", exitCode);
    }
    Rec header = recs.get(0);
    checkHeader(file, header, exitCode);
    for (Rec row : recs.subList(1, recs.size())) {
      checkRow(file, header, row, exitCode);
    }
    return recs;
  }

  static void checkHeader(String file, Rec header, int exitCode) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i);
      Integer previous = seen.putIfAbsent(name, i);
      if (previous != null && !name.isEmpty()) {
        throw new InputException(file, header.line(), header.columns().get(i), null,
            "duplicate column '" + name + "' (also column " + (previous + 1) + ")", exitCode);
      }
    }
  }

  static void checkRow(String file, Rec header, Rec row, int exitCode) {
    int width = header.fields().size();
    if (row.fields().size() != width) {
      String message = row.isEmptyLine() ? "empty line; every row needs " + width + " fields"
          : "row has " + row.fields().size() + " fields, the header has " + width;
      int column = row.fields().size() > width ? width : row.fields().size() - 1;
      throw new InputException(file, row.line(), row.columns().get(column), null, message, exitCode);
    }
  }

  private InputException error(int atLine, int atColumn, String message) {
    return new InputException(file, atLine, atColumn, null, message, exitCode);
  }

  void records() {
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
      records.add(new Rec(recordLine, List.copyOf(fields), List.copyOf(columns), firstQuoted && fields.size() == 1));
    }
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

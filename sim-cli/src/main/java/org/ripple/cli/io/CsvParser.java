package org.ripple.cli.io;

import java.util.Arrays;

/**
 * The strict RFC 4180 record parser behind {@link StrictCsv} and {@link CsvStream}: one record at a time from a
 * {@link Source} of characters, through a buffer that holds the current record only (so a file of any length streams
 * in bounded memory). The rules and messages are {@link StrictCsv}'s: an unclosed quote, a quote in the middle of an
 * unquoted field, text after a closing quote, a lone CR, too many columns and a too long field are errors at their
 * {@code file:line:col}; columns count UTF-16 units from 1, lines count LF from 1.
 *
 * <p>A source that stops at bad input (a byte that is not UTF-8, a NUL) hands over every character before it; the
 * parser reports the problem at that character's line and column when it gets there. A record longer than
 * {@link #MAX_RECORD_CHARS} characters (longer than any whole CSV file Ripple reads) is an error rather than a
 * buffer that grows without bound.
 *
 * <p>Fields of the current record stay valid until the next call of {@link #next}; unquoted fields can be read in
 * place ({@link #chars}, {@link #start}, {@link #end}) without making a String.
 */
final class CsvParser {
  /** The longest record, in characters: as many as the largest whole CSV file has bytes. */
  static final int MAX_RECORD_CHARS = (int) StrictCsv.DEFAULT_MAX_BYTES;

  /** Characters from a file or a string. */
  interface Source {
    /**
     * Reads up to {@code len >= 2} characters into {@code b} at {@code off}: at least one, or -1 at the end of the
     * input or where the source stopped at bad input ({@link #problem}).
     */
    int read(char[] b, int off, int len);

    /** Why the source stopped before the end of its input (a message), or null. */
    String problem();
  }

  /** A source over text already in memory. */
  static Source of(String text) {
    return new Source() {
      private int next;

      @Override
      public int read(char[] b, int off, int len) {
        if (next >= text.length()) {
          return -1;
        }
        int k = Math.min(len, text.length() - next);
        text.getChars(next, next + k, b, off);
        next += k;
        return k;
      }

      @Override
      public String problem() {
        return null;
      }
    };
  }

  private final String file;
  private final Source source;
  private final int exitCode;
  private final int maxColumns;
  private final int maxFieldLength;

  private char[] buf;
  /** Buffer index of the next character, end of the characters read, start of the current line and record. */
  private int pos;
  private int limit;
  private int lineStart;
  private int recordStart;
  /** Buffer index where the unquoted field being scanned starts. */
  private int fieldStart;
  private int line = 1;
  private boolean ended;

  private int recordLine;
  private int count;
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int[] columns = new int[8];
  /** The value of a quoted field (quotes removed, doubled quotes undone); null for an unquoted one. */
  private String[] quoted = new String[8];
  private boolean firstQuoted;
  private final StringBuilder sb = new StringBuilder();

  CsvParser(String file, Source source, int exitCode, int maxColumns, int maxFieldLength, int bufferChars) {
    this.file = file;
    this.source = source;
    this.exitCode = exitCode;
    this.maxColumns = maxColumns;
    this.maxFieldLength = maxFieldLength;
    this.buf = new char[Math.max(4, bufferChars)];
  }

  private InputException error(int atLine, int atColumn, String message) {
    return new InputException(file, atLine, atColumn, null, message, exitCode);
  }

  /** Whether the character {@code ahead} places after {@code pos} exists; reads on when needed. */
  private boolean has(int ahead) {
    while (pos + ahead >= limit) {
      if (!fill()) {
        String problem = source.problem();
        if (problem != null) {
          throw error(line, pos + ahead - lineStart + 1, problem);
        }
        return false;
      }
    }
    return true;
  }

  /** Moves the current record to the front of the buffer (or grows it) and reads more; false at the end. */
  private boolean fill() {
    if (ended) {
      return false;
    }
    if (recordStart > 0) {
      int shift = recordStart;
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      limit -= shift;
      pos -= shift;
      lineStart -= shift;
      fieldStart -= shift;
      recordStart = 0;
      for (int k = 0; k < count; k++) {
        starts[k] -= shift;
        ends[k] -= shift;
      }
    }
    if (buf.length - limit < 2) {
      if (buf.length >= MAX_RECORD_CHARS) {
        throw error(recordLine, 1, "row is longer than " + MAX_RECORD_CHARS + " characters");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(MAX_RECORD_CHARS, 2L * buf.length));
    }
    int n = source.read(buf, limit, buf.length - limit);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Parses the next record; false at the end of the input. */
  boolean next() {
    if (!has(0)) {
      return false;
    }
    recordStart = pos;
    recordLine = line;
    count = 0;
    firstQuoted = false;
    while (true) {
      int fieldLine = line;
      int fieldColumn = pos - lineStart + 1;
      if (count == maxColumns) {
        throw error(fieldLine, fieldColumn, "row has more than " + maxColumns
            + " columns; put large matrices in long format (from,to,value)");
      }
      if (has(0) && buf[pos] == '"') {
        if (count == 0) {
          firstQuoted = true;
        }
        quoted(fieldLine, fieldColumn);
      } else {
        unquoted(fieldLine, fieldColumn);
      }
      if (!has(0)) {
        break;
      }
      char c = buf[pos];
      if (c == ',') {
        pos++;
        continue;
      }
      if (c == '\r') {
        if (has(1) && buf[pos + 1] == '\n') {
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
    return true;
  }

  private void add(int start, int end, String value, int column) {
    if (count == starts.length) {
      int n = Math.min(maxColumns, 2 * count);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      columns = Arrays.copyOf(columns, n);
      quoted = Arrays.copyOf(quoted, n);
    }
    starts[count] = start;
    ends[count] = end;
    columns[count] = column;
    quoted[count] = value;
    count++;
  }

  private void quoted(int fieldLine, int fieldColumn) {
    sb.setLength(0);
    pos++; // opening quote
    while (true) {
      if (!has(0)) {
        throw error(fieldLine, fieldColumn, "unclosed quote: the quoted field starting here never ends");
      }
      char c = buf[pos];
      if (c == '"') {
        if (has(1) && buf[pos + 1] == '"') {
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
    if (has(0)) {
      char c = buf[pos];
      if (c != ',' && c != '\n' && c != '\r') {
        throw error(line, pos - lineStart + 1,
            "unexpected text after a closing quote; a quote inside a quoted field must be doubled (\"\")");
      }
    }
    add(0, 0, sb.toString(), fieldColumn);
  }

  private void unquoted(int fieldLine, int fieldColumn) {
    fieldStart = pos;
    while (has(0)) {
      char c = buf[pos];
      if (c == ',' || c == '\n' || c == '\r') {
        break;
      }
      if (c == '"') {
        throw error(line, pos - lineStart + 1,
            "quote in the middle of an unquoted field; quote the whole field and double the quote (\"\")");
      }
      pos++;
      if (pos - fieldStart > maxFieldLength) {
        throw tooLong(fieldLine, fieldColumn);
      }
    }
    add(fieldStart, pos, null, fieldColumn);
  }

  private InputException tooLong(int fieldLine, int fieldColumn) {
    return error(fieldLine, fieldColumn, "field is longer than " + maxFieldLength + " characters");
  }

  /** The line the current record starts on. */
  int line() {
    return recordLine;
  }

  int size() {
    return count;
  }

  String field(int i) {
    return quoted[i] != null ? quoted[i] : new String(buf, starts[i], ends[i] - starts[i]);
  }

  /** The 1-based character column where field {@code i} starts. */
  int column(int i) {
    return columns[i];
  }

  /** Whether field {@code i} was quoted; an unquoted field is {@code chars()[start(i) .. end(i))}. */
  boolean isQuoted(int i) {
    return quoted[i] != null;
  }

  char[] chars() {
    return buf;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** A line with nothing on it: one unquoted empty field ({@code ""} is an empty value, not an empty line). */
  boolean isEmptyLine() {
    return count == 1 && quoted[0] == null && starts[0] == ends[0];
  }

  /** The current record as a {@link CsvTable.Row}. */
  CsvTable.Row row() {
    String[] fields = new String[count];
    for (int i = 0; i < count; i++) {
      fields[i] = field(i);
    }
    return CsvTable.Row.of(recordLine, fields, Arrays.copyOf(columns, count), firstQuoted && count == 1);
  }
}

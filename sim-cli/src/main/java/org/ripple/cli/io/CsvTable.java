package org.ripple.cli.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Suggestions;

/**
 * A CSV file read by {@link StrictCsv}: a header and rows of the same width, each row knowing the line it starts on and
 * the column of each field, so that every later complaint can name {@code file:line:col} and the column header.
 */
public final class CsvTable {
  private final String file;
  private final int exitCode;
  private final Row header;
  private final List<Row> rows;

  CsvTable(String file, int exitCode, Row header, List<Row> rows) {
    this.file = file;
    this.exitCode = exitCode;
    this.header = header;
    this.rows = List.copyOf(rows);
  }

  /** The file name as the user gave it. */
  public String file() {
    return file;
  }

  /** The header row (line 1 of the file). */
  public Row headerRow() {
    return header;
  }

  public List<String> header() {
    return header.fields();
  }

  /** The data rows, without the header. */
  public List<Row> rows() {
    return rows;
  }

  /** Position of a header name (exact match), or -1. */
  public int columnIndex(String name) {
    return header.fields().indexOf(name);
  }

  /** Position of a required header name, or an error at the header with the nearest name suggested. */
  public int requireColumn(String name) {
    int i = columnIndex(name);
    if (i < 0) {
      throw error(header, 0, null, "missing column '" + name + "'" + didYouMean(name, header.fields()));
    }
    return i;
  }

  /** An error about one cell: {@code file:line:col: column "header": message}. */
  public InputException error(Row row, int column, String message) {
    return error(row, column, "column \"" + header.get(Math.min(column, header.size() - 1)) + "\"", message);
  }

  /** An error about one cell with an explicit field description (null for none). */
  public InputException error(Row row, int column, String field, String message) {
    return new InputException(file, row.line(), row.column(column), field, message, exitCode);
  }

  /** "; did you mean 'x'?" when a candidate is near, else "". */
  public static String didYouMean(String word, List<String> candidates) {
    return Suggestions.nearest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /**
   * The number in a cell in {@link DecimalText}'s syntax (plain decimal or scientific notation), surrounding spaces
   * ignored, finite. NaN, infinities and overflow ({@code 1e400}) are "not a finite number"; anything else
   * non-numeric is named as text.
   */
  public double number(Row row, int column) {
    double v = numberOrNaN(row.get(column));
    if (Double.isNaN(v)) {
      throw numberError(row, column);
    }
    return v;
  }

  /** The number in a cell as {@link #number} reads it, or NaN when it is not one ({@link #numberError} says why). */
  public static double numberOrNaN(String cell) {
    return DecimalText.parse(cell);
  }

  /** Why a cell is not a finite number: NaN, infinities and overflow, an empty cell, or text. */
  public InputException numberError(Row row, int column) {
    String raw = row.get(column).strip();
    if (DecimalText.isNumber(raw)) {
      return error(row, column, "not a finite number: " + raw + " is out of range");
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.matches("[+-]?(nan|inf|infinity|\\.nan|\\.inf)")) {
      return error(row, column, "not a finite number: " + raw);
    }
    return error(row, column, raw.isEmpty() ? "expected a number, found an empty cell"
        : "expected a number, found text \"" + raw + "\"");
  }

  /** One record: its fields, the line it starts on and the 1-based column where each field starts. */
  public static final class Row {
    private final int line;
    private final List<String> fields;
    private final int[] columns;
    private final boolean quoted;

    private Row(int line, List<String> fields, int[] columns, boolean quoted) {
      this.line = line;
      this.fields = fields;
      this.columns = columns;
      this.quoted = quoted;
    }

    /** True when the first field was quoted: {@code ""} is an empty value, not an empty line. */
    boolean quoted() {
      return quoted;
    }

    public int line() {
      return line;
    }

    public int size() {
      return fields.size();
    }

    public String get(int i) {
      return fields.get(i);
    }

    public List<String> fields() {
      return fields;
    }

    /** The 1-based character column where field {@code i} starts (the last field's for an index past the end). */
    public int column(int i) {
      return columns.length == 0 ? 1 : columns[Math.max(0, Math.min(i, columns.length - 1))];
    }

    @Override
    public String toString() {
      return line + ": " + fields;
    }

    /** A row of these fields (copied) starting at these columns (kept: the caller hands them over). */
    static Row of(int line, String[] fields, int[] columns, boolean quoted) {
      return new Row(line, List.of(fields), columns, quoted);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && r.line == line && r.fields.equals(fields) && Arrays.equals(r.columns, columns);
    }

    @Override
    public int hashCode() {
      return fields.hashCode() * 31 + line;
    }
  }
}

package org.ripple.cli.statcan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;

/**
 * The qge source files as the model build needs them: parsed by the strict CSV reader ({@link StrictCsv}: UTF-8,
 * RFC 4180, errors naming file, line and column), with typed access to columns, strict decimal numbers and years,
 * and errors with exit code 4.
 */
public final class QgeCsv {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private QgeCsv() {}

  /** One data record: its fields and the 1-based line it starts on. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String get(int column) {
      return fields.get(column);
    }
  }

  /** A parsed file: the header and the data records. */
  public record Table(Path file, List<String> header, List<Row> rows) {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    /** Position of a required column; an error listing the columns when it is absent. */
    public int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw error(1, 0, null, "missing column '" + name + "' (columns are " + String.join(", ", header) + ")");
      }
      return i;
    }

    /** A finite decimal number in a cell; anything else (empty, NaN, hex, 1.0d) is an error. */
    public double number(Row row, int column) {
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
    public int integer(Row row, int column) {
      String s = row.get(column);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw error(row.line(), 0, "column " + header.get(column), "expected an integer, found '" + s + "'");
      }
    }

    public InputException error(int line, int col, String field, String message) {
      return InputException.at(file, line, col, field, message, ExitCodes.BAD_MODEL);
    }
  }

  /** Reads a file with the strict CSV reader (UTF-8, RFC 4180, no unclosed quotes, no ragged rows). */
  public static Table read(Path file) throws IOException {
    return of(file, StrictCsv.read(file, ExitCodes.BAD_MODEL));
  }

  /** Parses text already read, with the same rules; {@code file} names it in messages. */
  public static Table parse(Path file, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return of(file, StrictCsv.defaults().parse(file.toString(), body, ExitCodes.BAD_MODEL));
  }

  private static Table of(Path file, CsvTable csv) {
    List<Row> rows = new ArrayList<>(csv.rows().size());
    for (CsvTable.Row r : csv.rows()) {
      rows.add(new Row(r.line(), r.fields()));
    }
    return new Table(file, csv.header(), rows);
  }
}

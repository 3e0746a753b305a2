package org.ripple.cli.output;

import java.io.IOException;
import org.ripple.cli.io.Csv;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * Writes a format-neutral {@link Table} as CSV, so that the CSV and the workbook sheet of a report come from one
 * table: a header of the columns' machine keys, then one line per row; text as CSV text (quoted when needed, never
 * a formula), numbers exact (shortest round-trip text), a figure not available an empty cell. Every column must have
 * a key.
 */
final class TableCsv {
  private TableCsv() {}

  /** Writes the table to {@code out} one cell at a time, so that a large table is never one string. */
  static void write(Table t, Appendable out) throws IOException {
    for (int c = 0; c < t.columns().size(); c++) {
      Column col = t.columns().get(c);
      if (col.key().isEmpty()) {
        throw new IllegalStateException("column '" + col.header() + "' of table " + t.name() + " has no key");
      }
      out.append(c == 0 ? "" : ",").append(col.key());
    }
    out.append('\n');
    for (int r = 0; r < t.rowCount(); r++) {
      for (int c = 0; c < t.columns().size(); c++) {
        Object v = t.cell(r, c);
        if (c > 0) {
          out.append(',');
        }
        if (v instanceof String || v instanceof java.util.List<?>) {
          out.append(Csv.text(Table.text(v)));
        } else if (v instanceof Double d) {
          out.append(Fmt.plain(d));
        }
      }
      out.append('\n');
    }
  }
}

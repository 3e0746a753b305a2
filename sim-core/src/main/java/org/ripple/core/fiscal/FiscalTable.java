package org.ripple.core.fiscal;

import java.util.List;
import java.util.Objects;

/**
 * A fiscal table as plain data, for any report format to render: columns with their machine keys and units, rows
 * with a key, a label and one value per column (NaN: not available), and the notes that go with it.
 *
 * @param key machine name of the table (e.g. {@code fiscal})
 * @param title heading for people (e.g. {@code Fiscal})
 * @param rowHeading what the rows are (e.g. {@code item})
 * @param columns the value columns, in order
 * @param rows the rows, in order
 * @param notes what the figures mean and what is left out
 */
public record FiscalTable(String key, String title, String rowHeading, List<Column> columns, List<Row> rows,
    List<String> notes) {
  /** A value column: machine key, label, unit (e.g. {@code CAD of 2025 per year}). */
  public record Column(String key, String label, String unit) {}

  /**
   * One row.
   *
   * @param key machine key, e.g. {@code federal.ei.employer} or {@code federal.balance}
   * @param label for people
   * @param kind {@code item}, {@code balance} or {@code period}
   * @param values one per column; NaN where not available
   */
  public record Row(String key, String label, String kind, double[] values) {
    public Row {
      Objects.requireNonNull(key, "key");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    public double value(int column) {
      return values[column];
    }
  }

  public FiscalTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (Row r : rows) {
      if (r.values.length != columns.size()) {
        throw new IllegalArgumentException("row " + r.key() + " has " + r.values.length + " values for "
            + columns.size() + " columns");
      }
    }
  }
}

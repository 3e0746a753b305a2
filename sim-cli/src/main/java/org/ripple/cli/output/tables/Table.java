package org.ripple.cli.output.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A format-neutral table of a report: a sheet of the xlsx workbook, a table of the HTML report and, when its columns
 * have machine keys, the CSV of the report. Cells are {@link String} (text), {@link Double} (a finite number), a
 * {@link List} of strings (a list of texts: an array in JSON, the texts joined by {@code "; "} elsewhere, see
 * {@link #text}) or null (not available: an empty cell, "n/a"); never a formula. Immutable once built.
 */
public final class Table {
  /** Excel limits sheet names to 31 characters and forbids some characters. */
  public static final int MAX_NAME = 31;

  private final String name;
  private final String title;
  private final List<Column> columns;
  private final List<Object[]> rows;

  private Table(String name, String title, List<Column> columns, List<Object[]> rows) {
    this.name = name;
    this.title = title;
    this.columns = columns;
    this.rows = rows;
  }

  public static Builder builder(String name, String title, Column... columns) {
    return new Builder(name, title, List.of(columns));
  }

  /** The sheet name (at most 31 characters, no {@code []:*?/\}). */
  public String name() {
    return name;
  }

  /** A one-line description of what the table shows, with its units. */
  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  public int rowCount() {
    return rows.size();
  }

  /** A copy of one row. */
  public Object[] row(int r) {
    return rows.get(r).clone();
  }

  public Object cell(int r, int c) {
    return rows.get(r)[c];
  }

  /**
   * A narrower table of the same rows: the first column (the rows' label), then the columns keyed {@code keys}, in
   * that order, headed {@code headers}; with {@code millions}, money columns in millions of the currency (a page's
   * unit). For a page that shows a few of a sheet's many columns.
   */
  public Table select(String name, String title, List<String> keys, List<String> headers, boolean millions) {
    if (keys.size() != headers.size()) {
      throw new IllegalArgumentException(keys.size() + " keys for " + headers.size() + " headers");
    }
    int[] picked = new int[keys.size() + 1];
    List<Column> cols = new ArrayList<>(List.of(columns.get(0)));
    for (int k = 0; k < keys.size(); k++) {
      int c = -1;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).key().equals(keys.get(k))) {
          c = i;
        }
      }
      if (c < 0) {
        throw new IllegalArgumentException("table " + this.name + " has no column " + keys.get(k));
      }
      picked[k + 1] = c;
      Column.Kind kind = millions && columns.get(c).kind() == Column.Kind.MONEY ? Column.Kind.MILLIONS
          : columns.get(c).kind();
      cols.add(new Column(headers.get(k), kind, columns.get(c).key()));
    }
    Builder b = new Builder(name, title, cols);
    for (Object[] row : rows) {
      Object[] cells = new Object[picked.length];
      for (int k = 0; k < picked.length; k++) {
        Object v = row[picked[k]];
        cells[k] = k > 0 && v instanceof Double d && cols.get(k).kind() == Column.Kind.MILLIONS
            && columns.get(picked[k]).kind() == Column.Kind.MONEY ? d / 1e6 : v;
      }
      b.row(cells);
    }
    return b.build();
  }

  /** The text of a text cell as people read it: the text, a list's texts joined by {@code "; "}, or empty. */
  public static String text(Object cell) {
    if (cell instanceof List<?> l) {
      StringBuilder sb = new StringBuilder();
      for (Object o : l) {
        sb.append(sb.length() == 0 ? "" : "; ").append(o);
      }
      return sb.toString();
    }
    return cell == null ? "" : cell.toString();
  }

  /** Collects rows, checking each against the columns. */
  public static final class Builder {
    private final String name;
    private final String title;
    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();

    private Builder(String name, String title, List<Column> columns) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || name.length() > MAX_NAME || name.matches(".*[\\[\\]:*?/\\\\].*")) {
        throw new IllegalArgumentException("sheet name must be 1 to 31 characters without []:*?/\\, was '" + name
            + "'");
      }
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      this.name = name;
      this.title = title == null ? "" : title;
      this.columns = columns;
    }

    /** Adds a row; a NaN number becomes null (not available); an infinite number is a bug. */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row has " + cells.length + " cells, table " + name + " has "
            + columns.size() + " columns");
      }
      Object[] copy = Arrays.copyOf(cells, cells.length);
      for (int c = 0; c < copy.length; c++) {
        Object v = copy[c];
        if (v instanceof Double d) {
          if (Double.isNaN(d)) {
            copy[c] = null;
          } else if (Double.isInfinite(d)) {
            throw new IllegalStateException("non-finite number reached output: " + d);
          }
        } else if (v instanceof Number n) {
          copy[c] = n.doubleValue();
        } else if (v instanceof List<?> l) {
          for (Object o : l) {
            if (!(o instanceof String)) {
              throw new IllegalArgumentException("a list cell holds texts, not " + o);
            }
          }
          copy[c] = List.copyOf(l);
        } else if (v != null && !(v instanceof String)) {
          throw new IllegalArgumentException("cells are text, numbers or null, not " + v.getClass().getSimpleName());
        }
      }
      rows.add(copy);
      return this;
    }

    public Table build() {
      return new Table(name, title, columns, List.copyOf(rows));
    }
  }
}

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
 *
 * <p>A run of rows can be a {@link RowSource}: rows made when they are read, from the figures' own arrays, so that a
 * table of 200,000 sectors is neither boxed numbers nor row arrays in memory. The writers walk every row through
 * {@link #cells}, which hands numbers over as {@code double}s; {@link #cell} and {@link #row} box them, as the rows of
 * the builder hold them.
 */
public final class Table {
  /** Excel limits sheet names to 31 characters and forbids some characters. */
  public static final int MAX_NAME = 31;

  private final String name;
  private final String title;
  private final List<Column> columns;
  /** The first row of each part, ascending; a part is a list of built rows or a {@link Source}. */
  private final int[] starts;
  private final Object[] parts;
  private final int rowCount;
  private final boolean[] numeric;

  /**
   * Rows made when they are read: the text of a text column's cell, the number of any other column's. A source
   * reads figures that are already computed and does no work of its own beyond picking them.
   */
  public interface RowSource {
    /** The cell of text column {@code c} in row {@code r}: a String, a list of Strings, or null (not available). */
    Object text(int r, int c);

    /** The figure of number column {@code c} in row {@code r}; NaN when not available, never infinite. */
    double number(int r, int c);
  }

  /** Receives the cells of a row in column order: a text cell (String, list of Strings or null), or a number. */
  public interface Cells {
    void text(int c, Object cell) throws java.io.IOException;

    /** A number cell; NaN when not available. */
    void number(int c, double v) throws java.io.IOException;
  }

  private record Source(int count, RowSource source) {}

  private Table(String name, String title, List<Column> columns, int[] starts, Object[] parts, int rowCount) {
    this.name = name;
    this.title = title;
    this.columns = columns;
    this.starts = starts;
    this.parts = parts;
    this.rowCount = rowCount;
    this.numeric = new boolean[columns.size()];
    for (int c = 0; c < numeric.length; c++) {
      numeric[c] = columns.get(c).kind() != Column.Kind.TEXT;
    }
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
    return rowCount;
  }

  /** A copy of one row. */
  public Object[] row(int r) {
    Object[] row = new Object[columns.size()];
    for (int c = 0; c < row.length; c++) {
      row[c] = cell(r, c);
    }
    return row;
  }

  public Object cell(int r, int c) {
    int p = part(r);
    if (parts[p] instanceof Source s) {
      if (!numeric[c]) {
        return s.source().text(r - starts[p], c);
      }
      double v = finite(s.source().number(r - starts[p], c));
      return Double.isNaN(v) ? null : (Object) v;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = (List<Object[]>) parts[p];
    return rows.get(r - starts[p])[c];
  }

  /**
   * Hands the cells {@code from} (inclusive) to {@code to} (exclusive) of row {@code r} to {@code out}, in order: a
   * number cell as a {@code double} (NaN when not available), any other cell as it is.
   */
  public void cells(int r, int from, int to, Cells out) throws java.io.IOException {
    int p = part(r);
    if (parts[p] instanceof Source s) {
      int q = r - starts[p];
      for (int c = from; c < to; c++) {
        if (numeric[c]) {
          out.number(c, finite(s.source().number(q, c)));
        } else {
          out.text(c, s.source().text(q, c));
        }
      }
      return;
    }
    @SuppressWarnings("unchecked")
    Object[] row = ((List<Object[]>) parts[p]).get(r - starts[p]);
    for (int c = from; c < to; c++) {
      if (row[c] instanceof Double d) {
        out.number(c, d);
      } else {
        out.text(c, row[c]);
      }
    }
  }

  private int part(int r) {
    if (r < 0 || r >= rowCount) {
      throw new IndexOutOfBoundsException("row " + r + " of " + rowCount + " in table " + name);
    }
    int p = parts.length - 1;
    while (starts[p] > r) {
      p--;
    }
    return p;
  }

  private static double finite(double v) {
    if (Double.isInfinite(v)) {
      throw new IllegalStateException("non-finite number reached output: " + v);
    }
    return v;
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
    for (int r = 0; r < rowCount; r++) {
      Object[] row = row(r);
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
    private final List<Integer> starts = new ArrayList<>();
    private final List<Object> parts = new ArrayList<>();
    private int count;

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
      count++;
      return this;
    }

    /**
     * Adds {@code count} rows that {@code source} makes when they are read (row 0 of the source is the next row of
     * the table); its text cells follow the rules of {@link #row}, its numbers are never infinite.
     */
    public Builder rows(int count, RowSource source) {
      if (count < 0) {
        throw new IllegalArgumentException("a row source has at least no rows, not " + count);
      }
      endBuiltRows();
      if (count > 0) {
        starts.add(this.count);
        parts.add(new Source(count, Objects.requireNonNull(source, "source")));
        this.count += count;
      }
      return this;
    }

    private void endBuiltRows() {
      if (!rows.isEmpty()) {
        starts.add(count - rows.size());
        parts.add(List.copyOf(rows));
        rows.clear();
      }
    }

    public Table build() {
      endBuiltRows();
      List<Object> all = new ArrayList<>(parts);
      int[] at = starts.stream().mapToInt(Integer::intValue).toArray();
      if (all.isEmpty()) {
        all.add(List.of());
        at = new int[] {0};
      }
      return new Table(name, title, columns, at, all.toArray(), count);
    }
  }
}

package org.ripple.cli.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;

/**
 * A table of numbers with row and column codes, read from a wide CSV (header of column codes, first column of row
 * codes) or a long CSV (row code, column code, value). Cells not given are 0 (a make or use table lists only non-zero
 * cells); a code given twice, a non-number or an empty code is an error naming the file, line and column.
 */
final class LabelledMatrix {
  private final String file;
  private final List<String> rows;
  private final List<String> columns;
  private final Map<String, Integer> rowIndex;
  private final Map<String, Integer> columnIndex;
  private final Map<String, Integer> rowLine;
  private final double[] values;

  private LabelledMatrix(String file, List<String> rows, List<String> columns, Map<String, Integer> rowLine,
      double[] values) {
    this.file = file;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowIndex = index(rows);
    this.columnIndex = index(columns);
    this.rowLine = rowLine;
    this.values = values;
  }

  private static Map<String, Integer> index(List<String> codes) {
    Map<String, Integer> m = new HashMap<>();
    for (String c : codes) {
      m.put(c, m.size());
    }
    return m;
  }

  static LabelledMatrix wide(Path path) {
    CsvTable t = StrictCsv.read(path, ExitCodes.BAD_MODEL);
    List<String> header = t.header();
    List<String> cols = new ArrayList<>(header.subList(1, header.size()));
    for (int c = 0; c < cols.size(); c++) {
      if (cols.get(c).isBlank()) {
        throw t.error(t.headerRow(), c + 1, null, "empty column code in the header");
      }
    }
    List<String> rows = new ArrayList<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    double[] v = new double[t.rows().size() * cols.size()];
    int r = 0;
    for (CsvTable.Row row : t.rows()) {
      String code = row.get(0).strip();
      if (code.isEmpty()) {
        throw t.error(row, 0, null, "empty row code");
      }
      if (lines.putIfAbsent(code, row.line()) != null) {
        throw t.error(row, 0, null, "row code '" + code + "' appears twice (first on line " + lines.get(code) + ")");
      }
      rows.add(code);
      for (int c = 0; c < cols.size(); c++) {
        String raw = row.get(c + 1).strip();
        v[r * cols.size() + c] = raw.isEmpty() ? 0 : t.number(row, c + 1);
      }
      r++;
    }
    return new LabelledMatrix(t.file(), rows, cols, lines, v);
  }

  static LabelledMatrix longFormat(Path path, String valueColumn) {
    CsvTable t = StrictCsv.read(path, ExitCodes.BAD_MODEL);
    if (t.header().size() < 3) {
      throw t.error(t.headerRow(), 0, null, "a long table needs three columns: row code, column code, value");
    }
    int vc = valueColumn == null ? 2 : t.requireColumn(valueColumn);
    Map<String, Integer> rowsSeen = new LinkedHashMap<>();
    Map<String, Integer> colsSeen = new LinkedHashMap<>();
    for (CsvTable.Row row : t.rows()) {
      rowsSeen.putIfAbsent(row.get(0).strip(), row.line());
      colsSeen.putIfAbsent(row.get(1).strip(), colsSeen.size());
    }
    List<String> rows = new ArrayList<>(rowsSeen.keySet());
    List<String> cols = new ArrayList<>(colsSeen.keySet());
    Map<String, Integer> ri = index(rows);
    Map<String, Integer> cj = index(cols);
    double[] v = new double[rows.size() * cols.size()];
    boolean[] seen = new boolean[v.length];
    for (CsvTable.Row row : t.rows()) {
      String rc = row.get(0).strip();
      String cc = row.get(1).strip();
      if (rc.isEmpty() || cc.isEmpty()) {
        throw t.error(row, rc.isEmpty() ? 0 : 1, null, "empty code");
      }
      int k = ri.get(rc) * cols.size() + cj.get(cc);
      if (seen[k]) {
        throw t.error(row, 0, null, "cell (" + rc + ", " + cc + ") appears twice");
      }
      seen[k] = true;
      v[k] = t.number(row, vc);
    }
    return new LabelledMatrix(t.file(), rows, cols, rowsSeen, v);
  }

  String file() {
    return file;
  }

  List<String> rows() {
    return rows;
  }

  List<String> columns() {
    return columns;
  }

  boolean hasRow(String code) {
    return rowIndex.containsKey(code);
  }

  boolean hasColumn(String code) {
    return columnIndex.containsKey(code);
  }

  /** The cell, or 0 when the row or column is absent (a sparse table leaves zero cells out). */
  double get(String row, String column) {
    Integer i = rowIndex.get(row);
    Integer j = columnIndex.get(column);
    return i == null || j == null ? 0 : values[i * columns.size() + j];
  }

  InputException error(String rowCode, String message) {
    Integer line = rowLine.get(rowCode);
    return new InputException(file, line == null ? 0 : line, 0, null, message, ExitCodes.BAD_MODEL);
  }
}

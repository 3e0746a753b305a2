package org.ripple.cli.model;

import java.util.List;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.core.SectorIndex;

/**
 * The checks every CSV file of a model folder shares: an exact header, sector code cells (non-blank, no spaces
 * around them) naming known sectors (the nearest code suggested), and where a cell is, for warnings.
 */
final class ModelCsv {
  private ModelCsv() {}

  /** Checks the header is exactly {@code expected} in this order: a wrong or extra name gets a suggestion. */
  static void requireHeader(CsvTable t, List<String> expected) {
    List<String> header = t.header();
    for (int i = 0; i < Math.max(header.size(), expected.size()); i++) {
      if (i >= header.size()) {
        throw t.error(t.headerRow(), header.size() - 1, null, "missing column '" + expected.get(i)
            + "'; the header must be " + String.join(",", expected));
      }
      if (i >= expected.size() || !header.get(i).equals(expected.get(i))) {
        String hint = CsvTable.didYouMean(header.get(i), expected);
        throw t.error(t.headerRow(), i, null, "unexpected column '" + header.get(i) + "'" + hint
            + "; the header must be " + String.join(",", expected));
      }
    }
  }

  /** A sector code cell: non-blank, no surrounding spaces. */
  static String code(CsvTable t, CsvTable.Row row, int column) {
    String code = row.get(column);
    if (code.isBlank()) {
      throw t.error(row, column, "sector code is empty");
    }
    if (!code.equals(code.strip())) {
      throw t.error(row, column, "sector code '" + code + "' has spaces around it");
    }
    return code;
  }

  /** Position of a code that must be a known sector, or an error with the nearest code suggested. */
  static int known(CsvTable t, CsvTable.Row row, int column, String code, SectorIndex index) {
    int p = index.positionOf(code);
    if (p < 0) {
      throw t.error(row, column, "unknown sector code '" + code + "' (not in " + ModelReader.SECTORS + ")"
          + index.nearest(code).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }
    return p;
  }

  /**
   * Places a row whose first cell is a sector code: its position in {@code index}, recorded in {@code rowOf}; an
   * unknown code (with the nearest suggested) or a second row for one sector is an error.
   */
  static int placeRow(CsvTable t, CsvTable.Row row, SectorIndex index, CsvTable.Row[] rowOf) {
    String code = code(t, row, 0);
    int i = known(t, row, 0, code, index);
    if (rowOf[i] != null) {
      throw t.error(row, 0, "duplicate row for sector '" + code + "' (also on line " + rowOf[i].line() + ")");
    }
    rowOf[i] = row;
    return i;
  }

  /** Every sector has its row ({@link #placeRow}), or the first without one is an error. */
  static void requireEveryRow(CsvTable t, CsvTable.Row[] rowOf, SectorIndex index) {
    for (int i = 0; i < rowOf.length; i++) {
      if (rowOf[i] == null) {
        throw new InputException(t.file(), 0, 0, null, "no row for sector '" + index.at(i).code() + "'",
            org.ripple.cli.ExitCodes.BAD_MODEL);
      }
    }
  }

  /** {@code file:line:column: column "header"}: where a warning about a cell points. */
  static String location(CsvTable t, CsvTable.Row row, int c) {
    return location(t.file(), row.line(), row.column(c), t.header().get(c));
  }

  /** How a cell is named in messages: {@code file:line:column: column "header"}. */
  static String location(String file, int line, int column, String header) {
    return file + ":" + line + ":" + column + ": column \"" + header + "\"";
  }
}

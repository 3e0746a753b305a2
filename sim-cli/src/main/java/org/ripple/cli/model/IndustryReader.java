package org.ripple.cli.model;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.InputException;
import org.ripple.cli.ExitCodes;
import org.ripple.core.Model;
import org.ripple.core.SectorIndex;

/**
 * Reads a model's {@code industry.csv}: {@code code,output} then any of {@link #OPTIONAL}, one row per sector. Output
 * is required and non-negative (zero is a warning: the sector's coefficients are zero); an optional column that is
 * absent or entirely empty is not available (never zero), a partly empty one is an error at its first empty cell.
 */
final class IndustryReader {
  /** The columns {@code industry.csv} may have after {@code code,output}. */
  static final List<String> OPTIONAL = List.of("employment", "labour_income", "value_added", "taxes",
      "imports", "final_demand", "household_consumption");
  private static final int BAD = ExitCodes.BAD_MODEL;

  private IndustryReader() {}

  /** Reads {@code t} into {@code b}; zero-output sectors are added to {@code warnings}. */
  static void read(CsvTable t, SectorIndex index, Model.Builder b, List<String> warnings) {
    List<String> header = t.header();
    if (header.size() < 2 || !header.get(0).equals("code") || !header.get(1).equals("output")) {
      throw t.error(t.headerRow(), header.size() < 2 || header.get(0).equals("code") ? Math.min(1, header.size() - 1)
          : 0, null, "the header must start with code,output");
    }
    List<String> allowed = new ArrayList<>(List.of("code", "output"));
    allowed.addAll(OPTIONAL);
    for (int c = 2; c < header.size(); c++) {
      if (!OPTIONAL.contains(header.get(c))) {
        throw t.error(t.headerRow(), c, null, "unknown column '" + header.get(c) + "'"
            + CsvTable.didYouMean(header.get(c), allowed) + "; known columns: " + String.join(", ", allowed));
      }
    }
    int n = index.size();
    CsvTable.Row[] rowOf = new CsvTable.Row[n];
    for (CsvTable.Row row : t.rows()) {
      ModelCsv.placeRow(t, row, index, rowOf);
    }
    ModelCsv.requireEveryRow(t, rowOf, index);
    Cells cells = new Cells(t, rowOf);
    double[] output = column(t, rowOf, cells, 1, true);
    for (int i = 0; i < n; i++) {
      if (output[i] < 0) {
        throw t.error(rowOf[i], 1, "output of sector " + index.at(i).code() + " must not be negative, was "
            + rowOf[i].get(1).strip());
      }
      if (output[i] == 0) {
        warnings.add(ModelCsv.location(t, rowOf[i], 1) + ": sector " + index.at(i).code()
            + " has zero output; its coefficients are zero");
      }
    }
    b.output(output);
    b.employment(optional(t, rowOf, cells, "employment"));
    b.labourIncome(optional(t, rowOf, cells, "labour_income"));
    b.valueAdded(optional(t, rowOf, cells, "value_added"));
    b.taxes(optional(t, rowOf, cells, "taxes"));
    b.imports(optional(t, rowOf, cells, "imports"));
    b.finalDemand(optional(t, rowOf, cells, "final_demand"));
    b.householdConsumption(optional(t, rowOf, cells, "household_consumption"));
  }

  private static double[] optional(CsvTable t, CsvTable.Row[] rowOf, Cells cells, String name) {
    int c = t.columnIndex(name);
    return c < 0 ? null : column(t, rowOf, cells, c, false);
  }

  /**
   * Every cell of the table after the code, in sector order, read in one pass over the rows (a large table is not
   * walked once per column): whether it is blank, and its number ({@link CsvTable#numberOrNaN}; NaN when it is not
   * one, and {@link CsvTable#number} then gives the error).
   */
  private static final class Cells {
    final int width;
    final boolean[] blank;
    final double[] value;

    Cells(CsvTable t, CsvTable.Row[] rowOf) {
      width = t.header().size();
      blank = new boolean[rowOf.length * width];
      value = new double[rowOf.length * width];
      for (int i = 0; i < rowOf.length; i++) {
        CsvTable.Row row = rowOf[i];
        for (int c = 1; c < width; c++) {
          String cell = row.get(c);
          boolean empty = cell.isBlank();
          blank[i * width + c] = empty;
          value[i * width + c] = empty ? Double.NaN : CsvTable.numberOrNaN(cell);
        }
      }
    }
  }

  /** A column in sector order; an entirely empty optional column is null (not available), a partly empty one fails. */
  private static double[] column(CsvTable t, CsvTable.Row[] rowOf, Cells cells, int c, boolean required) {
    CsvTable.Row firstEmpty = null;
    int filled = 0;
    for (int i = 0; i < rowOf.length; i++) {
      CsvTable.Row row = rowOf[i];
      if (cells.blank[i * cells.width + c]) {
        if (firstEmpty == null || row.line() < firstEmpty.line()) {
          firstEmpty = row;
        }
      } else {
        filled++;
      }
    }
    if (filled == 0 && !required) {
      return null;
    }
    if (firstEmpty != null) {
      throw t.error(firstEmpty, c, required ? "empty cell; every sector needs a value"
          : "empty cell; fill every cell of this column, or leave the whole column empty to mean not available");
    }
    double[] values = new double[rowOf.length];
    for (int i = 0; i < rowOf.length; i++) {
      double v = cells.value[i * cells.width + c];
      values[i] = Double.isNaN(v) ? t.number(rowOf[i], c) : v; // t.number gives the cell's error
    }
    return values;
  }
}

package org.ripple.cli.model;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.io.CsvTable;
import org.ripple.core.Model;
import org.ripple.core.SectorIndex;

/**
 * Reads a model's {@code industry.csv}: {@code code,output} then any of {@link #OPTIONAL}, one row per sector. Output
 * is required and non-negative (zero is a warning: the sector's coefficients are zero); an optional column that is
 * absent or entirely empty is not available (never zero), a partly empty one is an error at its first empty cell.
 * {@link #parse} checks the text; {@link #apply} puts what it made (from the text or a {@link ModelPack}) into the
 * model and gives the zero-output warnings.
 */
final class IndustryReader {
  /** The columns {@code industry.csv} may have after {@code code,output}. */
  static final List<String> OPTIONAL = List.of("employment", "labour_income", "value_added", "taxes",
      "imports", "final_demand", "household_consumption");

  private IndustryReader() {}

  /**
   * What {@code industry.csv} says, as {@link #parse} makes of the text (or a {@link ModelPack} holds): each sector's
   * output with the line and column of its cell (what the zero-output warning names), and each of {@link #OPTIONAL}
   * in that order, null when the column is not available.
   */
  record Columns(double[] output, int[] lines, int[] outputColumns, double[][] optional) {
    Columns {
      int n = output.length;
      if (lines.length != n || outputColumns.length != n || optional.length != OPTIONAL.size()) {
        throw new IllegalArgumentException("industry arrays of different lengths");
      }
      for (double[] column : optional) {
        if (column != null && column.length != n) {
          throw new IllegalArgumentException("industry arrays of different lengths");
        }
      }
    }
  }

  /**
   * Reads {@code t}: the header, one row per sector of {@code index}, every cell a finite number (an optional column
   * may be entirely empty), output non-negative. Errors name the file, line and column.
   */
  static Columns parse(CsvTable t, SectorIndex index) {
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
    int[] lines = new int[n];
    int[] columns = new int[n];
    for (int i = 0; i < n; i++) {
      if (output[i] < 0) {
        throw t.error(rowOf[i], 1, "output of sector " + index.at(i).code() + " must not be negative, was "
            + rowOf[i].get(1).strip());
      }
      lines[i] = rowOf[i].line();
      columns[i] = rowOf[i].column(1);
    }
    double[][] optional = new double[OPTIONAL.size()][];
    for (int k = 0; k < optional.length; k++) {
      optional[k] = optional(t, rowOf, cells, OPTIONAL.get(k));
    }
    return new Columns(output, lines, columns, optional);
  }

  /**
   * Puts {@code columns}, read from {@code file}, into {@code b}; zero-output sectors are added to {@code warnings}
   * ({@code file:line:column: column "output": ...}).
   */
  static void apply(Columns columns, String file, SectorIndex index, Model.Builder b, List<String> warnings) {
    double[] output = columns.output();
    for (int i = 0; i < output.length; i++) {
      if (output[i] == 0) {
        warnings.add(ModelCsv.location(file, columns.lines()[i], columns.outputColumns()[i], "output") + ": sector "
            + index.at(i).code() + " has zero output; its coefficients are zero");
      }
    }
    b.output(output);
    double[][] optional = columns.optional();
    b.employment(optional[0]);
    b.labourIncome(optional[1]);
    b.valueAdded(optional[2]);
    b.taxes(optional[3]);
    b.imports(optional[4]);
    b.finalDemand(optional[5]);
    b.householdConsumption(optional[6]);
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

package org.ripple.cli.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvTable;
import org.ripple.cli.io.StrictCsv;
import org.ripple.core.Model;

/**
 * The {@code symmetric} recipe kind: a ready symmetric domestic table ({@code table}) whose sector columns run from
 * {@code first_sector} to {@code last_sector}, with a row per sector (found by its code in {@code row_key_column}, or
 * {@code in_order} after {@code skip_rows}), the total output row, optional value-added and labour-income rows
 * (summed over the listed keys), an optional household column and final-demand columns. A missing row or column is
 * an error at the recipe key or the table cell (exit code 4).
 */
final class SymmetricRecipe {
  private SymmetricRecipe() {}

  static RecipeBuilder.Built build(RecipeBuilder.Ctx ctx) {
    Recipe r = ctx.r;
    ctx.require(r.table(), "table", "name the symmetric table file");
    ctx.require(r.rowKeyColumn(), "row_key_column", "name the column that holds the row codes");
    ctx.require(r.firstSector(), "first_sector", "name the header of the first sector column");
    ctx.require(r.lastSector(), "last_sector", "name the header of the last sector column");
    ctx.require(r.outputRow(), "output_row", "name the total output row");
    CsvTable t = StrictCsv.read(ctx.path(r.table()), ExitCodes.BAD_MODEL);
    int key = t.requireColumn(r.rowKeyColumn());
    OptionalInt nameCol = optionalColumn(t, r.rowNameColumn());
    int first = t.requireColumn(r.firstSector());
    int last = t.requireColumn(r.lastSector());
    if (last < first) {
      throw ctx.error("last_sector", "'" + r.lastSector() + "' comes before first_sector in the header");
    }
    OptionalInt hh = optionalColumn(t, r.householdColumn());
    int n = last - first + 1;
    int skip = r.skipRows() == null ? 0 : r.skipRows();
    if (skip < 0 || skip >= t.rows().size()) {
      throw ctx.error("skip_rows", "must be in [0, " + t.rows().size() + "), was " + skip);
    }
    List<CsvTable.Row> rows = t.rows().subList(skip, t.rows().size());
    Map<String, CsvTable.Row> byKey = new HashMap<>();
    for (CsvTable.Row row : rows) {
      byKey.putIfAbsent(row.get(key).strip(), row);
    }
    List<String> codes = t.header().subList(first, last + 1);
    String mode = r.sectorRows() == null ? "by_code" : r.sectorRows();
    CsvTable.Row[] sectorRows = new CsvTable.Row[n];
    for (int i = 0; i < n; i++) {
      switch (mode) {
        case "by_code" -> {
          sectorRows[i] = byKey.get(codes.get(i));
          if (sectorRows[i] == null) {
            throw t.error(t.headerRow(), first + i, "no row with " + r.rowKeyColumn() + " = '" + codes.get(i)
                + "' for this sector column");
          }
        }
        case "in_order" -> {
          if (i >= rows.size()) {
            throw ctx.error("sector_rows", "the table has fewer rows than sector columns");
          }
          sectorRows[i] = rows.get(i);
        }
        default -> throw ctx.error("sector_rows", "must be 'by_code' or 'in_order', was '" + mode + "'");
      }
    }
    double[] z = new double[n * n];
    double[] c = hh.isPresent() ? new double[n] : null;
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = t.number(sectorRows[i], first + j);
      }
      if (c != null) {
        c[i] = t.number(sectorRows[i], hh.getAsInt());
      }
      if (nameCol.isPresent()) {
        names.put(codes.get(i), sectorRows[i].get(nameCol.getAsInt()).strip());
      }
    }
    double[] x = namedRows(ctx, t, byKey, List.of(r.outputRow()), "output_row", first, n);
    double[] va = r.valueAdded().isEmpty() ? null : namedRows(ctx, t, byKey, r.valueAdded(), "value_added", first,
        n);
    double[] li = r.labourIncome().isEmpty() ? null : namedRows(ctx, t, byKey, r.labourIncome(), "labour_income",
        first, n);
    // final demand (households, government, investment, inventories, exports) summed over the listed columns: lets
    // validation check the row balance both ways
    double[] f = null;
    if (!r.finalDemand().isEmpty()) {
      f = new double[n];
      for (String column : r.finalDemand()) {
        int fc = t.requireColumn(column);
        for (int i = 0; i < n; i++) {
          f[i] += t.number(sectorRows[i], fc);
        }
      }
    }
    Model model = RecipeBuilder.assemble(ctx, codes, names, z, x, va, li, c, f);
    return new RecipeBuilder.Built(model, RecipeBuilder.provenance(r), List.of());
  }

  /** The position of a column the recipe names, or empty when the recipe names none. */
  private static OptionalInt optionalColumn(CsvTable t, String column) {
    return column == null ? OptionalInt.empty() : OptionalInt.of(t.requireColumn(column));
  }

  private static double[] namedRows(RecipeBuilder.Ctx ctx, CsvTable t, Map<String, CsvTable.Row> byKey, List<String> keys,
      String recipeKey, int first, int n) {
    double[] out = new double[n];
    for (String k : keys) {
      CsvTable.Row row = byKey.get(k);
      if (row == null) {
        throw ctx.error(recipeKey, "the table has no row '" + k + "' in column " + ctx.r.rowKeyColumn()
            + CsvTable.didYouMean(k, new ArrayList<>(byKey.keySet())));
      }
      for (int j = 0; j < n; j++) {
        out[j] += t.number(row, first + j);
      }
    }
    return out;
  }
}

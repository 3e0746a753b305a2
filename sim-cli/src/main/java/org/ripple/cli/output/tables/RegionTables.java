package org.ripple.cli.output.tables;

import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.scenario.RegionBreakdown;

/**
 * The by-region tables of a multi-regional run: the "By region" sheet of the workbook (every region and effect, money
 * in plain currency units, as {@code run --format csv} gives them) and the table of the HTML report (the total
 * effect, money in millions). When every shock hits one region, both end with the effects outside it (the
 * spill-over to the other regions). A figure the model cannot give is an empty cell or n/a, never 0.
 */
public final class RegionTables {
  private RegionTables() {}

  /** The "By region" sheet: code, region, effect and the four measures; then "Outside" rows if any. */
  public static Table sheet(RegionBreakdown regions, ReportMeta meta) {
    Table.Builder b = Table.builder("By region", "Net impact by region and effect (losses negative)",
        RunTables.withMeasures(meta, Column.text("Code"), Column.text("Region"), Column.text("Effect")));
    for (int k = 0; k < regions.size(); k++) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[7];
        row[0] = regions.region(k).code();
        row[1] = regions.region(k).name();
        row[2] = e.key();
        for (int c = 0; c < 4; c++) {
          Measure m = RunTables.MEASURES[c];
          row[3 + c] = regions.value(m, e, k) * meta.scale(m);
        }
        b.row(row);
      }
    }
    if (regions.hasOutside()) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[7];
        row[0] = "";
        row[1] = regions.outsideLabel();
        row[2] = e.key();
        for (int c = 0; c < 4; c++) {
          Measure m = RunTables.MEASURES[c];
          row[3 + c] = regions.outside(m, e) * meta.scale(m);
        }
        b.row(row);
      }
    }
    return b.build();
  }

  /** The table of the HTML report: one row per region (and "Outside"), the total effect, money in millions. */
  public static Table page(RegionBreakdown regions, ReportMeta meta) {
    Table.Builder b = Table.builder("By region", "",
        RunTables.withMeasuresInMillions(meta, Column.text("Code"), Column.text("Region")));
    for (int k = 0; k < regions.size(); k++) {
      Object[] row = new Object[6];
      row[0] = regions.region(k).code();
      row[1] = regions.region(k).name();
      for (int c = 0; c < 4; c++) {
        row[2 + c] = shown(RunTables.MEASURES[c], regions.value(RunTables.MEASURES[c], Effect.TOTAL, k), meta);
      }
      b.row(row);
    }
    if (regions.hasOutside()) {
      Object[] row = new Object[6];
      row[0] = "";
      row[1] = regions.outsideLabel();
      for (int c = 0; c < 4; c++) {
        row[2 + c] = shown(RunTables.MEASURES[c], regions.outside(RunTables.MEASURES[c], Effect.TOTAL), meta);
      }
      b.row(row);
    }
    return b.build();
  }

  /** Jobs in persons, money in millions of currency units (NaN stays NaN: not available). */
  private static double shown(Measure m, double modelValue, ReportMeta meta) {
    double v = modelValue * meta.scale(m);
    return m == Measure.JOBS ? v : v / 1e6;
  }
}

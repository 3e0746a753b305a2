package org.ripple.cli.output.tables;

import java.util.List;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Measure;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.RegionalMultipliers;

/**
 * The table of {@code multipliers --by-region}: one row per shocked sector (in model order) and region where the
 * effect happens (in region order), with the sector's own region, whether the effect is within it, and the Type I
 * and Type II effects on output, jobs (per one million currency units), labour income and value added per unit of
 * final demand. Its column keys are the CSV header; a Type II cell is empty when the model has no household data.
 */
public final class RegionalMultipliersTables {
  /** The machine keys of the columns: the CSV header and the JSON field names. */
  public static final List<String> KEYS = List.of("code", "name", "region", "effect_region", "within_region",
      "output_I", "output_II", "jobs_effect_I", "jobs_effect_II", "income_effect_I", "income_effect_II",
      "value_added_effect_I", "value_added_effect_II");
  /** The measures of the number columns, each Type I then Type II. */
  public static final Measure[] MEASURES = {Measure.OUTPUT, Measure.JOBS, Measure.LABOUR_INCOME,
      Measure.VALUE_ADDED};
  /** The first number column. */
  public static final int FIRST_NUMBER = 5;

  private RegionalMultipliersTables() {}

  /** The column of the effect on {@code m} of type {@code t}. */
  public static int column(Measure m, ModelType t) {
    for (int k = 0; k < MEASURES.length; k++) {
      if (MEASURES[k] == m) {
        return FIRST_NUMBER + 2 * k + t.ordinal();
      }
    }
    throw new IllegalArgumentException("no column for " + m);
  }

  public static Table byRegion(RegionalMultipliers multipliers, ReportMeta meta) {
    String c = meta.currency();
    String[] headers = {"Code", "Sector", "Region", "Effect in region", "Within the sector's region",
        "Output I (" + c + " per " + c + ")", "Output II (" + c + " per " + c + ")",
        "Jobs effect I (jobs per " + c + " 1 million)", "Jobs effect II (jobs per " + c + " 1 million)",
        "Income effect I (" + c + " per " + c + ")", "Income effect II (" + c + " per " + c + ")",
        "Value added effect I (" + c + " per " + c + ")", "Value added effect II (" + c + " per " + c + ")"};
    Column[] cols = new Column[headers.length];
    for (int k = 0; k < cols.length; k++) {
      cols[k] = (k < FIRST_NUMBER ? Column.text(headers[k]) : Column.ratio(headers[k])).keyed(KEYS.get(k));
    }
    cols[3] = cols[3].jsonAs("region"); // JSON nests it in its sector, whose own region is "region" too
    cols[4] = cols[4].json(Column.Json.BOOLEAN);
    Table.Builder b = Table.builder("Multipliers by region", "Type I and Type II effects of one unit of final "
        + "demand for each sector of " + meta.model().name() + " in each region", cols);
    SectorIndex index = multipliers.system().model().sectors();
    Regions regions = multipliers.regions();
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      int r = regions.regionOf(j);
      for (int k = 0; k < regions.size(); k++) {
        Object[] row = new Object[cols.length];
        row[0] = s.code();
        row[1] = s.name();
        row[2] = regions.at(r).code();
        row[3] = regions.at(k).code();
        row[4] = Boolean.toString(k == r);
        int col = FIRST_NUMBER;
        for (Measure m : MEASURES) {
          for (ModelType t : ModelType.values()) {
            double v = multipliers.effect(m, t, j, k);
            row[col++] = m == Measure.JOBS ? v * 1e6 / meta.model().unitFactor() : v;
          }
        }
        b.row(row);
      }
    }
    return b.build();
  }
}

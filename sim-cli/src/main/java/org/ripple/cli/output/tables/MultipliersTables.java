package org.ripple.cli.output.tables;

import java.util.List;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;

/**
 * The table of {@code ripple multipliers}: the "Multipliers" sheet with the columns of the CSV (same numbers); the
 * report's document ({@link org.ripple.cli.output.MultipliersReport}) adds the Metadata sheet. Effects are per unit of final demand; jobs effects per one million currency units; multipliers are
 * total effect / direct effect; Type II cells are empty when the model has no household data.
 */
public final class MultipliersTables {
  /** The machine keys of the columns of the Multipliers table: the CSV header and the JSON field names. */
  public static final List<String> KEYS = List.of("code", "name", "output_I", "output_II", "jobs_effect_I",
      "jobs_effect_II", "jobs_multiplier_I", "jobs_multiplier_II", "income_effect_I", "income_effect_II",
      "income_multiplier_I", "income_multiplier_II", "value_added_effect_I", "value_added_effect_II",
      "value_added_multiplier_I", "value_added_multiplier_II");

  private MultipliersTables() {}

  public static Table multipliers(Multipliers multipliers, ReportMeta meta) {
    String c = meta.currency();
    Column[] cols = {
        Column.text("Code"), Column.text("Sector"),
        Column.ratio("Output I (" + c + " per " + c + ")"), Column.ratio("Output II (" + c + " per " + c + ")"),
        Column.ratio("Jobs effect I (jobs per " + c + " 1 million)"),
        Column.ratio("Jobs effect II (jobs per " + c + " 1 million)"),
        Column.ratio("Jobs multiplier I (ratio)"), Column.ratio("Jobs multiplier II (ratio)"),
        Column.ratio("Income effect I (" + c + " per " + c + ")"),
        Column.ratio("Income effect II (" + c + " per " + c + ")"),
        Column.ratio("Income multiplier I (ratio)"), Column.ratio("Income multiplier II (ratio)"),
        Column.ratio("Value added effect I (" + c + " per " + c + ")"),
        Column.ratio("Value added effect II (" + c + " per " + c + ")"),
        Column.ratio("Value added multiplier I (ratio)"), Column.ratio("Value added multiplier II (ratio)")};
    for (int k = 0; k < cols.length; k++) {
      cols[k] = cols[k].keyed(KEYS.get(k));
    }
    Table.Builder b = Table.builder("Multipliers", "Type I and Type II multipliers of " + meta.model().name()
        + " per unit of final demand (I = Type I, II = Type II, households closed)", cols);
    SectorIndex index = multipliers.system().model().sectors();
    double jobsScale = 1e6 / meta.model().unitFactor();
    // after code and name, two columns (Type I, Type II) each: effects are true, multipliers (ratios) false
    boolean[] effect = {true, true, false, true, false, true, false};
    Measure[] measure = {Measure.OUTPUT, Measure.JOBS, Measure.JOBS, Measure.LABOUR_INCOME, Measure.LABOUR_INCOME,
        Measure.VALUE_ADDED, Measure.VALUE_ADDED};
    ModelType[] types = ModelType.values();
    // each row made as it is written, from the multipliers' arrays
    b.rows(index.size(), new Table.RowSource() {
      @Override
      public Object text(int r, int c) {
        Sector s = index.at(r);
        return c == 0 ? s.code() : s.name();
      }

      @Override
      public double number(int r, int c) {
        int k = (c - 2) / types.length;
        ModelType t = types[(c - 2) % types.length];
        double v = effect[k] ? multipliers.effect(measure[k], t, r) : multipliers.ratio(measure[k], t, r);
        return effect[k] && measure[k] == Measure.JOBS ? v * jobsScale : v;
      }
    });
    return b.build();
  }
}

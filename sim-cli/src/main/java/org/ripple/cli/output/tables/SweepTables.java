package org.ripple.cli.output.tables;

import java.util.List;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.SweepReport;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;

/**
 * The tables of {@code ripple sweep}: one "Sweep" sheet with a row per variant and effect (rank, variant, the four
 * measures, and total jobs as a share of the model's employment on the total rows): {@code sweep --format csv}
 * and the workbook's first sheet.
 */
public final class SweepTables {
  private SweepTables() {}

  /**
   * The "Sweep" sheet, whose column keys are the CSV header ({@code rank,variant,effect,jobs,...}); shares of the
   * employment of {@code model}.
   */
  public static Table sweep(String scenario, String by, List<SweepReport.Row> rows, ReportMeta meta, Model model) {
    Column[] measures = RunTables.withMeasures(meta, Column.jobs("Rank").keyed("rank"),
        Column.text("Variant").keyed("variant"), Column.text("Effect").keyed("effect"));
    Column[] cols = java.util.Arrays.copyOf(measures, measures.length + 1);
    cols[measures.length] = Column.ratio("Total jobs as a share of regional employment (fraction)")
        .keyed("share_of_regional_employment");
    Table.Builder b = Table.builder("Sweep", "Sweep of " + scenario + " (" + by + "): annual effects of each variant "
        + "(losses negative)", cols);
    double employment = model.has(Measure.JOBS) ? model.total(Measure.JOBS) : Double.NaN;
    for (SweepReport.Row r : rows) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[8];
        row[0] = r.rank() > 0 ? (Object) (double) r.rank() : null;
        row[1] = r.name();
        row[2] = e.key();
        for (int k = 0; k < 4; k++) {
          Measure m = RunTables.MEASURES[k];
          row[3 + k] = r.impact().available(m, e) ? r.impact().sum(m, e) * meta.scale(m) : Double.NaN;
        }
        row[7] = e == Effect.TOTAL && r.impact().available(Measure.JOBS, e) && employment > 0
            ? r.impact().sum(Measure.JOBS, e) / employment : Double.NaN;
        b.row(row);
      }
    }
    return b.build();
  }
}

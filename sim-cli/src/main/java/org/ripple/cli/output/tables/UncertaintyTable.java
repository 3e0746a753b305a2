package org.ripple.cli.output.tables;

import java.util.List;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.Uncertainty;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;

/**
 * The "Uncertainty" sheet of {@code run --draws N}: for every headline cell (the net impact; the gross loss and the
 * offsets when the scenario has offsets), the 5th, 50th and 95th percentiles, the mean and the standard deviation of
 * the draws, in the units of the Summary sheet. Same numbers as the CSV rows of kind p5 ... sd.
 */
public final class UncertaintyTable {
  private UncertaintyTable() {}

  /** @param offsets whether the scenario has offsets (then the gross loss and the offsets get their own rows) */
  public static Table of(Uncertainty u, ReportMeta meta, boolean offsets) {
    Table.Builder b = Table.builder("Uncertainty", u.draws() + " draws, seed " + u.seed() + ": 5th, 50th and 95th "
        + "percentiles (nearest rank), mean and standard deviation of each headline cell (losses negative)",
        RunTables.withMeasures(meta, Column.text("Scope"), Column.text("Effect"), Column.text("Statistic")));
    List<Headline.Block> blocks = offsets ? List.of(Headline.Block.values()) : List.of(Headline.Block.SUMMARY);
    for (Headline.Block block : blocks) {
      String scope = switch (block) {
        case SUMMARY -> "Net impact";
        case GROSS_LOSS -> "Gross loss (closures and subcontractors)";
        case OFFSETS -> "Offsets";
      };
      for (Effect e : Effect.values()) {
        for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
          Object[] row = new Object[7];
          row[0] = scope;
          row[1] = e.key();
          row[2] = st.label();
          for (int k = 0; k < 4; k++) {
            Measure m = RunTables.MEASURES[k];
            Summary sum = u.summary(block, e, m);
            row[3 + k] = sum.available() ? st.of(sum) * meta.scale(m) : Double.NaN;
          }
          b.row(row);
        }
      }
    }
    return b.build();
  }
}

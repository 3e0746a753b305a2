package org.ripple.cli.output.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockResult;

/**
 * The workbook's sheets of a scenario run that its {@link RunReport}'s document carries: Summary, By sector, By
 * shock (the document adds By region, Timeline, Uncertainty, the fiscal sheets and Metadata), and the notes of a run
 * as every format lists them. Money in plain currency units per year, jobs in persons, losses negative; a figure the
 * model cannot give is an empty cell, never 0. Same numbers as {@code run --format csv}.
 */
public final class RunTables {
  public static final Measure[] MEASURES = Figures.MEASURES;

  private RunTables() {}

  /**
   * The notes of a run, as every format lists them: {@code first} (what the engine does not know about), then the
   * engine's, then each shock's with the shock's name in front.
   */
  public static List<String> notes(List<String> first, ScenarioResult result) {
    List<String> notes = new ArrayList<>(first);
    notes.addAll(result.notes());
    for (ShockResult s : result.shocks()) {
      for (String n : s.notes()) {
        notes.add(s.name() + ": " + n);
      }
    }
    return notes;
  }

  /** The four measure columns with their units (keyed by the measures' keys), after the given leading columns. */
  public static Column[] withMeasures(ReportMeta meta, Column... leading) {
    Column[] cols = new Column[leading.length + 4];
    System.arraycopy(leading, 0, cols, 0, leading.length);
    String money = " (" + meta.currency() + " per year)";
    cols[leading.length] = Column.jobs("Jobs (persons)").keyed(Measure.JOBS.key());
    cols[leading.length + 1] = Column.money("Labour income" + money).keyed(Measure.LABOUR_INCOME.key());
    cols[leading.length + 2] = Column.money("Value added" + money).keyed(Measure.VALUE_ADDED.key());
    cols[leading.length + 3] = Column.money("Output" + money).keyed(Measure.OUTPUT.key());
    return cols;
  }

  /** The four measure columns as the HTML report shows them (money in millions per year), after the leading ones. */
  public static Column[] withMeasuresInMillions(ReportMeta meta, Column... leading) {
    Column[] cols = new Column[leading.length + 4];
    System.arraycopy(leading, 0, cols, 0, leading.length);
    String money = " (" + meta.currency() + " M per year)";
    cols[leading.length] = Column.jobs("Jobs (persons)");
    cols[leading.length + 1] = Column.millions("Labour income" + money);
    cols[leading.length + 2] = Column.millions("Value added" + money);
    cols[leading.length + 3] = Column.millions("Output" + money);
    return cols;
  }

  public static Table summary(ScenarioResult result, ReportMeta meta) {
    Table.Builder b = Table.builder("Summary", "Impact of " + result.scenario().name()
        + ": direct, indirect, induced and total effects (losses negative)",
        withMeasures(meta, Column.text("Scope"), Column.text("Effect")));
    block(b, meta, "Net impact", result.total());
    if (result.hasKind(ShockKind.OFFSET)) {
      block(b, meta, "Gross loss (closures and subcontractors)", result.grossLoss());
      block(b, meta, "Offsets", result.of(EnumSet.of(ShockKind.OFFSET)));
    }
    return b.build();
  }

  private static void block(Table.Builder b, ReportMeta meta, String scope, Impact impact) {
    for (Effect e : Effect.values()) {
      Object[] row = new Object[6];
      row[0] = scope;
      row[1] = e.key();
      for (int k = 0; k < 4; k++) {
        row[2 + k] = impact.sum(MEASURES[k], e) * meta.scale(MEASURES[k]);
      }
      b.row(row);
    }
  }

  public static Table bySector(ScenarioResult result, ReportMeta meta) {
    SectorIndex index = result.system().model().sectors();
    Impact total = result.total();
    Table.Builder b = Table.builder("By sector", "Net impact by sector and effect (losses negative)",
        withMeasures(meta, Column.text("Code"), Column.text("Sector"), Column.text("Effect")));
    for (int i = 0; i < index.size(); i++) {
      Sector s = index.at(i);
      for (Effect e : Effect.values()) {
        Object[] row = new Object[7];
        row[0] = s.code();
        row[1] = s.name();
        row[2] = e.key();
        for (int k = 0; k < 4; k++) {
          row[3 + k] = total.value(MEASURES[k], e, i) * meta.scale(MEASURES[k]);
        }
        b.row(row);
      }
    }
    return b.build();
  }

  public static Table byShock(ScenarioResult result, ReportMeta meta) {
    Table.Builder b = Table.builder("By shock", "Impact of each shock by effect (losses negative)",
        withMeasures(meta, Column.text("Kind"), Column.text("Name"), Column.text("Sector code"),
            Column.text("Effect")));
    for (ShockResult s : result.shocks()) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[8];
        row[0] = s.kind().key();
        row[1] = s.name();
        row[2] = s.sector();
        row[3] = e.key();
        for (int k = 0; k < 4; k++) {
          row[4 + k] = s.impact().sum(MEASURES[k], e) * meta.scale(MEASURES[k]);
        }
        b.row(row);
      }
    }
    return b.build();
  }
}

package org.ripple.cli.output.tables;

import java.util.EnumSet;
import java.util.Set;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.TimePeriod;
import org.ripple.core.time.Timeline;

/**
 * The "Timeline" sheet of a run with a horizon: one row per period and effect (jobs are the average over the period,
 * money the flow in the period, in plain currency units), then the horizon's total (jobs in job-years, money summed).
 * With offsets, the gross loss and the offsets follow the net rows of each period, as in {@code run --format csv}.
 */
public final class TimelineTable {
  private static final Set<ShockKind> GROSS = EnumSet.of(ShockKind.CLOSURE, ShockKind.SUBCONTRACTOR);
  private static final Set<ShockKind> OFFSETS = EnumSet.of(ShockKind.OFFSET);

  private TimelineTable() {}

  public static Table of(Timeline timeline, ReportMeta meta) {
    Horizon h = timeline.schedule().horizon();
    String money = " (" + meta.currency() + " in the period)";
    Table.Builder b = Table.builder("Timeline", "Timeline " + h.start() + " to " + h.end() + " by "
        + h.period().key() + ": jobs are the average over the period (job-years in the total), money the flow in "
        + "the period; losses negative", Column.text("Scope"), Column.text("Period"), Column.text("Start"),
        Column.text("End"), Column.jobs("Days"), Column.text("Effect"),
        Column.jobs("Jobs (average persons; job-years in the total)"), Column.money("Labour income" + money),
        Column.money("Value added" + money), Column.money("Output" + money));
    boolean offsets = timeline.result().hasKind(ShockKind.OFFSET);
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      rows(b, meta, "Net impact", period.label(), period.start().toString(), period.end().toString(), period.days(),
          timeline.average(p), timeline.flows(p));
      if (offsets) {
        rows(b, meta, "Gross loss", period.label(), period.start().toString(), period.end().toString(),
            period.days(), timeline.average(p, GROSS), timeline.flows(p, GROSS));
        rows(b, meta, "Offsets", period.label(), period.start().toString(), period.end().toString(),
            period.days(), timeline.average(p, OFFSETS), timeline.flows(p, OFFSETS));
      }
    }
    Impact c = timeline.cumulative();
    rows(b, meta, "Net impact", "Total (horizon)", h.start().toString(), h.end().toString(), h.days(), c, c);
    return b.build();
  }

  private static void rows(Table.Builder b, ReportMeta meta, String scope, String period, String start, String end,
      long days, Impact jobs, Impact money) {
    for (Effect e : Effect.values()) {
      Object[] row = new Object[10];
      row[0] = scope;
      row[1] = period;
      row[2] = start;
      row[3] = end;
      row[4] = (double) days;
      row[5] = e.key();
      for (int k = 0; k < 4; k++) {
        Measure m = RunTables.MEASURES[k];
        Impact src = m == Measure.JOBS ? jobs : money;
        row[6 + k] = src.available(m, e) ? src.sum(m, e) * meta.scale(m) : Double.NaN;
      }
      b.row(row);
    }
  }
}

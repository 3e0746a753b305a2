package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.Document;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.chart.LineChart;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.Scene;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.TimePeriod;
import org.ripple.core.time.Timeline;

/**
 * The page's parts of a scenario with a horizon: a line chart of jobs per period (direct, indirect, induced and
 * total; the average over each period) and the period table (jobs, and money in the period in millions), with the
 * horizon's total in job-years. Same figures as the terminal's timeline table.
 */
public final class TimelineSections {
  static final List<String> SERIES = List.of("Direct", "Indirect", "Induced", "Total");
  static final List<String> COLOURS = List.of(Palette.DIRECT, Palette.INDIRECT, Palette.INDUCED, Palette.AXIS);

  private TimelineSections() {}

  /** The line chart of jobs per period (direct, indirect, induced and total: the average over each period). */
  public static HtmlReport.Section chart(Timeline timeline) {
    Horizon h = timeline.schedule().horizon();
    int n = timeline.periods().size();
    List<String> labels = new ArrayList<>();
    double[][] values = new double[4][n];
    Effect[] effects = Effect.values();
    for (int p = 0; p < n; p++) {
      labels.add(timeline.periods().get(p).label());
      Impact a = timeline.average(p);
      for (int k = 0; k < 4; k++) {
        double v = a.available(Measure.JOBS, effects[k]) ? a.sum(Measure.JOBS, effects[k]) : 0;
        values[k][p] = Double.isNaN(v) ? 0 : v;
      }
    }
    Scene chart = LineChart.of("Jobs by " + h.period().key(), "jobs (persons, average over the " + h.period().key()
        + ")", labels, SERIES, values, COLOURS, v -> Fmt.grouped(v, 0));
    String damped = timeline.damped() ? " Induced effects of losses are damped by income replacement (severance, "
        + "employment insurance, re-employment)." : "";
    return HtmlReport.Section.chart("timeline", "Timeline, " + h.start() + " to " + h.end(),
        "Jobs in each " + h.period().key() + " (the average over the period) as the shocks take effect and ramp up; "
            + "the annual result above is the full-year effect." + damped, chart);
  }

  /** The page's period table, a section of the run's document only the page shows (its id {@code timeline-table}). */
  public static Document.TableSection table(Timeline timeline, ReportMeta meta) {
    Horizon h = timeline.schedule().horizon();
    String m = " (" + meta.currency() + " M in the period)";
    Table.Builder b = Table.builder("Timeline", "", Column.text("Period"), Column.jobs("Days"),
        Column.jobs("Direct jobs"), Column.jobs("Indirect"), Column.jobs("Induced"), Column.jobs("Total jobs"),
        Column.millions("Labour income" + m), Column.millions("Value added" + m), Column.millions("Output" + m));
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      row(b, period.label(), period.days(), timeline.average(p), timeline.flows(p), meta);
    }
    Impact c = timeline.cumulative();
    row(b, "Total (job-years; money summed)", h.days(), c, c, meta);
    return Document.TableSection.pageOnly(b.build(), new Document.Page(TABLE_ID, "Timeline by " + h.period().key(),
        "Jobs: average persons over the period, job-years in the total; money: " + meta.currency()
            + " millions in the period; losses negative."));
  }

  /** The id of the period table's section, before which the page puts the chart. */
  static final String TABLE_ID = "timeline-table";

  private static void row(Table.Builder b, String label, long days, Impact jobs, Impact money, ReportMeta meta) {
    Object[] row = new Object[9];
    row[0] = label;
    row[1] = (double) days;
    Effect[] effects = Effect.values();
    for (int k = 0; k < 4; k++) {
      row[2 + k] = jobs.available(Measure.JOBS, effects[k]) ? jobs.sum(Measure.JOBS, effects[k]) : Double.NaN;
    }
    Measure[] ms = {Measure.LABOUR_INCOME, Measure.VALUE_ADDED, Measure.OUTPUT};
    for (int k = 0; k < 3; k++) {
      row[6 + k] = money.available(ms[k], Effect.TOTAL)
          ? money.sum(ms[k], Effect.TOTAL) * meta.scale(ms[k]) / 1e6 : Double.NaN;
    }
    b.row(row);
  }
}

package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.TimePeriod;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.PeriodMeasures;
import org.ripple.core.uncertainty.Summary;

/**
 * The timeline of a run in the shapes of the run's document: the terminal's period table, the CSV's rows
 * ({@code period} and {@code cumulative} scopes), JSON's {@code horizon}, {@code timeline} and {@code cumulative}.
 * Jobs in a period are the average over the period; money is the flow in the period; cumulative jobs are job-years.
 * The workbook's sheet is {@link org.ripple.cli.output.tables.TimelineTable}, the page's table
 * {@link org.ripple.cli.output.html.TimelineSections}.
 */
final class TimelineParts {
  static final Set<ShockKind> GROSS = EnumSet.of(ShockKind.CLOSURE, ShockKind.SUBCONTRACTOR);
  static final Set<ShockKind> OFFSETS = EnumSet.of(ShockKind.OFFSET);

  private TimelineParts() {}

  /** A figure of a period: jobs from {@code jobs} (persons), money from {@code money} in currency units. */
  private static Figures.EffectFigure figure(Impact jobs, Impact money, ReportMeta meta) {
    return (e, m) -> {
      Impact src = m == Measure.JOBS ? jobs : money;
      return src.available(m, e) ? src.sum(m, e) * meta.scale(m) : Double.NaN;
    };
  }

  /** The terminal's table: days, the jobs of each effect, the money of the total effect; then the horizon. */
  static Document.TableSection terminal(Timeline timeline, ReportMeta meta) {
    Horizon h = timeline.schedule().horizon();
    Table.Builder b = Table.builder("Timeline periods", "", Column.text("Period"), Column.jobs("Days"),
        Column.jobs("Direct jobs"), Column.jobs("Indirect"), Column.jobs("Induced"), Column.jobs("Total jobs"),
        Column.money("Labour income"), Column.money("Value added"), Column.money("Output"));
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      b.row(periodRow(period.label(), period.days(), figure(timeline.average(p), timeline.flows(p), meta)));
    }
    Impact c = timeline.cumulative();
    b.row(periodRow("Total", h.days(), figure(c, c, meta)));
    String[] headings = {"Direct jobs", "Indirect", "Induced", "Total jobs", "Labour income", "Value added",
        "Output"};
    List<TextLayout.Col> cols = new ArrayList<>(List.of(TextLayout.Col.of(1, "Days", TextLayout.Shown.FIXED, 0, 6)));
    for (int k = 0; k < headings.length; k++) {
      cols.add(TextLayout.Col.of(2 + k, headings[k], k < 4 ? TextLayout.Shown.GROUPED : TextLayout.Shown.MILLIONS,
          k < 4 ? 0 : 1, 15));
    }
    List<String> footer = new ArrayList<>(List.of("  (Total: jobs in job-years, money summed over the horizon)"));
    if (timeline.damped()) {
      footer.add("  Induced effects of losses are damped by income replacement (severance, EI, re-employment).");
    }
    for (String late : timeline.afterTheHorizon()) {
      footer.add("  " + late + ".");
    }
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, "", 10, 10, 0), cols)
        .headed("Timeline, " + h.start() + " to " + h.end() + " by " + h.period().key() + " (jobs: average over "
            + "the period; money: " + meta.currency() + " millions in the period)").footer(footer);
    return Document.TableSection.terminal(b.build(), layout);
  }

  private static Object[] periodRow(String label, long days, Figures.EffectFigure f) {
    List<Object> row = new ArrayList<>(List.of(label, (double) days));
    for (Effect e : Effect.values()) {
      row.add(f.of(e, Measure.JOBS));
    }
    for (Measure m : Figures.MONEY) {
      row.add(f.of(Effect.TOTAL, m));
    }
    return row.toArray();
  }

  /** The CSV's period rows (with offsets, the gross loss and offsets rows of each period) and cumulative rows. */
  static void rows(Timeline timeline, ReportMeta meta, RunRows.Rows out) {
    boolean offsets = timeline.result().hasKind(ShockKind.OFFSET);
    for (int p = 0; p < timeline.periods().size(); p++) {
      String label = timeline.periods().get(p).label();
      block(out, "period", label, figure(timeline.average(p), timeline.flows(p), meta));
      if (offsets) {
        block(out, "period_gross_loss", label, figure(timeline.average(p, GROSS), timeline.flows(p, GROSS), meta));
        block(out, "period_offsets", label, figure(timeline.average(p, OFFSETS), timeline.flows(p, OFFSETS), meta));
      }
    }
    Impact c = timeline.cumulative();
    block(out, "cumulative", "horizon", figure(c, c, meta));
  }

  private static void block(RunRows.Rows out, String scope, String name, Figures.EffectFigure f) {
    for (Effect e : Effect.values()) {
      out.row(scope, "", name, "", e, f);
    }
  }

  /**
   * The measures' bands period by period ({@link org.ripple.core.uncertainty.PeriodMeasures}' cells summarised): a
   * row a period, then the horizon; for each measure of the total effect, the point estimate (the timeline's own
   * figure) and the draws' P5, P50, P95, mean and sd (keys such as {@code total.jobs.p5}; in JSON the array
   * {@code by_period} of {@code uncertainty}). Jobs are the average over the period (job-years over the horizon),
   * money the flow in the period in currency units.
   */
  static Table bands(Timeline timeline, Summary[] cells, int draws, ReportMeta meta) {
    int periods = timeline.periods().size();
    if (cells.length != (periods + 1) * Measure.values().length) {
      throw new IllegalArgumentException(cells.length + " summaries for " + periods + " periods");
    }
    List<Column> cols = new ArrayList<>(List.of(Column.text("Period").keyed("period")));
    for (Measure m : Figures.MEASURES) {
      String name = Figures.effectName(Effect.TOTAL) + " " + m.key().replace('_', ' ');
      Column point = m == Measure.JOBS ? Column.jobs(name) : Column.money(name);
      cols.add(new Column(point.header() + " point estimate", point.kind(), "total." + m.key() + ".point"));
      for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
        cols.add(new Column(point.header() + " " + st.label(), point.kind(), "total." + m.key() + "." + st.key));
      }
    }
    Table.Builder b = Table.builder("Timeline bands", "Timeline bands (" + draws + " draws), total effect: the point "
        + "estimate, then the draws' P5, P50, P95, mean and standard deviation; jobs the average over the period "
        + "(job-years over the horizon), money " + meta.currency() + " in the period (summed over the horizon)",
        cols.toArray(new Column[0]));
    for (int p = 0; p <= periods; p++) {
      Figures.EffectFigure point = p < periods ? figure(timeline.average(p), timeline.flows(p), meta)
          : figure(timeline.cumulative(), timeline.cumulative(), meta);
      List<Object> row = new ArrayList<>(List.of(p < periods ? timeline.periods().get(p).label() : "Horizon"));
      for (Measure m : Figures.MEASURES) {
        row.add(point.of(Effect.TOTAL, m));
        Summary sum = cells[PeriodMeasures.cell(p, m)];
        for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
          row.add(sum.available() ? st.of(sum) * meta.scale(m) : Double.NaN);
        }
      }
      b.row(row.toArray());
    }
    return b.build();
  }

  /**
   * The sections of {@link #bands} beside JSON's: the table for the terminal (P5, P50 and P95 of total jobs and of
   * value added, period by period), the CSV and the workbook, and the page's narrower table (the point estimate, P5,
   * P50 and P95 of total jobs and of value added, money in millions).
   */
  static List<Document.Section> bandsSections(Table bands, int draws, Timeline timeline, ReportMeta meta) {
    List<TextLayout.Col> cols = new ArrayList<>();
    List<String> pageKeys = new ArrayList<>();
    List<String> pageHeaders = new ArrayList<>();
    for (Measure m : List.of(Measure.JOBS, Measure.VALUE_ADDED)) {
      boolean jobs = m == Measure.JOBS;
      String name = jobs ? "Jobs" : "Value added";
      for (String stat : List.of("point", "p5", "p50", "p95")) {
        String key = "total." + m.key() + "." + stat;
        String shown = stat.equals("point") ? name + " (point estimate" + (jobs ? ")" : ", " + meta.currency() + " M)")
            : name + " " + stat.toUpperCase(java.util.Locale.ROOT);
        pageKeys.add(key);
        pageHeaders.add(shown);
        if (!stat.equals("point")) {
          cols.add(TextLayout.Col.of(column(bands, key), shown, jobs ? TextLayout.Shown.GROUPED
              : TextLayout.Shown.MILLIONS, jobs ? 0 : 1, jobs ? 11 : 16));
        }
      }
    }
    Horizon h = timeline.schedule().horizon();
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, "", 10, 10, 0), cols)
        .headed(bands.name() + ", total effect, by " + h.period().key() + " (jobs: average over the period; value "
            + "added: " + meta.currency() + " millions in the period)")
        .footer(List.of("  (Horizon: jobs in job-years, money summed over the horizon)"));
    Table page = bands.select(bands.name(), "", pageKeys, pageHeaders, true);
    return List.of(new Document.TableSection(bands, "", true, layout, true, Document.JsonGroup.NONE, null),
        Document.TableSection.pageOnly(page, new Document.Page("timeline-bands", "Timeline bands by "
            + h.period().key(), draws + " draws; total effect: the point estimate, then the draws' P5, P50 and P95; "
            + "jobs: average persons over the period, job-years over the horizon; value added: " + meta.currency()
            + " millions in the period, summed over the horizon; losses negative. The workbook and the CSV have "
            + "every measure, with the mean and the standard deviation.")));
  }

  /** The position of the column keyed {@code key}. */
  private static int column(Table t, String key) {
    for (int c = 0; c < t.columns().size(); c++) {
      if (t.columns().get(c).key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column " + key);
  }

  /** JSON's {@code horizon} object, {@code timeline} array and {@code cumulative} object. */
  static List<Document.Section> json(Timeline timeline, ReportMeta meta) {
    return json(timeline, meta, null);
  }

  /**
   * {@link #json(Timeline, ReportMeta)} with each period's fiscal figures in its entry ({@code fiscal}), from
   * {@code fiscal}: {@link org.ripple.core.fiscal.FiscalTables#byPeriod} of the run's account (a row a period, then
   * the horizon's), or null for none.
   */
  static List<Document.Section> json(Timeline timeline, ReportMeta meta, org.ripple.core.fiscal.FiscalTable fiscal) {
    Horizon h = timeline.schedule().horizon();
    List<JsonField> head = new ArrayList<>(List.of(JsonField.text("start", h.start().toString()),
        JsonField.text("end", h.end().toString()), JsonField.text("period", h.period().key()),
        JsonField.text("jobs", "average persons over the period; job-years in cumulative"),
        JsonField.text("money", meta.currency() + " in the period")));
    IncomeReplacement ir = timeline.schedule().incomeReplacement();
    if (ir == null) {
      head.add(JsonField.nothing("income_replacement"));
    } else {
      List<JsonField> f = new ArrayList<>(List.of(new JsonField("severance_weeks", ir.severanceWeeks()),
          new JsonField("ei_rate", ir.eiRate()), new JsonField("ei_max_insurable_earnings",
              ir.eiMaxInsurableEarnings()), new JsonField("ei_waiting_weeks", ir.eiWaitingWeeks()),
          new JsonField("ei_weeks", ir.eiWeeks())));
      Reemployment re = ir.reemployment();
      if (re instanceof Reemployment.Exponential ex) {
        f.add(JsonField.text("reemployment", "exponential"));
        f.add(new JsonField("reemployment_half_life_months", ex.halfLifeMonths()));
      } else {
        f.add(JsonField.text("reemployment", re instanceof Reemployment.None ? "none" : "table"));
      }
      head.add(JsonField.object("income_replacement", f));
    }
    Document horizon = new Document("Horizon", List.of(), head,
        List.of(new Document.NotesSection("Horizon notes", "notes", timeline.notes())));
    boolean offsets = timeline.result().hasKind(ShockKind.OFFSET);
    List<Column> cols = new ArrayList<>(List.of(Column.text("Period").keyed("period"),
        Column.text("Start").keyed("start"), Column.text("End").keyed("end"), Column.jobs("Days").keyed("days")));
    cols.addAll(Figures.effectColumns("summary"));
    if (offsets) {
      cols.addAll(Figures.effectColumns("gross_loss"));
      cols.addAll(Figures.effectColumns("offsets"));
    }
    if (fiscal != null) {
      cols.addAll(FiscalSection.entryColumns(fiscal));
    }
    Table.Builder b = Table.builder("Timeline", "", cols.toArray(new Column[0]));
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      List<Object> row = new ArrayList<>(List.of(period.label(), period.start().toString(), period.end().toString(),
          (double) period.days()));
      Figures.addEffects(row, figure(timeline.average(p), timeline.flows(p), meta));
      if (offsets) {
        Figures.addEffects(row, figure(timeline.average(p, GROSS), timeline.flows(p, GROSS), meta));
        Figures.addEffects(row, figure(timeline.average(p, OFFSETS), timeline.flows(p, OFFSETS), meta));
      }
      if (fiscal != null) {
        FiscalSection.addEntryCells(row, fiscal, p);
      }
      b.row(row.toArray());
    }
    Impact c = timeline.cumulative();
    Document cumulative = new Document("Cumulative", List.of(), List.of(JsonDocument.effectsField("cumulative",
        "job_years", figure(c, c, meta))), List.of());
    return List.of(Document.Embedded.json("horizon", horizon), Document.TableSection.jsonOnly(b.build(),
        "timeline"), Document.Embedded.json("", cumulative));
  }
}

package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.TimePeriod;
import org.ripple.core.time.Timeline;

/**
 * The timeline sections of a run report: a period table, CSV rows ({@code period} and {@code cumulative} scopes) and
 * JSON ({@code horizon}, {@code timeline}, {@code cumulative}). Jobs in a period are the average over the period;
 * money is the flow in the period; cumulative jobs are job-years.
 */
final class TimelineReport {
  private static final Measure[] MONEY = Figures.MONEY;
  private static final Set<ShockKind> GROSS = EnumSet.of(ShockKind.CLOSURE, ShockKind.SUBCONTRACTOR);
  private static final Set<ShockKind> OFFSETS = EnumSet.of(ShockKind.OFFSET);

  private final Timeline timeline;
  private final ReportMeta meta;
  private final boolean offsets;

  TimelineReport(Timeline timeline, ReportMeta meta) {
    this.timeline = timeline;
    this.meta = meta;
    this.offsets = timeline.result().hasKind(ShockKind.OFFSET);
  }

  // ---------------------------------------------------------------- table

  void table(StringBuilder out) {
    var h = timeline.schedule().horizon();
    out.append('\n').append("Timeline, ").append(h.start()).append(" to ").append(h.end()).append(" by ")
        .append(h.period().key()).append(" (jobs: average over the period; money: ").append(meta.currency())
        .append(" millions in the period)\n");
    String[] head = {"Days", "Direct jobs", "Indirect", "Induced", "Total jobs", "Labour income", "Value added",
        "Output"};
    out.append(Fmt.right("", 12));
    for (String s : head) {
      out.append(Fmt.left(s, s.equals("Days") ? 6 : 15));
    }
    out.append('\n');
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      out.append("  ").append(Fmt.right(period.label(), 10)).append(Fmt.left(Integer.toString(period.days()), 6));
      row(out, timeline.average(p), timeline.flows(p));
    }
    Impact c = timeline.cumulative();
    out.append("  ").append(Fmt.right("Total", 10)).append(Fmt.left(Long.toString(h.days()), 6));
    row(out, c, c);
    out.append("  (Total: jobs in job-years, money summed over the horizon)\n");
    if (timeline.damped()) {
      out.append("  Induced effects of losses are damped by income replacement (severance, EI, re-employment).\n");
    }
  }

  private void row(StringBuilder out, Impact jobs, Impact money) {
    for (Effect e : Effect.values()) {
      out.append(Fmt.left(jobs.available(Measure.JOBS, e) ? Fmt.grouped(jobs.sum(Measure.JOBS, e), 0) : "n/a", 15));
    }
    for (Measure m : MONEY) {
      out.append(Fmt.left(money.available(m, Effect.TOTAL)
          ? Figures.table(m, money.sum(m, Effect.TOTAL) * meta.scale(m)) : "n/a", 15));
    }
    out.append('\n');
  }

  // ---------------------------------------------------------------- CSV

  /** The period rows (with offsets, the gross loss and offsets rows of each period) and the cumulative rows. */
  void csv(RunCsv out) {
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      csvBlock(out, "period", period.label(), timeline.average(p), timeline.flows(p));
      if (offsets) {
        csvBlock(out, "period_gross_loss", period.label(), timeline.average(p, GROSS), timeline.flows(p, GROSS));
        csvBlock(out, "period_offsets", period.label(), timeline.average(p, OFFSETS), timeline.flows(p, OFFSETS));
      }
    }
    Impact c = timeline.cumulative();
    csvBlock(out, "cumulative", "horizon", c, c);
  }

  private void csvBlock(RunCsv out, String scope, String name, Impact jobs, Impact money) {
    for (Effect e : Effect.values()) {
      out.row(scope, "", name, "", e, (ef, m) -> {
        Impact src = m == Measure.JOBS ? jobs : money;
        return src.available(m, ef) ? src.sum(m, ef) * meta.scale(m) : Double.NaN;
      });
    }
  }

  // ---------------------------------------------------------------- JSON

  void json(JsonGenerator g) throws IOException {
    var h = timeline.schedule().horizon();
    g.writeObjectFieldStart("horizon");
    g.writeStringField("start", h.start().toString());
    g.writeStringField("end", h.end().toString());
    g.writeStringField("period", h.period().key());
    g.writeStringField("jobs", "average persons over the period; job-years in cumulative");
    g.writeStringField("money", meta.currency() + " in the period");
    g.writeFieldName("income_replacement");
    IncomeReplacement ir = timeline.schedule().incomeReplacement();
    if (ir == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeFieldName("severance_weeks");
      g.writeNumber(Fmt.plain(ir.severanceWeeks()));
      g.writeFieldName("ei_rate");
      g.writeNumber(Fmt.plain(ir.eiRate()));
      g.writeFieldName("ei_max_insurable_earnings");
      g.writeNumber(Fmt.plain(ir.eiMaxInsurableEarnings()));
      g.writeFieldName("ei_waiting_weeks");
      g.writeNumber(Fmt.plain(ir.eiWaitingWeeks()));
      g.writeFieldName("ei_weeks");
      g.writeNumber(Fmt.plain(ir.eiWeeks()));
      Reemployment re = ir.reemployment();
      if (re instanceof Reemployment.Exponential ex) {
        g.writeStringField("reemployment", "exponential");
        g.writeFieldName("reemployment_half_life_months");
      g.writeNumber(Fmt.plain(ex.halfLifeMonths()));
      } else {
        g.writeStringField("reemployment", re instanceof Reemployment.None ? "none" : "table");
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("notes");
    for (String n : timeline.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("timeline");
    for (int p = 0; p < timeline.periods().size(); p++) {
      TimePeriod period = timeline.periods().get(p);
      g.writeStartObject();
      g.writeStringField("period", period.label());
      g.writeStringField("start", period.start().toString());
      g.writeStringField("end", period.end().toString());
      g.writeNumberField("days", period.days());
      g.writeFieldName("summary");
      block(g, timeline.average(p), timeline.flows(p), "jobs");
      if (offsets) {
        g.writeFieldName("gross_loss");
        block(g, timeline.average(p, GROSS), timeline.flows(p, GROSS), "jobs");
        g.writeFieldName("offsets");
        block(g, timeline.average(p, OFFSETS), timeline.flows(p, OFFSETS), "jobs");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("cumulative");
    Impact c = timeline.cumulative();
    block(g, c, c, "job_years");
  }

  private void block(JsonGenerator g, Impact jobs, Impact money, String jobsKey) throws IOException {
    g.writeStartObject();
    JsonDocument.effectFields(g, jobsKey, (e, m) -> m == Measure.JOBS
        ? (jobs.available(m, e) ? jobs.sum(m, e) : Double.NaN)
        : (money.available(m, e) ? money.sum(m, e) * meta.scale(m) : Double.NaN));
    g.writeEndObject();
  }
}

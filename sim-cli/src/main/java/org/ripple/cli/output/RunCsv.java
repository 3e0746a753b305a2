package org.ripple.cli.output;

import org.ripple.cli.io.Csv;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;

/**
 * The CSV of a {@link RunReport}: one row per scope and effect, {@code scope,kind,name,code,effect} then the four
 * measures; scopes summary (with its p5 ... sd rows when there are draws), gross_loss and offsets (with offsets),
 * shock, sector, region (multi-regional models), then the timeline's period and cumulative rows.
 */
final class RunCsv {
  static final String HEADER = "scope,kind,name,code,effect,jobs,labour_income,value_added,output\n";

  private final RunReport report;
  private final ReportMeta meta;
  private final StringBuilder out = new StringBuilder(HEADER);

  RunCsv(RunReport report) {
    this.report = report;
    this.meta = report.meta();
  }

  String write() {
    ScenarioResult result = report.result();
    block("summary", "", result.scenario().name(), "", result.total(), -1);
    uncertainty(Headline.Block.SUMMARY, result.scenario().name());
    if (report.hasOffsets()) {
      block("gross_loss", "", "closures and subcontractors", "", result.grossLoss(), -1);
      uncertainty(Headline.Block.GROSS_LOSS, "closures and subcontractors");
      block("offsets", "", "offsets", "", report.offsets(), -1);
      uncertainty(Headline.Block.OFFSETS, "offsets");
    }
    for (ShockResult s : result.shocks()) {
      block("shock", s.kind().key(), s.name(), s.sector(), s.impact(), -1);
    }
    SectorIndex index = report.sectors();
    for (int i = 0; i < index.size(); i++) {
      Sector sec = index.at(i);
      block("sector", "", sec.name(), sec.code(), result.total(), i);
    }
    report.regions().ifPresent(this::regions);
    if (report.timeline() != null) {
      report.timeline().csv(out);
    }
    return out.toString();
  }

  private void block(String scope, String kind, String name, String code, Impact impact, int sector) {
    for (Effect e : Effect.values()) {
      out.append(scope).append(',').append(kind).append(',').append(Csv.text(name)).append(',')
          .append(Csv.text(code)).append(',').append(e.key());
      for (Measure m : RunReport.MEASURES) {
        cell(report.value(impact, m, e, sector));
      }
      out.append('\n');
    }
  }

  private void regions(RegionBreakdown r) {
    for (int k = 0; k < r.size(); k++) {
      for (Effect e : Effect.values()) {
        out.append("region,,").append(Csv.text(r.region(k).name())).append(',').append(Csv.text(r.region(k).code()))
            .append(',').append(e.key());
        for (Measure m : RunReport.MEASURES) {
          cell(r.value(m, e, k) * meta.scale(m));
        }
        out.append('\n');
      }
    }
  }

  /** Rows {@code scope,<stat>,name,,effect,...} after a block's own rows, only with draws. */
  private void uncertainty(Headline.Block block, String name) {
    Uncertainty u = report.uncertainty();
    if (u == null) {
      return;
    }
    for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
      for (Effect e : Effect.values()) {
        out.append(block.key()).append(',').append(st.key).append(',').append(Csv.text(name)).append(",,")
            .append(e.key());
        for (Measure m : RunReport.MEASURES) {
          Summary sum = u.summary(block, e, m);
          cell(sum.available() ? st.of(sum) * meta.scale(m) : Double.NaN);
        }
        out.append('\n');
      }
    }
  }

  private void cell(double v) {
    Figures.csvCell(out, v);
  }
}

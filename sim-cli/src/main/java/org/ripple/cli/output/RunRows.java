package org.ripple.cli.output;

import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
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
 * The run in the one long shape its CSV has: one row per scope and effect, {@code scope,kind,name,code,effect} then
 * the four measures; scopes summary (with its p5 ... sd rows when there are draws), gross_loss and offsets (with
 * offsets), shock, sector, region (multi-regional models), then the timeline's period and cumulative rows
 * ({@link TimelineParts#rows}), and last one {@code warning} row per warning of the result (its text as the name, no
 * figures).
 */
final class RunRows {
  private static final Column[] COLUMNS = {Column.text("Scope").keyed("scope"), Column.text("Kind").keyed("kind"),
      Column.text("Name").keyed("name"), Column.text("Code").keyed("code"), Column.text("Effect").keyed("effect"),
      Column.jobs("Jobs").keyed(Measure.JOBS.key()), Column.money("Labour income").keyed(Measure.LABOUR_INCOME.key()),
      Column.money("Value added").keyed(Measure.VALUE_ADDED.key()), Column.money("Output").keyed(Measure.OUTPUT.key())};

  private final RunReport report;
  private final ReportMeta meta;
  private final Table.Builder rows = Table.builder("Run", "", COLUMNS);

  private RunRows(RunReport report) {
    this.report = report;
    this.meta = report.meta();
  }

  /** The CSV's table, every row in order. */
  static Table of(RunReport report) {
    return new RunRows(report).table();
  }

  private Table table() {
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
    sectors(result.total());
    report.regions().ifPresent(this::regions);
    report.timelineResult().ifPresent(t -> TimelineParts.rows(t, meta, this::row));
    for (String warning : result.warnings()) {
      rows.row("warning", "", warning, "", "", null, null, null, null);
    }
    return rows.build();
  }

  /** Adds one row: the scope, kind, name and code, the effect, and the four measures of {@code figure}. */
  @FunctionalInterface
  interface Rows {
    void row(String scope, String kind, String name, String code, Effect e, Figures.EffectFigure figure);
  }

  private void row(String scope, String kind, String name, String code, Effect e, Figures.EffectFigure figure) {
    rows.row(scope, kind, name, code, e.key(), figure.of(e, Measure.JOBS), figure.of(e, Measure.LABOUR_INCOME),
        figure.of(e, Measure.VALUE_ADDED), figure.of(e, Measure.OUTPUT));
  }

  private void block(String scope, String kind, String name, String code, Impact impact, int sector) {
    for (Effect e : Effect.values()) {
      row(scope, kind, name, code, e, (ef, m) -> report.value(impact, m, ef, sector));
    }
  }

  /**
   * The sector rows, four a sector (its direct, indirect, induced and total effects), made as they are written from
   * the impact's arrays ({@link Table.RowSource}): the same cells {@link #block} gives a sector.
   */
  private void sectors(Impact total) {
    SectorIndex index = report.sectors();
    Effect[] effects = Effect.values();
    rows.rows(index.size() * effects.length, new Table.RowSource() {
      @Override
      public Object text(int r, int c) {
        Sector sec = index.at(r / effects.length);
        return switch (c) {
          case 0 -> "sector";
          case 2 -> sec.name();
          case 3 -> sec.code();
          case 4 -> effects[r % effects.length].key();
          default -> "";
        };
      }

      @Override
      public double number(int r, int c) {
        return report.value(total, Figures.MEASURES[c - 5], effects[r % effects.length], r / effects.length);
      }
    });
  }

  private void regions(RegionBreakdown r) {
    for (int k = 0; k < r.size(); k++) {
      int region = k;
      for (Effect e : Effect.values()) {
        row("region", "", r.region(k).name(), r.region(k).code(), e, (ef, m) -> r.value(m, ef, region) * meta.scale(m));
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
        row(block.key(), st.key, name, "", e, (ef, m) -> {
          Summary sum = u.summary(block, ef, m);
          return sum.available() ? st.of(sum) * meta.scale(m) : Double.NaN;
        });
      }
    }
  }
}

package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.StackedBarChart;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.RegionTables;
import org.ripple.cli.output.tables.RunTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockResult;

/**
 * The HTML report of one scenario run: headline table, stacked bars of direct / indirect / induced effects (jobs by
 * shock, money by measure), the timeline (line chart and period table) when the scenario has a horizon, the top 10
 * sectors by jobs lost, effects by shock and (multi-regional models) by region, the scenario's and the model's
 * assumptions and sources, and where the figures come from. Money in millions of the currency per year, jobs in
 * persons, losses negative.
 */
public final class RunPage {
  private static final List<String> EFFECTS = List.of("Direct", "Indirect", "Induced");
  private static final List<String> EFFECT_COLOURS = List.of(Palette.DIRECT, Palette.INDIRECT, Palette.INDUCED);
  private static final Effect[] PARTS = {Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED};
  private static final Measure[] MEASURES = Figures.MEASURES;

  /** What the scenario file says about itself (documentation only). */
  public record ScenarioText(List<String> assumptions, List<String> sources) {
    public ScenarioText {
      assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  private final RunReport report;
  private final ScenarioResult result;
  private final ReportMeta meta;

  private RunPage(RunReport report) {
    this.report = report;
    this.result = report.result();
    this.meta = report.meta();
  }

  /**
   * The page of a run report: its regions, timeline (sections after the headline charts) and notes are the
   * report's, as the other formats write them.
   *
   * @param text what the scenario file says about itself
   * @param extra sections placed after the timeline (e.g. where the effect travels)
   */
  public static HtmlReport of(RunReport report, Provenance provenance, ScenarioText text,
      List<HtmlReport.Section> extra) {
    return new RunPage(report).build(provenance, text, extra);
  }

  private HtmlReport build(Provenance provenance, ScenarioText text, List<HtmlReport.Section> extra) {
    var info = meta.model();
    Impact total = result.total();
    List<HtmlReport.Section> sections = new ArrayList<>();
    String region = PageParts.region(meta);
    sections.add(HtmlReport.Section.table("headline", "Headline",
        "Annual effects in " + region + " of the whole scenario; jobs in persons, money in " + meta.currency()
            + " millions per year; losses are negative." + (total.type() == ModelType.TYPE_I
            ? " The model has no household data, so induced effects are not available (n/a)." : "")
            + (report.addsUpAsShown(total) ? "" : " " + RunReport.ROUNDING_FOOTNOTE),
        effectsTable("Impact", total)));
    if (result.hasKind(ShockKind.OFFSET)) {
      Table.Builder b = Table.builder("Gross and net", "Total effects: gross loss, offsets and net",
          moneyColumns(Column.text("")));
      addTotalRow(b, "Gross loss (closures and subcontractors)", result.grossLoss());
      addTotalRow(b, "Offsets (work taken up by regional firms)", result.of(EnumSet.of(ShockKind.OFFSET)));
      addTotalRow(b, "Total (net)", total);
      sections.add(HtmlReport.Section.table("gross-and-net", "Gross loss, offsets and net", "", b.build()));
    }
    sections.add(HtmlReport.Section.chart("jobs-by-shock", "Jobs by shock: direct, indirect and induced",
        "Each bar splits a shock's effect on jobs into the direct effect, the supply chain (indirect) and household "
            + "spending (induced); the number after a bar is its net total.", jobsByShock()));
    sections.add(HtmlReport.Section.chart("money-by-effect", "Labour income, value added and output",
        "The same split for the money measures of the whole scenario, in " + meta.currency()
            + " millions per year.", moneyByEffect()));
    report.timelineResult().ifPresent(t -> sections.addAll(TimelineSections.of(t, meta)));
    report.fiscal().ifPresent(f -> sections.addAll(DocumentPage.sections(f)));
    sections.addAll(extra);
    sections.add(topSectors());
    sections.add(HtmlReport.Section.table("by-shock", "Effects by shock", "Total effect of each shock.",
        byShock()));
    report.regions().ifPresent(r -> sections.add(HtmlReport.Section.table("by-region",
        "Effects by region", "Total effect in each region of the model"
            + (r.hasOutside() ? "; the last row is the effect outside the region the shocks hit." : "."),
        RegionTables.page(r, meta))));
    if (!text.assumptions().isEmpty() || !text.sources().isEmpty()) {
      List<String> bullets = new ArrayList<>();
      text.assumptions().forEach(a -> bullets.add("Assumption: " + a));
      text.sources().forEach(s -> bullets.add("Source: " + s));
      sections.add(HtmlReport.Section.bullets("scenario-assumptions", "Scenario assumptions and sources", "",
          bullets));
    }
    sections.addAll(PageParts.closing(meta, total.type(), report.notes(),
        MetadataTable.onPage(meta, provenance, total.type(), List.of())));
    List<String> subtitle = new ArrayList<>();
    if (!result.scenario().description().isBlank()) {
      subtitle.add(result.scenario().description().replace('\n', ' ').trim());
    }
    subtitle.add("Model " + info.name() + " (" + region + ", " + info.year() + "); Ripple " + meta.version() + ".");
    return new HtmlReport("Economic impact: " + result.scenario().name(), subtitle, sections,
        PageParts.footer(meta));
  }

  private Column[] moneyColumns(Column first) {
    return RunTables.withMeasuresInMillions(meta, first);
  }

  private Table effectsTable(String name, Impact impact) {
    Table.Builder b = Table.builder(name, "", moneyColumns(Column.text("Effect")));
    for (Effect e : Effect.values()) {
      Object[] row = new Object[5];
      row[0] = PageParts.effectName(e);
      for (int k = 0; k < 4; k++) {
        row[1 + k] = shown(MEASURES[k], impact.sum(MEASURES[k], e));
      }
      b.row(row);
    }
    return b.build();
  }

  private void addTotalRow(Table.Builder b, String label, Impact impact) {
    Object[] row = new Object[5];
    row[0] = label;
    for (int k = 0; k < 4; k++) {
      row[1 + k] = shown(MEASURES[k], impact.sum(MEASURES[k], Effect.TOTAL));
    }
    b.row(row);
  }

  /** Jobs in persons, money in millions of currency units. */
  private double shown(Measure m, double modelValue) {
    return PageParts.shown(meta, m, modelValue);
  }

  private org.ripple.cli.output.chart.Scene jobsByShock() {
    Measure key = result.total().available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    List<String> cats = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (ShockResult s : result.shocks()) {
      cats.add(s.name());
      rows.add(parts(s.impact(), key, -1));
    }
    cats.add("Total (net)");
    rows.add(parts(result.total(), key, -1));
    String unit = key == Measure.JOBS ? "jobs (persons)" : "output (" + meta.currency() + " millions per year)";
    return StackedBarChart.of(key == Measure.JOBS ? "Jobs by shock" : "Output by shock (no employment data)", unit,
        cats, EFFECTS, rows.toArray(new double[0][]), EFFECT_COLOURS, v -> fmt(key, v));
  }

  private double[] parts(Impact impact, Measure m, int sector) {
    double[] v = new double[3];
    for (int k = 0; k < 3; k++) {
      double part = sector < 0 ? impact.sum(m, PARTS[k]) : impact.value(m, PARTS[k], sector);
      v[k] = PageParts.orZero(shown(m, part));
    }
    return v;
  }

  private static String fmt(Measure m, double v) {
    return m == Measure.JOBS ? Fmt.grouped(v, 0) : Fmt.grouped(v, 1);
  }

  private org.ripple.cli.output.chart.Scene moneyByEffect() {
    List<String> cats = List.of("Labour income", "Value added", "Output");
    double[][] rows = new double[3][];
    for (int k = 0; k < 3; k++) {
      rows[k] = parts(result.total(), MEASURES[k + 1], -1);
    }
    return StackedBarChart.of("Money effects", meta.currency() + " millions per year", cats, EFFECTS, rows,
        EFFECT_COLOURS, v -> Fmt.grouped(v, 1));
  }

  private HtmlReport.Section topSectors() {
    Impact total = result.total();
    Measure key = total.available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    SectorIndex index = result.system().model().sectors();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      if (total.value(key, Effect.TOTAL, i) < 0) {
        order.add(i);
      }
    }
    order.sort((a, b) -> {
      int c = Double.compare(total.value(key, Effect.TOTAL, a), total.value(key, Effect.TOTAL, b));
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Integer> top = order.subList(0, Math.min(10, order.size()));
    String what = key == Measure.JOBS ? "jobs" : "output (the model has no employment data)";
    if (top.isEmpty()) {
      return HtmlReport.Section.bullets("top-sectors", "Top 10 sectors by " + what + " lost",
          "No sector loses " + (key == Measure.JOBS ? "jobs" : "output") + " in this scenario.", List.of());
    }
    List<String> cats = new ArrayList<>();
    double[][] rows = new double[top.size()][];
    Table.Builder b = Table.builder("Top sectors", "", Column.text("Code"), Column.text("Sector"),
        key == Measure.JOBS ? Column.jobs("Direct (persons)") : Column.millions("Direct (M)"),
        key == Measure.JOBS ? Column.jobs("Indirect") : Column.millions("Indirect"),
        key == Measure.JOBS ? Column.jobs("Induced") : Column.millions("Induced"),
        key == Measure.JOBS ? Column.jobs("Total") : Column.millions("Total"));
    for (int k = 0; k < top.size(); k++) {
      int i = top.get(k);
      String label = index.at(i).code() + " " + index.at(i).name();
      cats.add(label);
      rows[k] = parts(total, key, i);
      b.row(index.at(i).code(), index.at(i).name(), shown(key, total.value(key, Effect.DIRECT, i)),
          shown(key, total.value(key, Effect.INDIRECT, i)), shown(key, total.value(key, Effect.INDUCED, i)),
          shown(key, total.value(key, Effect.TOTAL, i)));
    }
    String unit = key == Measure.JOBS ? "jobs (persons)" : "output (" + meta.currency() + " millions per year)";
    var chart = StackedBarChart.of("Top " + top.size() + " sectors by " + (key == Measure.JOBS ? "jobs" : "output")
        + " lost", unit, cats, EFFECTS, rows, EFFECT_COLOURS, v -> fmt(key, v));
    return new HtmlReport.Section("top-sectors", "Top 10 sectors by " + what + " lost",
        "Where the losses land: the sectors with the largest net loss, split into direct, indirect and induced.",
        chart, b.build(), List.of());
  }

  private Table byShock() {
    Table.Builder b = Table.builder("By shock", "", Column.text("Kind"), Column.text("Name"), Column.text("Sector"),
        Column.jobs("Jobs (persons)"), Column.millions("Labour income (" + meta.currency() + " M)"),
        Column.millions("Value added (" + meta.currency() + " M)"),
        Column.millions("Output (" + meta.currency() + " M)"));
    for (ShockResult s : result.shocks()) {
      Object[] row = new Object[7];
      row[0] = s.kind().key().replace('_', ' ');
      row[1] = s.name();
      row[2] = s.sector();
      for (int k = 0; k < 4; k++) {
        row[3 + k] = shown(MEASURES[k], s.impact().sum(MEASURES[k], Effect.TOTAL));
      }
      b.row(row);
    }
    return b.build();
  }
}

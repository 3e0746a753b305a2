package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ripple.cli.output.Document;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.StackedBarChart;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
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
 * The HTML report of one scenario run, its tables the sections of the run's {@link Document} that the page shows
 * (those in the page's own shape built here, in page units: {@link #headline}, {@link #tail}, {@link #provenance}):
 * headline table, stacked bars of direct / indirect / induced effects (jobs by shock, money by measure), the
 * timeline (line chart and period table) when the scenario has a horizon, the fiscal account, the top 10 sectors by
 * jobs lost, effects by shock and (multi-regional models) by region, the scenario's and the model's assumptions and
 * sources, the notes, and where the figures come from. Money in millions of the currency per year, jobs in persons,
 * losses negative.
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

  static final String TOP_SECTORS = "top-sectors";

  private final RunReport report;
  private final ScenarioResult result;
  private final ReportMeta meta;

  private RunPage(RunReport report) {
    this.report = report;
    this.result = report.result();
    this.meta = report.meta();
  }

  /**
   * The page of a run report: the sections of its document the page shows, in the document's order (so a section
   * added to the document is on the page), with the page's charts built from the same figures, the scenario's own
   * text and the model's assumptions and sources.
   *
   * @param text what the scenario file says about itself
   * @param extra sections placed after the timeline and the fiscal account (e.g. where the effect travels)
   */
  public static HtmlReport of(RunReport report, ScenarioText text, List<HtmlReport.Section> extra) {
    return new RunPage(report).build(text, extra);
  }

  /** The headline table (and, with offsets, the gross loss, offsets and net): sections only the page shows. */
  public static List<Document.Section> headline(RunReport report) {
    RunPage p = new RunPage(report);
    Impact total = p.result.total();
    List<Document.Section> sections = new ArrayList<>();
    sections.add(Document.TableSection.pageOnly(p.effectsTable("Impact", total), new Document.Page("headline",
        "Headline", "Annual effects in " + PageParts.region(p.meta) + " of the whole scenario; jobs in persons, money "
            + "in " + p.meta.currency() + " millions per year; losses are negative." + (total.type() == ModelType.TYPE_I
            ? " The model has no household data, so induced effects are not available (n/a)." : "")
            + (report.addsUpAsShown(total) ? "" : " " + RunReport.ROUNDING_FOOTNOTE))));
    if (p.result.hasKind(ShockKind.OFFSET)) {
      Table.Builder b = Table.builder("Gross and net", "Total effects: gross loss, offsets and net",
          p.moneyColumns(Column.text("")));
      p.addTotalRow(b, "Gross loss (closures and subcontractors)", p.result.grossLoss());
      p.addTotalRow(b, "Offsets (work taken up by regional firms)", p.result.of(EnumSet.of(ShockKind.OFFSET)));
      p.addTotalRow(b, "Total (net)", total);
      sections.add(Document.TableSection.pageOnly(b.build(), new Document.Page("gross-and-net",
          "Gross loss, offsets and net", "")));
    }
    return sections;
  }

  /** The top 10 sectors by loss, the effects by shock and (multi-regional models) by region: the page's tables. */
  public static List<Document.Section> tail(RunReport report) {
    RunPage p = new RunPage(report);
    List<Document.Section> sections = new ArrayList<>();
    sections.add(p.topSectors());
    sections.add(Document.TableSection.pageOnly(p.byShock(), new Document.Page("by-shock", "Effects by shock",
        "Total effect of each shock.")));
    report.regions().ifPresent(r -> sections.add(Document.TableSection.pageOnly(RegionTables.page(r, p.meta),
        new Document.Page("by-region", "Effects by region", "Total effect in each region of the model"
            + (r.hasOutside() ? "; the last row is the effect outside the region the shocks hit." : ".")))));
    return sections;
  }

  /** Where the figures come from, the page's last section. */
  public static Document.TableSection provenance(RunReport report) {
    return Document.TableSection.pageOnly(MetadataTable.onPage(report.meta(), report.provenance(),
        report.result().total().type(), List.of()), new Document.Page("provenance", "Where these figures come from",
        ""));
  }

  private HtmlReport build(ScenarioText text, List<HtmlReport.Section> extra) {
    var info = meta.model();
    String region = PageParts.region(meta);
    List<HtmlReport.Section> charts = List.of(HtmlReport.Section.chart("jobs-by-shock",
        "Jobs by shock: direct, indirect and induced", "Each bar splits a shock's effect on jobs into the direct "
            + "effect, the supply chain (indirect) and household spending (induced); the number after a bar is its "
            + "net total.", jobsByShock()), HtmlReport.Section.chart("money-by-effect",
        "Labour income, value added and output", "The same split for the money measures of the whole scenario, in "
            + meta.currency() + " millions per year.", moneyByEffect()));
    List<HtmlReport.Section> closing = new ArrayList<>();
    if (!text.assumptions().isEmpty() || !text.sources().isEmpty()) {
      List<String> bullets = new ArrayList<>();
      text.assumptions().forEach(a -> bullets.add("Assumption: " + a));
      text.sources().forEach(s -> bullets.add("Source: " + s));
      closing.add(HtmlReport.Section.bullets("scenario-assumptions", "Scenario assumptions and sources", "",
          bullets));
    }
    closing.addAll(PageParts.model(meta, result.total().type()));
    List<HtmlReport.Section> sections = new ArrayList<>();
    boolean chartsShown = false;
    boolean extraShown = false;
    boolean closingShown = false;
    for (HtmlReport.Section s : DocumentPage.sections(report.pageDocument())) {
      if (!chartsShown && !s.id().equals("headline") && !s.id().equals("gross-and-net")) {
        sections.addAll(charts);
        chartsShown = true;
      }
      if (s.id().equals(TimelineSections.TABLE_ID)) {
        report.timelineResult().ifPresent(t -> sections.add(TimelineSections.chart(t)));
      }
      if (!extraShown && s.id().equals(TOP_SECTORS)) {
        sections.addAll(extra);
        extraShown = true;
      }
      if (!closingShown && (s.id().equals("notes") || s.id().equals("provenance"))) {
        sections.addAll(closing);
        closingShown = true;
      }
      sections.add(s.id().equals(TOP_SECTORS) && s.table() != null
          ? new HtmlReport.Section(s.id(), s.heading(), s.paragraph(), topSectorsChart(), s.table(), s.bullets())
          : s);
    }
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

  /** The measure the page ranks sectors by: jobs, or output when the model has no employment. */
  private Measure key() {
    return result.total().available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
  }

  /** The (at most 10) sectors with the largest net loss of the key measure, largest first. */
  private List<Integer> top() {
    Impact total = result.total();
    Measure key = key();
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
    return order.subList(0, Math.min(10, order.size()));
  }

  private Document.TableSection topSectors() {
    Impact total = result.total();
    Measure key = key();
    SectorIndex index = result.system().model().sectors();
    List<Integer> top = top();
    String what = key == Measure.JOBS ? "jobs" : "output (the model has no employment data)";
    Table.Builder b = Table.builder("Top sectors", "", Column.text("Code"), Column.text("Sector"),
        key == Measure.JOBS ? Column.jobs("Direct (persons)") : Column.millions("Direct (M)"),
        key == Measure.JOBS ? Column.jobs("Indirect") : Column.millions("Indirect"),
        key == Measure.JOBS ? Column.jobs("Induced") : Column.millions("Induced"),
        key == Measure.JOBS ? Column.jobs("Total") : Column.millions("Total"));
    for (int i : top) {
      b.row(index.at(i).code(), index.at(i).name(), shown(key, total.value(key, Effect.DIRECT, i)),
          shown(key, total.value(key, Effect.INDIRECT, i)), shown(key, total.value(key, Effect.INDUCED, i)),
          shown(key, total.value(key, Effect.TOTAL, i)));
    }
    return Document.TableSection.pageOnly(b.build(), new Document.Page(TOP_SECTORS, "Top 10 sectors by " + what
        + " lost", top.isEmpty() ? "No sector loses " + (key == Measure.JOBS ? "jobs" : "output") + " in this "
        + "scenario." : "Where the losses land: the sectors with the largest net loss, split into direct, indirect "
        + "and induced."));
  }

  private org.ripple.cli.output.chart.Scene topSectorsChart() {
    Measure key = key();
    SectorIndex index = result.system().model().sectors();
    List<Integer> top = top();
    List<String> cats = new ArrayList<>();
    double[][] rows = new double[top.size()][];
    for (int k = 0; k < top.size(); k++) {
      int i = top.get(k);
      cats.add(index.at(i).code() + " " + index.at(i).name());
      rows[k] = parts(result.total(), key, i);
    }
    String unit = key == Measure.JOBS ? "jobs (persons)" : "output (" + meta.currency() + " millions per year)";
    return StackedBarChart.of("Top " + top.size() + " sectors by " + (key == Measure.JOBS ? "jobs" : "output")
        + " lost", unit, cats, EFFECTS, rows, EFFECT_COLOURS, v -> fmt(key, v));
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

package org.ripple.cli.output.html;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.Document;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.chart.GroupedBarChart;
import org.ripple.cli.output.chart.Palette;
import org.ripple.cli.output.chart.Scene;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;
import org.ripple.core.sweep.Sweep.Variant;

/**
 * The HTML report of a comparison ({@code ripple report A.yaml B.yaml ...}): grouped bars of jobs by effect (one group
 * per effect, one bar per scenario) and of the money measures' total effect, then the page sections of the
 * comparison's document: the figures, their differences from the first scenario (the baseline) and their shares of
 * the regional totals ({@link #tables}, in the document), the model's assumptions and sources, and where the figures
 * come from. Same numbers as {@code ripple compare}; money in millions of the currency per year.
 */
public final class ComparePage {
  private static final Measure[] MONEY = Figures.MONEY;
  private static final Measure[] MEASURES = Figures.MEASURES;

  private final List<Variant> columns;
  private final ReportMeta meta;
  private final Model model;

  private ComparePage(List<Variant> columns, ReportMeta meta) {
    this.columns = List.copyOf(columns);
    this.meta = meta;
    this.model = columns.get(0).result().system().model();
  }

  /**
   * The page of a comparison: the sections of its report's document that the page shows (the tables of
   * {@link #tables}, and any other section the document gives every format), the grouped bars before them, the
   * model's assumptions, sources and the notes before the provenance.
   *
   * @param document the comparison's document ({@link org.ripple.cli.output.CompareReport#document})
   * @param columns the scenarios, the first is the baseline, all on one model
   * @param modelNotes the model's notes, may be empty
   */
  public static HtmlReport of(Document document, List<Variant> columns, ReportMeta meta, List<String> modelNotes) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    return new ComparePage(columns, meta).build(document, modelNotes);
  }

  /**
   * The page's figure tables of a comparison, sections of its document only the page shows: jobs and money by
   * effect (in millions) with their differences from the baseline, and the shares of the regional totals.
   */
  public static List<Document.Section> tables(List<Variant> columns, ReportMeta meta) {
    ComparePage p = new ComparePage(columns, meta);
    String region = PageParts.region(meta);
    String base = columns.get(0).name();
    String diff = columns.size() > 1 ? " The columns after the scenarios are each scenario minus the baseline ("
        + base + "); a negative difference is a larger loss." : "";
    Table jobsTable = p.figures(new Measure[] {Measure.JOBS});
    Table moneyTable = p.figures(MONEY);
    int effects = Effect.values().length; // each block: direct, indirect, induced, then their total
    return List.of(Document.TableSection.pageOnly(jobsTable, new Document.Page("compare-jobs-table", "Jobs",
            "Persons; n/a where the model cannot give a figure." + diff + PageParts.roundingNote(jobsTable,
                effects))),
        Document.TableSection.pageOnly(moneyTable, new Document.Page("compare-money-table", "Money",
            meta.currency() + " millions per year." + diff + PageParts.roundingNote(moneyTable, effects))),
        Document.TableSection.pageOnly(p.shares(), new Document.Page("compare-shares",
            "As a share of the regional total", "Total effect as a percentage of " + region + "'s total of the "
                + "measure in the model (jobs: total employment).")));
  }

  /**
   * The page's last table, "Where these figures come from", a section of the comparison's document only the page
   * shows; the page puts the model's assumptions, sources and notes before it.
   *
   * @param files one line per input file (its name and SHA-256)
   */
  public static Document.Section provenance(List<Variant> columns, ReportMeta meta, List<String> files) {
    return Document.TableSection.pageOnly(MetadataTable.onPage(meta, Provenance.NONE, columns.get(0).total().type(),
        files), new Document.Page(PROVENANCE, "Where these figures come from", ""));
  }

  /** The id of the provenance section, before which the page puts the model's assumptions, sources and notes. */
  private static final String PROVENANCE = "provenance";

  private List<String> names() {
    return columns.stream().map(Variant::name).toList();
  }

  private List<String> colours() {
    List<String> c = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      c.add(Palette.series(k));
    }
    return c;
  }

  private double shown(int c, Measure m, Effect e) {
    Impact i = columns.get(c).total();
    if (!i.available(m, e)) {
      return Double.NaN;
    }
    return PageParts.shown(meta, m, i.sum(m, e));
  }

  private HtmlReport build(Document document, List<String> modelNotes) {
    var info = meta.model();
    String region = PageParts.region(meta);
    String base = columns.get(0).name();
    List<HtmlReport.Section> sections = new ArrayList<>();
    Measure key = columns.get(0).total().available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    List<String> groups = new ArrayList<>();
    double[][] jobs = new double[Effect.values().length][];
    for (Effect e : Effect.values()) {
      groups.add(PageParts.effectName(e));
      double[] row = new double[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        row[c] = PageParts.orZero(shown(c, key, e));
      }
      jobs[e.ordinal()] = row;
    }
    String unit = key == Measure.JOBS ? "jobs (persons)" : "output (" + meta.currency() + " millions per year)";
    Scene jobsChart = GroupedBarChart.of(key == Measure.JOBS ? "Jobs by effect" : "Output by effect (no employment "
        + "data)", unit, groups, names(), jobs, colours(), v -> Fmt.grouped(v, key == Measure.JOBS ? 0 : 1));
    sections.add(HtmlReport.Section.chart("compare-jobs", (key == Measure.JOBS ? "Jobs" : "Output")
        + ": direct, indirect, induced and total", "Annual effects in " + region + ", one bar per scenario; "
        + "losses are negative. Baseline: " + base + ".", jobsChart));
    double[][] money = new double[MONEY.length][];
    for (int k = 0; k < MONEY.length; k++) {
      double[] row = new double[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        row[c] = PageParts.orZero(shown(c, MONEY[k], Effect.TOTAL));
      }
      money[k] = row;
    }
    Scene moneyChart = GroupedBarChart.of("Total effect on the money measures", meta.currency()
        + " millions per year", List.of("Labour income", "Value added", "Output"), names(), money, colours(),
        v -> Fmt.grouped(v, 1));
    sections.add(HtmlReport.Section.chart("compare-money", "Labour income, value added and output",
        "Total effect (direct, indirect and induced) of each scenario, in " + meta.currency()
            + " millions per year.", moneyChart));
    List<String> notes = new ArrayList<>(modelNotes);
    for (Variant v : columns) {
      v.result().notes().forEach(n -> notes.add(v.name() + ": " + n));
    }
    List<HtmlReport.Section> closing = new ArrayList<>(PageParts.model(meta, columns.get(0).total().type()));
    if (!notes.isEmpty()) {
      closing.add(HtmlReport.Section.bullets("notes", "Notes", "", notes));
    }
    for (HtmlReport.Section s : DocumentPage.sections(document)) {
      if (s.id().equals(PROVENANCE)) {
        sections.addAll(closing);
      }
      sections.add(s);
    }
    List<String> subtitle = List.of("Baseline: " + base + ". Model " + info.name() + " (" + region + ", "
        + info.year() + "); Ripple " + meta.version() + ".");
    return new HtmlReport("Comparison: " + String.join(", ", names()), subtitle, sections,
        PageParts.footer(meta));
  }

  /** Rows measure x effect; a column per scenario, then one per scenario after the baseline (the difference). */
  private Table figures(Measure[] measures) {
    boolean jobs = measures[0] == Measure.JOBS;
    List<Column> cols = new ArrayList<>(List.of(Column.text(jobs ? "Effect" : "Measure")));
    for (Variant v : columns) {
      cols.add(jobs ? Column.jobs(v.name()) : Column.millions(v.name()));
    }
    for (int c = 1; c < columns.size(); c++) {
      String h = columns.get(c).name() + " minus " + columns.get(0).name();
      cols.add(jobs ? Column.jobs(h) : Column.millions(h));
    }
    Table.Builder b = Table.builder(jobs ? "Jobs" : "Money", "", cols.toArray(new Column[0]));
    for (Measure m : measures) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[cols.size()];
        row[0] = jobs ? PageParts.effectName(e) : PageParts.effectName(e) + " " + m.key().replace('_', ' ');
        for (int c = 0; c < columns.size(); c++) {
          row[1 + c] = shown(c, m, e);
          if (c > 0) {
            row[columns.size() + c] = shown(c, m, e) - shown(0, m, e);
          }
        }
        b.row(row);
      }
    }
    return b.build();
  }

  private Table shares() {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Measure")));
    for (Variant v : columns) {
      cols.add(Column.ratio(v.name() + " (%)"));
    }
    Table.Builder b = Table.builder("Shares", "", cols.toArray(new Column[0]));
    for (Measure m : MEASURES) {
      Object[] row = new Object[cols.size()];
      row[0] = "Total " + m.key().replace('_', ' ');
      double total = model.has(m) ? model.total(m) : Double.NaN;
      for (int c = 0; c < columns.size(); c++) {
        Impact i = columns.get(c).total();
        row[1 + c] = i.available(m, Effect.TOTAL) && total > 0 ? 100 * i.sum(m, Effect.TOTAL) / total
            : Double.NaN;
      }
      b.row(row);
    }
    return b.build();
  }
}

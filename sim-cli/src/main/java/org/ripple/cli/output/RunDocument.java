package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ripple.cli.output.html.RunPage;
import org.ripple.cli.output.html.TimelineSections;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.RegionTables;
import org.ripple.cli.output.tables.RunTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.cli.output.tables.TimelineTable;
import org.ripple.cli.output.tables.UncertaintyTable;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.RegionBreakdown;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * The run report's {@link Document}, built once from its {@link RunReport}. Where the formats have long shown the
 * same figures in different shapes, each shape is a section marked for the formats that show it, all from the
 * report's one set of figures ({@link RunReport#value}, the result's {@code RegionBreakdown}, the timeline):
 *
 * <ul>
 *   <li>terminal: the banner (the preamble), Impact (Gross loss, Offsets), Uncertainty, By shock, By region, Largest
 *       sector effects, Timeline ({@link RunTerminal}, {@link TimelineParts}), Fiscal, Notes;
 *   <li>CSV: the one long table ({@link RunRows}), then the fiscal tables;
 *   <li>JSON: the head (version, scenario, model, units, summary, gross_loss, offsets), fiscal, uncertainty, sectors,
 *       regions, shocks, horizon, timeline, cumulative, notes;
 *   <li>workbook: Summary, By sector, By shock, By region, Timeline, Uncertainty, Fiscal, Metadata;
 *   <li>page: Headline, Gross loss, offsets and net, the timeline's table, Fiscal, the top 10 sectors, Effects by
 *       shock, Effects by region ({@link RunPage}), Notes, where the figures come from.
 * </ul>
 *
 * A writer of one format gets the document of that format's shapes only ({@link #of(RunReport, Set)}); the
 * sections, their order and their content are the same. A section every format shows alike (made by {@link Document.TableSection#of}, added by
 * {@link RunReport#withSection}) is added once, before the notes, and appears in all.
 */
final class RunDocument {
  private RunDocument() {}

  /** The shapes of the run's figures, one a format: which the document being built carries. */
  enum Shown {
    TERMINAL, CSV, JSON, WORKBOOK, PAGE
  }

  /** The document with every shape, for every writer. */
  static Document of(RunReport report) {
    return of(report, EnumSet.allOf(Shown.class));
  }

  /**
   * The document with the shapes of {@code shown} only (and the sections added to the report): what one writer
   * writes is then all that is built, so that a table of 200,000 sectors is not made five times over for one format.
   */
  static Document of(RunReport report, Set<Shown> shown) {
    boolean terminal = shown.contains(Shown.TERMINAL);
    boolean csv = shown.contains(Shown.CSV);
    boolean json = shown.contains(Shown.JSON);
    boolean book = shown.contains(Shown.WORKBOOK);
    boolean page = shown.contains(Shown.PAGE);
    ScenarioResult result = report.result();
    ReportMeta meta = report.meta();
    Impact total = result.total();
    List<Document.Section> s = new ArrayList<>();
    // with draws and a horizon, the measures' bands period by period: JSON's uncertainty.by_period, a table elsewhere
    Table periodBands = report.uncertainty() == null || report.bands().periods() == null ? null
        : report.timelineResult().map(t -> TimelineParts.bands(t, report.bands().periods(),
            report.uncertainty().draws(), meta)).orElse(null);
    if (csv) {
      s.add(Document.TableSection.csvOnly(RunRows.of(report)));
    }
    if (terminal) {
      s.add(RunTerminal.impact(report, "Impact", "Impact", total, true));
      if (report.hasOffsets()) {
        s.add(RunTerminal.impact(report, "Gross loss", "Gross loss (closures and subcontractors)",
            result.grossLoss(), false));
        s.add(RunTerminal.impact(report, "Offsets", "Offsets", report.offsets(), false));
      }
    }
    if (page) {
      s.addAll(RunPage.headline(report));
    }
    if (book) {
      s.add(Document.TableSection.workbookOnly(RunTables.summary(result, meta)));
    }
    if (json) {
      report.fiscal().ifPresent(f -> s.add(Document.Embedded.json("fiscal", f)));
    }
    if (report.uncertainty() != null) {
      if (terminal) {
        s.addAll(RunTerminal.uncertainty(report, report.uncertainty()));
      }
      if (json) {
        s.add(Document.Embedded.json("uncertainty", uncertainty(report, report.uncertainty(), periodBands)));
      }
    }
    if (json) {
      s.add(Document.TableSection.jsonOnly(sectors(report), "sectors"));
      report.regions().ifPresent(r -> s.add(Document.TableSection.jsonOnly(regions(r, meta), "regions")));
    }
    if (book) {
      s.add(Document.TableSection.workbookOnly(RunTables.bySector(result, meta)));
    }
    if (json || terminal) {
      s.add(new Document.TableSection(shocks(report), json ? "shocks" : "", false, terminal ? RunTerminal.byShock(meta,
          SHOCK_LABEL, SHOCK_TOTAL) : null, false, Document.JsonGroup.NONE, null));
    }
    if (book) {
      s.add(Document.TableSection.workbookOnly(RunTables.byShock(result, meta)));
    }
    report.regions().ifPresent(r -> {
      if (terminal) {
        s.add(RunTerminal.byRegion(r, meta));
      }
      if (book) {
        s.add(Document.TableSection.workbookOnly(RegionTables.sheet(r, meta)));
      }
    });
    if (terminal) {
      s.add(RunTerminal.largestSectors(report));
    }
    List<String> first = new ArrayList<>(report.extraNotes());
    report.timelineResult().ifPresent(t -> {
      if (terminal) {
        s.add(TimelineParts.terminal(t, meta));
      }
      if (json) {
        s.addAll(TimelineParts.json(t, meta, report.fiscalAccount()
            .filter(a -> a.available() && a.hasPeriods() && a.periods().size() == t.periods().size())
            .map(a -> org.ripple.core.fiscal.FiscalTables.byPeriod(a, Effect.TOTAL)).orElse(null)));
      }
      if (book) {
        s.add(Document.TableSection.workbookOnly(TimelineTable.of(t, meta)));
      }
      if (page) {
        s.add(TimelineSections.table(t, meta));
      }
      if (periodBands != null && (terminal || csv || book || page)) {
        for (Document.Section b : TimelineParts.bandsSections(periodBands,
            report.uncertainty().draws(), t, meta)) {
          if (b instanceof Document.TableSection ts && (ts.page() != null ? page : terminal || csv || book)) {
            s.add(b);
          }
        }
      }
      first.addAll(t.notes());
    });
    if (report.uncertainty() != null && (book || page)) {
      // the workbook's sheet, and the page's table of the headline bands
      s.add(Document.TableSection.sheetOnly(UncertaintyTable.of(report.uncertainty(), meta,
          report.hasOffsets())));
    }
    List<String> sheetNotes = RunTables.notes(first, result);
    report.fiscal().ifPresent(f -> {
      if (terminal || csv || book || page) {
        s.add(Document.Embedded.others(f));
      }
      for (Document.Section section : f.sections()) {
        if (section instanceof Document.NotesSection n) {
          n.lines().forEach(line -> sheetNotes.add("fiscal: " + line));
        }
      }
    });
    if (page) {
      s.addAll(RunPage.tail(report));
    }
    s.addAll(report.addedSections());
    if (terminal || page) {
      s.add(new Document.NotesSection("Notes", null, report.notes(), true));
    }
    if (json) {
      List<String> jsonNotes = new ArrayList<>(report.extraNotes());
      jsonNotes.addAll(result.notes());
      s.add(Document.Embedded.json("", new Document("Notes", List.of(), List.of(),
          List.of(new Document.NotesSection("Notes", "notes", jsonNotes)))));
    }
    if (book) {
      s.add(Document.TableSection.workbookOnly(MetadataTable.of(meta, report.provenance(), total.type(),
          sheetNotes)));
    }
    if (page) {
      s.add(RunPage.provenance(report));
    }
    return new Document("Ripple: " + result.scenario().name(), banner(report), head(report), s);
  }

  /** The terminal's lines above the tables: the scenario, its description, the model, the units. */
  private static List<String> banner(RunReport report) {
    ScenarioResult result = report.result();
    var info = report.meta().model();
    ModelType type = result.total().type();
    List<String> lines = new ArrayList<>(List.of("Scenario: " + result.scenario().name()));
    if (!result.scenario().description().isBlank()) {
      for (String line : RunTerminal.wrap(oneLine(result.scenario().description()), 100)) {
        lines.add("  " + line);
      }
    }
    lines.add("Model:    " + info.name() + " - " + info.title() + " (" + info.year() + ", Type " + type.suffix()
        + (type == ModelType.TYPE_I ? ", no household data: induced n/a" : "") + ")");
    lines.add("Units:    jobs in persons; money in " + report.meta().currency() + " millions per year; losses "
        + "negative");
    lines.add("");
    return lines;
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').trim();
  }

  /** What the JSON document opens with: version, scenario, model, units, the net impact (gross loss, offsets). */
  private static List<JsonField> head(RunReport report) {
    ScenarioResult result = report.result();
    ReportMeta meta = report.meta();
    List<JsonField> scenario = new ArrayList<>(List.of(JsonField.text("name", result.scenario().name()),
        JsonField.text("description", result.scenario().description())));
    if (meta.scenarioFile() != null) {
      scenario.add(JsonField.text("file", meta.scenarioFile()));
    }
    List<JsonField> head = new ArrayList<>(List.of(JsonField.text("ripple_version", meta.version()),
        JsonField.object("scenario", scenario), JsonDocument.modelField(meta, result.total().type()),
        JsonDocument.effectUnitsField(meta), effects(report, "summary", result.total())));
    if (report.hasOffsets()) {
      head.add(effects(report, "gross_loss", result.grossLoss()));
      head.add(effects(report, "offsets", report.offsets()));
    }
    return head;
  }

  private static JsonField effects(RunReport report, String key, Impact impact) {
    return JsonDocument.effectsField(key, Measure.JOBS.key(), (e, m) -> report.value(impact, m, e, -1));
  }

  /** JSON's uncertainty: draws, seed, the uncertain inputs, the model's uncertainty, each block's statistics. */
  private static Document uncertainty(RunReport report, Uncertainty u, Table periodBands) {
    ReportMeta meta = report.meta();
    Table.Builder inputs = Table.builder("Uncertain inputs", "", Column.text("Field").keyed("field"),
        Column.text("Distribution").keyed("distribution"), Column.ratio("Mean").keyed("mean"));
    for (UncertainInput in : u.inputs()) {
      inputs.row(in.field(), in.distribution().describe(), in.distribution().mean());
    }
    List<JsonField> after = new ArrayList<>();
    after.add(JsonField.object("model_uncertainty", List.of(
        new JsonField("coefficient_sigma", u.model().coefficientSigma()),
        JsonField.text("per", u.model().scope().key()),
        new JsonField("household_share_sigma", u.model().householdSigma()))));
    for (Headline.Block b : report.uncertaintyBlocks()) {
      List<JsonField> effects = new ArrayList<>();
      for (Effect e : Effect.values()) {
        List<JsonField> measures = new ArrayList<>();
        for (Measure m : Figures.MEASURES) {
          Summary sum = u.summary(b, e, m);
          if (!sum.available()) {
            measures.add(JsonField.nothing(m.key()));
            continue;
          }
          List<JsonField> stats = new ArrayList<>();
          for (Uncertainty.Stat st : Uncertainty.Stat.values()) {
            stats.add(new JsonField(st.key, st.of(sum) * meta.scale(m)));
          }
          measures.add(JsonField.object(m.key(), stats));
        }
        effects.add(JsonField.object(e.key(), measures));
      }
      after.add(JsonField.object(b.key(), effects));
    }
    return new Document("Uncertainty", List.of(), List.of(new JsonField("draws", u.draws()),
        new JsonField("seed", u.seed()), JsonField.text("percentiles", "nearest rank")),
        periodBands == null ? List.of(Document.TableSection.jsonOnly(inputs.build(), "inputs"),
            Document.Embedded.fields(after))
            : List.of(Document.TableSection.jsonOnly(inputs.build(), "inputs"), Document.Embedded.fields(after),
                Document.TableSection.jsonOnly(periodBands, "by_period")));
  }

  /** JSON's sectors: code, name and the effects of the run in each sector. */
  private static Table sectors(RunReport report) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Code").keyed("code"), Column.text("Name").keyed("name")));
    cols.addAll(Figures.effectColumns(""));
    Table.Builder b = Table.builder("Sectors", "", cols.toArray(new Column[0]));
    SectorIndex index = report.sectors();
    Impact total = report.result().total();
    Effect[] effects = Effect.values();
    int measures = Figures.MEASURES.length;
    // made as JSON writes them, from the impact's arrays: the cells Figures.addEffects orders, effect by effect
    b.rows(index.size(), new Table.RowSource() {
      @Override
      public Object text(int r, int c) {
        return c == 0 ? index.at(r).code() : index.at(r).name();
      }

      @Override
      public double number(int r, int c) {
        return report.value(total, Figures.MEASURES[(c - 2) % measures], effects[(c - 2) / measures], r);
      }
    });
    return b.build();
  }

  /** JSON's regions: code, name and the effects of the run in each region. */
  private static Table regions(RegionBreakdown r, ReportMeta meta) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Code").keyed("code"), Column.text("Name").keyed("name")));
    cols.addAll(Figures.effectColumns(""));
    Table.Builder b = Table.builder("Regions", "", cols.toArray(new Column[0]));
    for (int k = 0; k < r.size(); k++) {
      int region = k;
      List<Object> row = new ArrayList<>(List.of(r.region(k).code(), r.region(k).name()));
      Figures.addEffects(row, (e, m) -> r.value(m, e, region) * meta.scale(m));
      b.row(row.toArray());
    }
    return b.build();
  }

  /** The shocks' table: the terminal's label column and its first total column. */
  private static final int SHOCK_LABEL = 3 + 16 + 1;
  private static final int SHOCK_TOTAL = 3 + 12;

  /**
   * The shocks: kind, name, sector, the effects of each (JSON's {@code summary}), its notes, the label the terminal
   * shows ({@code kind: name}, which JSON leaves out) and, with an available fiscal account, the shock's fiscal
   * figures (JSON's {@code fiscal}); the terminal shows the total effect.
   */
  private static Table shocks(RunReport report) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Kind").keyed("kind"), Column.text("Name").keyed("name"),
        Column.text("Sector").keyed("sector")));
    cols.addAll(Figures.effectColumns("summary"));
    cols.add(Column.text("Notes").keyed("notes"));
    cols.add(Column.text("Shock").json(Column.Json.NONE));
    List<ShockResult> shocks = report.result().shocks();
    org.ripple.core.fiscal.FiscalTable fiscal = report.fiscalAccount()
        .filter(a -> a.available() && a.shocks().size() == shocks.size())
        .map(a -> org.ripple.core.fiscal.FiscalTables.byShock(a, Effect.TOTAL)).orElse(null);
    if (fiscal != null) {
      cols.addAll(FiscalSection.entryColumns(fiscal)); // JSON only: the terminal shows the columns before them
    }
    Table.Builder b = Table.builder("Shocks", "", cols.toArray(new Column[0]));
    for (int k = 0; k < shocks.size(); k++) {
      ShockResult shock = shocks.get(k);
      List<Object> row = new ArrayList<>(List.of(shock.kind().key(), shock.name(), shock.sector()));
      Figures.addEffects(row, (e, m) -> report.value(shock.impact(), m, e, -1));
      row.add(shock.notes());
      row.add(shock.kind().key().replace('_', ' ') + ": " + shock.name());
      if (fiscal != null) {
        FiscalSection.addEntryCells(row, fiscal, k);
      }
      b.row(row.toArray());
    }
    return b.build();
  }
}

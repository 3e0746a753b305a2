package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.SweepTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.impact.Impact;

/**
 * A sweep, built once as a document: one row per variant (ranked facilities, then their sum, or one row per
 * parameter value), with direct, indirect, induced and total jobs, total labour income, value added and output, and
 * total jobs as a share of the model's employment. The CSV and the workbook's Sweep sheet have a row per variant and
 * effect ({@link SweepTables}); the terminal and JSON a row per variant.
 */
public final class SweepReport extends DocumentReport {
  private static final Measure[] MEASURES = Figures.MEASURES;

  /**
   * @param rank 1, 2, ... for ranked variants, 0 for the rows that are not ranked (totals, parameter values); ranked
   *     rows come first, then their total, then (where the scenario has other shocks) those and the full scenario
   * @param name label
   * @param impact its annual effect
   * @param fiscal its annual fiscal account
   */
  public record Row(int rank, String name, Impact impact, FiscalAccount fiscal) {
    public Row {
      java.util.Objects.requireNonNull(fiscal, "fiscal");
    }
  }

  /**
   * What was swept.
   *
   * @param scenario the scenario's name
   * @param by what varies, e.g. "each closure"
   * @param rows the variants, in order
   * @param notes what the rows mean
   */
  public record Content(String scenario, String by, List<Row> rows, List<String> notes) {
    public Content {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  /**
   * @param provenance where the scenario comes from, for the workbook's Metadata
   * @param model the model whose total employment the shares refer to
   */
  public SweepReport(Content sweep, ReportMeta meta, Provenance provenance, Model model, TableStyle style) {
    super(document(sweep, meta, provenance, model), style);
  }

  private static double employmentShare(Model m, Impact i) {
    if (!m.has(Measure.JOBS) || !i.available(Measure.JOBS, Effect.TOTAL) || !(m.total(Measure.JOBS) > 0)) {
      return Double.NaN;
    }
    return i.sum(Measure.JOBS, Effect.TOTAL) / m.total(Measure.JOBS);
  }

  /**
   * The title lines, the JSON head (scenario, sweep, model, units), the Sweep sheet (CSV and workbook), the variants
   * (terminal and JSON), the workbook's Metadata and the notes.
   */
  private static Document document(Content s, ReportMeta meta, Provenance provenance, Model model) {
    List<String> preamble = List.of("Sweep: " + s.scenario() + " (" + s.by() + ")", "Model:    "
        + meta.model().name() + " - " + meta.model().title(), "Units:    jobs in persons; money in "
        + meta.currency() + " millions per year (total effect); losses negative", "");
    var type = s.rows().get(0).impact().type();
    List<JsonField> head = List.of(JsonField.text("ripple_version", meta.version()),
        JsonField.text("scenario", s.scenario()), JsonField.text("sweep", s.by()), JsonDocument.modelField(meta, type),
        JsonDocument.effectUnitsField(meta));
    List<Document.Section> sections = new ArrayList<>(List.of(
        new Document.TableSection(SweepTables.sweep(s.scenario(), s.by(), s.rows(), meta, model), "", true, null,
            true),
        new Document.TableSection(variants(s, meta, model), "variants", false, layout(s), false)));
    List<String> names = new ArrayList<>();
    for (Row r : s.rows()) {
      names.add(r.name());
    }
    sections.addAll(FiscalComparison.of(names, fiscal(s), false).sections());
    sections.add(Document.TableSection.sheetOnly(MetadataTable.of(meta, provenance, type, s.notes())));
    sections.add(new Document.NotesSection("Notes", "notes", s.notes()));
    return new Document("Ripple: sweep of " + s.scenario(), preamble, head, sections);
  }

  private static List<FiscalAccount> fiscal(Content s) {
    List<FiscalAccount> accounts = new ArrayList<>();
    for (Row r : s.rows()) {
      accounts.add(r.fiscal());
    }
    return accounts;
  }

  /** One row a variant: its label, rank (null when not ranked), name, every effect and the employment share. */
  private static Table variants(Content s, ReportMeta meta, Model model) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Label").json(Column.Json.NONE),
        Column.ratio("Rank").keyed("rank"), Column.text("Name").keyed("name")));
    cols.addAll(Figures.effectColumns("summary"));
    cols.add(Column.ratio("Share of regional employment").keyed("share_of_regional_employment"));
    List<FiscalAccount> fiscal = fiscal(s);
    cols.addAll(FiscalComparison.jsonColumns(fiscal, false));
    Table.Builder b = Table.builder("Variants", "", cols.toArray(new Column[0]));
    for (int k = 0; k < s.rows().size(); k++) {
      Row r = s.rows().get(k);
      List<Object> row = new ArrayList<>();
      row.add((r.rank() > 0 ? String.format(java.util.Locale.ROOT, "%2d. ", r.rank()) : "    ") + r.name());
      row.add(r.rank() > 0 ? (Object) (double) r.rank() : null);
      row.add(r.name());
      for (Effect e : Effect.values()) {
        for (Measure m : MEASURES) {
          row.add(r.impact().available(m, e) ? r.impact().sum(m, e) * meta.scale(m) : Double.NaN);
        }
      }
      row.add(employmentShare(model, r.impact()));
      row.addAll(FiscalComparison.jsonCells(fiscal, k, false));
      b.row(row.toArray());
    }
    return b.build();
  }

  /** Jobs of every effect, the money totals and the employment share, after the label. */
  private static TextLayout layout(Content s) {
    List<TextLayout.Col> cols = new ArrayList<>();
    String[] jobs = {"Direct jobs", "Indirect", "Induced", "Total jobs"};
    for (Effect e : Effect.values()) {
      cols.add(TextLayout.Col.of(3 + 4 * e.ordinal(), jobs[e.ordinal()], TextLayout.Shown.GROUPED, 0, 15));
    }
    String[] money = {"Labour income", "Value added", "Output"};
    for (int k = 0; k < 3; k++) {
      cols.add(TextLayout.Col.of(3 + 4 * Effect.TOTAL.ordinal() + 1 + k, money[k], TextLayout.Shown.MILLIONS, 1,
          15));
    }
    cols.add(TextLayout.Col.of(3 + 16, "% employment", TextLayout.Shown.PERCENT, 3, 15));
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, "", 12, 44, 1), cols);
    int ranked = 0;
    while (ranked < s.rows().size() && s.rows().get(ranked).rank() > 0) {
      ranked++;
    }
    if (ranked == 0) {
      return layout; // values of a parameter: no row is a total
    }
    int[] facilities = new int[ranked + 1]; // the ranked facilities, then their total ('All facilities')
    for (int r = 0; r <= ranked; r++) {
      facilities[r] = r;
    }
    // 'All facilities' and 'Other shocks' add up to 'Full scenario' where the scenario has other shocks
    return layout.sum(facilities).sum(ranked, ranked + 1, ranked + 2);
  }
}

package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.CompareTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.sweep.Sweep.Variant;

/**
 * Scenarios side by side, built once as a document from {@link ComparisonFigures}: for each scenario and each
 * measure and effect, its figure, its difference from the first (the baseline) and its share of the model's regional
 * total of its measure (jobs: total employment). The terminal shows three tables (figures, differences, shares) of
 * one table with a row per measure and effect; the workbook and the page a wide Comparison sheet; the CSV a row per
 * scenario, measure and effect; JSON an object per scenario. Not available is n/a / empty / null, never 0.
 */
public final class CompareReport extends DocumentReport {
  private static final Measure[] MEASURES = Figures.MEASURES;
  /** The widest a scenario's column gets: a name of up to 30 characters is shown whole. */
  private static final int MAX_WIDTH = 32;

  /**
   * @param columns the scenarios, the first is the baseline; all on one system
   * @param fiscal each scenario's annual fiscal account, in the same order ({@link FiscalComparison#of})
   * @param files each scenario's file name (as given), or null
   * @param fileLines one line per input file for the workbook's Metadata (its name and SHA-256)
   */
  public CompareReport(List<Variant> columns, List<FiscalAccount> fiscal, List<String> files,
      List<String> fileLines, ReportMeta meta, TableStyle style) {
    super(document(new ComparisonFigures(columns, meta), fiscal, files, fileLines, meta), style);
  }

  private static Document document(ComparisonFigures f, List<FiscalAccount> fiscal, List<String> files,
      List<String> fileLines, ReportMeta meta) {
    String baseline = f.name(0);
    List<String> preamble = List.of("Comparison; baseline: " + baseline, "Model:    " + meta.model().name() + " - "
        + meta.model().title() + " (Type " + f.impact(0).type().suffix() + ")", "Units:    jobs in persons; money in "
        + meta.currency() + " millions per year; losses negative", "");
    List<JsonField> totals = new ArrayList<>();
    for (Measure m : MEASURES) {
      totals.add(new JsonField(m.key(), f.regionalTotal(m)));
    }
    List<JsonField> head = List.of(JsonField.text("ripple_version", meta.version()),
        JsonDocument.modelField(meta, f.impact(0).type()), JsonDocument.effectUnitsField(meta, "share_of_region",
            "fraction of the model's total of the measure (jobs: employment)"), JsonField.text("baseline", baseline),
        JsonField.object("regional_totals", totals));
    List<Document.Section> sections = new ArrayList<>();
    sections.add(Document.TableSection.workbookOnly(CompareTables.comparison(f, meta)));
    Table view = CompareTables.view(f);
    int n = f.size();
    int w = 14;
    List<String> names = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      w = Math.max(w, Math.min(MAX_WIDTH, f.name(c).length() + 2));
      names.add(f.name(c));
    }
    List<String> headings = Names.shortened(names, w - 2);
    sections.add(Document.TableSection.terminal(view, layout(headings, w, 0, 2, TextLayout.Shown.FIGURE)));
    if (n > 1) {
      sections.add(Document.TableSection.terminal(view, layout(headings, w, 1, 2 + n, TextLayout.Shown.FIGURE)
          .headed("Difference from " + baseline)));
    }
    sections.add(Document.TableSection.terminal(view, layout(headings, w, 0, 2 + 2 * n - 1, TextLayout.Shown.PERCENT)
        .headed("As a share of the regional total (jobs: total employment in the model), %")));
    sections.add(Document.TableSection.csvOnly(rows(f)));
    sections.add(Document.TableSection.jsonOnly(scenarios(f, fiscal, files), "scenarios"));
    sections.addAll(org.ripple.cli.output.html.ComparePage.tables(f.columns(), meta));
    sections.addAll(FiscalComparison.of(names, fiscal, true).sections());
    sections.add(Document.TableSection.workbookOnly(CompareTables.metadata(f, meta, fileLines)));
    sections.add(org.ripple.cli.output.html.ComparePage.provenance(f.columns(), meta, fileLines));
    return new Document("Ripple: comparison of " + baseline + " and others", preamble, head, sections);
  }

  /** The scenarios from {@code from} on, in the view's columns from {@code first}, each headed by its name. */
  private static TextLayout layout(List<String> headings, int w, int from, int first, TextLayout.Shown shown) {
    List<TextLayout.Col> cols = new ArrayList<>();
    for (int c = from; c < headings.size(); c++) {
      cols.add(TextLayout.Col.of(first + c - from, headings.get(c), shown, 3, w));
    }
    return new TextLayout("  ", new TextLayout.Label(new int[] {0}, "", 24, 24, 0), cols).measuresIn(1)
        .totals(Effect.values().length);
  }

  /** The CSV: one row per scenario, measure and effect. */
  private static Table rows(ComparisonFigures f) {
    Table.Builder b = Table.builder("Comparison rows", "", Column.text("Scenario").keyed("scenario"),
        Column.text("Effect").keyed("effect"), Column.text("Measure").keyed("measure"),
        Column.money("Value").keyed("value"), Column.money("Difference").keyed("difference_from_baseline"),
        Column.ratio("Share of region").keyed("share_of_region"));
    for (int c = 0; c < f.size(); c++) {
      for (Measure m : MEASURES) {
        for (Effect e : Effect.values()) {
          b.row(f.name(c), e.key(), m.key(), f.value(c, m, e), f.difference(c, m, e), f.share(c, m, e));
        }
      }
    }
    return b.build();
  }

  /**
   * JSON's scenarios: name, file (when known), then the figures, the differences and the shares by effect, and the
   * fiscal account ({@link FiscalSection#jsonColumns}).
   */
  private static Table scenarios(ComparisonFigures f, List<FiscalAccount> fiscal, List<String> files) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Name").keyed("name")));
    if (files != null) {
      cols.add(Column.text("File").keyed("file"));
    }
    cols.addAll(Figures.effectColumns("summary"));
    cols.addAll(Figures.effectColumns("difference_from_baseline"));
    cols.addAll(Figures.effectColumns("share_of_region"));
    cols.addAll(FiscalComparison.jsonColumns(fiscal, true));
    Table.Builder b = Table.builder("Scenarios", "", cols.toArray(new Column[0]));
    for (int c = 0; c < f.size(); c++) {
      List<Object> row = new ArrayList<>(List.of(f.name(c)));
      if (files != null) {
        row.add(files.get(c));
      }
      for (int part = 0; part < 3; part++) {
        for (Effect e : Effect.values()) {
          for (Measure m : MEASURES) {
            row.add(part == 0 ? f.value(c, m, e) : part == 1 ? f.difference(c, m, e) : f.share(c, m, e));
          }
        }
      }
      row.addAll(FiscalComparison.jsonCells(fiscal, c, true));
      b.row(row.toArray());
    }
    return b.build();
  }
}

package org.ripple.cli.output.tables;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.ComparisonFigures;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.sweep.Sweep.Variant;

/**
 * The tables of {@code ripple compare}: one "Comparison" sheet with a row per measure and effect and, in columns, each
 * scenario's figure, each scenario's difference from the first (the baseline), and each figure as a share of the
 * model's regional total of its measure (jobs: total employment); then Metadata. Same numbers as
 * {@code compare --format csv}; money in plain currency units per year, jobs in persons, shares as fractions.
 */
public final class CompareTables {
  private CompareTables() {}

  /**
   * @param columns the scenarios, the first is the baseline, all on one model
   * @param files one line per input file for the Metadata sheet (its name and SHA-256)
   */
  public static List<Table> of(List<Variant> columns, ReportMeta meta, List<String> files) {
    Model model = columns.get(0).result().system().model();
    List<String> notes = new ArrayList<>(files);
    for (Measure m : RunTables.MEASURES) {
      notes.add("Regional total of " + m.key().replace('_', ' ') + ": " + (model.has(m)
          ? org.ripple.cli.output.Fmt.plain(model.total(m) * meta.scale(m)) + (m == Measure.JOBS ? " persons"
              : " " + meta.currency() + " per year") : "not available"));
    }
    return List.of(comparison(columns, meta),
        MetadataTable.of(meta, Provenance.NONE, columns.get(0).total().type(), notes));
  }

  public static Table comparison(List<Variant> columns, ReportMeta meta) {
    ComparisonFigures figures = new ComparisonFigures(columns, meta);
    int n = columns.size();
    List<Column> cols = new ArrayList<>(List.of(Column.text("Measure"), Column.text("Unit"), Column.text("Effect")));
    for (Variant v : columns) {
      cols.add(Column.money(v.name()));
    }
    for (int c = 1; c < n; c++) {
      cols.add(Column.money(columns.get(c).name() + " minus " + columns.get(0).name()));
    }
    for (Variant v : columns) {
      cols.add(Column.ratio(v.name() + ": share of region"));
    }
    Table.Builder b = Table.builder("Comparison", "Scenarios side by side (baseline: " + columns.get(0).name()
        + "): annual effects, differences from the baseline, shares of the regional total (fractions; jobs: "
        + "total employment); losses negative", cols.toArray(new Column[0]));
    for (Measure m : RunTables.MEASURES) {
      String unit = m == Measure.JOBS ? "persons" : meta.currency() + " per year";
      for (Effect e : Effect.values()) {
        Object[] row = new Object[3 + n + (n - 1) + n];
        row[0] = Figures.capitalised(m.key()).replace('_', ' ');
        row[1] = unit;
        row[2] = e.key();
        for (int c = 0; c < n; c++) {
          row[3 + c] = figures.value(c, m, e);
          if (c > 0) {
            row[3 + n + c - 1] = figures.difference(c, m, e);
          }
          row[3 + 2 * n - 1 + c] = figures.share(c, m, e);
        }
        b.row(row);
      }
    }
    return b.build();
  }
}

package org.ripple.cli.output.tables;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.ComparisonFigures;
import org.ripple.cli.output.Figures;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;

/**
 * The tables of {@code ripple compare}: one "Comparison" sheet with a row per measure and effect and, in columns, each
 * scenario's figure, each scenario's difference from the first (the baseline), and each figure as a share of the
 * model's regional total of its measure (jobs: total employment); then Metadata. Same numbers as
 * {@code compare --format csv}; money in plain currency units per year, jobs in persons, shares as fractions. Both
 * are sections of {@link org.ripple.cli.output.CompareReport}'s document.
 */
public final class CompareTables {
  private CompareTables() {}

  /**
   * The Metadata sheet: the report's facts, each input file and the regional total of every measure.
   *
   * @param files one line per input file (its name and SHA-256)
   */
  public static Table metadata(ComparisonFigures figures, ReportMeta meta, List<String> files) {
    Model model = figures.model();
    List<String> notes = new ArrayList<>(files);
    for (Measure m : RunTables.MEASURES) {
      notes.add("Regional total of " + m.key().replace('_', ' ') + ": " + (model.has(m)
          ? org.ripple.cli.output.Fmt.plain(model.total(m) * meta.scale(m)) + (m == Measure.JOBS ? " persons"
              : " " + meta.currency() + " per year") : "not available"));
    }
    return MetadataTable.of(meta, Provenance.NONE, figures.impact(0).type(), notes);
  }

  /** The Comparison sheet: a row per measure and effect, the figures, differences and shares in columns. */
  public static Table comparison(ComparisonFigures figures, ReportMeta meta) {
    return wide(figures, "Comparison", "Scenarios side by side (baseline: " + figures.name(0) + "): annual effects, "
        + "differences from the baseline, shares of the regional total (fractions; jobs: total employment); losses "
        + "negative", List.of(Column.text("Measure"), Column.text("Unit"), Column.text("Effect")),
        (m, e) -> new Object[] {Figures.capitalised(m.key()).replace('_', ' '),
            m == Measure.JOBS ? "persons" : meta.currency() + " per year", e.key()});
  }

  /**
   * The same figures as {@link #comparison} for the terminal: a row's label ("Direct jobs") and its measure's key
   * ({@code jobs}) before them.
   */
  public static Table view(ComparisonFigures figures) {
    return wide(figures, "Comparison view", "", List.of(Column.text("Label"), Column.text("Measure")),
        (m, e) -> new Object[] {Figures.effectName(e) + " " + m.key().replace('_', ' '), m.key()});
  }

  /** What a row of a wide table starts with. */
  private interface Labels {
    Object[] of(Measure m, Effect e);
  }

  /** A row per measure and effect: its labels, each figure, each later scenario's difference, each share. */
  private static Table wide(ComparisonFigures figures, String name, String title, List<Column> labels,
      Labels label) {
    int n = figures.size();
    List<Column> cols = new ArrayList<>(labels);
    for (int c = 0; c < n; c++) {
      cols.add(Column.money(figures.name(c)));
    }
    for (int c = 1; c < n; c++) {
      cols.add(Column.money(figures.name(c) + " minus " + figures.name(0)));
    }
    for (int c = 0; c < n; c++) {
      cols.add(Column.ratio(figures.name(c) + ": share of region"));
    }
    Table.Builder b = Table.builder(name, title, cols.toArray(new Column[0]));
    int first = labels.size();
    for (Measure m : RunTables.MEASURES) {
      for (Effect e : Effect.values()) {
        Object[] row = new Object[first + n + (n - 1) + n];
        System.arraycopy(label.of(m, e), 0, row, 0, first);
        for (int c = 0; c < n; c++) {
          row[first + c] = figures.value(c, m, e);
          if (c > 0) {
            row[first + n + c - 1] = figures.difference(c, m, e);
          }
          row[first + 2 * n - 1 + c] = figures.share(c, m, e);
        }
        b.row(row);
      }
    }
    return b.build();
  }
}

package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.sweep.Sweep.Variant;

/**
 * Scenarios side by side: one column per scenario, rows direct / indirect / induced / total x jobs, labour income,
 * value added, output; then the difference from the first (the baseline); then each figure as a share of the
 * model's regional total of its measure (jobs: total employment). Not available is n/a / empty / null, never 0.
 */
public final class CompareReport implements Report {
  private static final Measure[] MEASURES = Figures.MEASURES;

  private final List<Variant> columns;
  private final List<String> files;
  private final ReportMeta meta;
  private final ComparisonFigures figures;

  /**
   * @param columns the scenarios, the first is the baseline; all on one system
   * @param files each scenario's file name (as given), or null
   */
  public CompareReport(List<Variant> columns, List<String> files, ReportMeta meta) {
    this.figures = new ComparisonFigures(columns, meta);
    this.columns = List.copyOf(columns);
    this.files = files;
    this.meta = meta;
  }

  private Impact impact(int c) {
    return figures.impact(c);
  }

  /** Table text of a figure, n/a when it is not available. */
  private static String cell(Measure m, double v) {
    return Double.isNaN(v) ? "n/a" : number(m, v);
  }

  private static String label(Measure m, Effect e) {
    String effect = Figures.effectName(e);
    return effect + " " + m.key().replace('_', ' ');
  }

  // ---------------------------------------------------------------- table

  @Override
  public String table() {
    StringBuilder out = new StringBuilder();
    int w = 14;
    for (Variant v : columns) {
      w = Math.max(w, Math.min(28, v.name().length() + 2));
    }
    out.append("Comparison; baseline: ").append(columns.get(0).name()).append('\n');
    out.append("Model:    ").append(meta.model().name()).append(" - ").append(meta.model().title()).append(" (Type ")
        .append(impact(0).type().suffix()).append(")\n");
    out.append("Units:    jobs in persons; money in ").append(meta.currency())
        .append(" millions per year; losses negative\n\n");
    header(out, w, 0);
    for (Measure m : MEASURES) {
      for (Effect e : Effect.values()) {
        out.append("  ").append(Fmt.right(label(m, e), 24));
        for (int c = 0; c < columns.size(); c++) {
          out.append(Fmt.left(cell(m, figures.value(c, m, e)), w));
        }
        out.append('\n');
      }
    }
    if (columns.size() > 1) {
      out.append("\nDifference from ").append(columns.get(0).name()).append('\n');
      header(out, w, 1);
      for (Measure m : MEASURES) {
        for (Effect e : Effect.values()) {
          out.append("  ").append(Fmt.right(label(m, e), 24));
          for (int c = 1; c < columns.size(); c++) {
            out.append(Fmt.left(cell(m, figures.difference(c, m, e)), w));
          }
          out.append('\n');
        }
      }
    }
    out.append("\nAs a share of the regional total (jobs: total employment in the model), %\n");
    header(out, w, 0);
    for (Measure m : MEASURES) {
      for (Effect e : Effect.values()) {
        out.append("  ").append(Fmt.right(label(m, e), 24));
        for (int c = 0; c < columns.size(); c++) {
          double s = figures.share(c, m, e);
          out.append(Fmt.left(Double.isNaN(s) ? "n/a" : Fmt.fixed(100 * s, 3), w));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private void header(StringBuilder out, int w, int from) {
    out.append(Fmt.right("", 26));
    for (int c = from; c < columns.size(); c++) {
      String n = columns.get(c).name();
      out.append(Fmt.left(n.length() > w - 2 ? n.substring(0, w - 3) + "~" : n, w));
    }
    out.append('\n');
  }

  private static String number(Measure m, double v) {
    return Figures.table(m, v);
  }

  // ---------------------------------------------------------------- CSV

  /** The CSV: one row per scenario, measure and effect, written by {@link TableCsv}. */
  @Override
  public String csv() {
    Table.Builder b = Table.builder("Comparison rows", "", Column.text("Scenario").keyed("scenario"),
        Column.text("Effect").keyed("effect"), Column.text("Measure").keyed("measure"),
        Column.money("Value").keyed("value"), Column.money("Difference").keyed("difference_from_baseline"),
        Column.ratio("Share of region").keyed("share_of_region"));
    for (int c = 0; c < columns.size(); c++) {
      for (Measure m : MEASURES) {
        for (Effect e : Effect.values()) {
          b.row(columns.get(c).name(), e.key(), m.key(), figures.value(c, m, e), figures.difference(c, m, e),
              figures.share(c, m, e));
        }
      }
    }
    return TableCsv.of(b.build());
  }

  // ---------------------------------------------------------------- JSON

  @Override
  public String json() {
    return JsonDocument.of(g -> {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      JsonDocument.modelBlock(g, meta, impact(0).type());
      JsonDocument.effectUnits(g, meta, "share_of_region",
          "fraction of the model's total of the measure (jobs: employment)");
      g.writeStringField("baseline", columns.get(0).name());
      g.writeObjectFieldStart("regional_totals");
      for (Measure m : MEASURES) {
        JsonDocument.number(g, m.key(), figures.regionalTotal(m));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("scenarios");
      for (int c = 0; c < columns.size(); c++) {
        g.writeStartObject();
        g.writeStringField("name", columns.get(c).name());
        if (files != null && files.get(c) != null) {
          g.writeStringField("file", files.get(c));
        }
        int col = c;
        g.writeFieldName("summary");
        JsonDocument.effects(g, (e, m) -> figures.value(col, m, e));
        g.writeFieldName("difference_from_baseline");
        JsonDocument.effects(g, (e, m) -> figures.difference(col, m, e));
        g.writeFieldName("share_of_region");
        JsonDocument.effects(g, (e, m) -> figures.share(col, m, e));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

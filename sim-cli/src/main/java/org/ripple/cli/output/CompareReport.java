package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.io.Csv;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
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
  private final Model model;

  /**
   * @param columns the scenarios, the first is the baseline; all on one system
   * @param files each scenario's file name (as given), or null
   */
  public CompareReport(List<Variant> columns, List<String> files, ReportMeta meta) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    this.columns = List.copyOf(columns);
    this.files = files;
    this.meta = meta;
    this.model = columns.get(0).result().system().model();
  }

  private Impact impact(int c) {
    return columns.get(c).total();
  }

  private boolean available(int c, Measure m, Effect e) {
    return impact(c).available(m, e);
  }

  private double value(int c, Measure m, Effect e) {
    return impact(c).sum(m, e) * meta.scale(m);
  }

  private double difference(int c, Measure m, Effect e) {
    return value(c, m, e) - value(0, m, e);
  }

  /** The figure as a share of the regional total of its measure, or NaN when the model has no such total. */
  private double share(int c, Measure m, Effect e) {
    if (!model.has(m)) {
      return Double.NaN;
    }
    double total = model.total(m);
    return total > 0 ? impact(c).sum(m, e) / total : Double.NaN;
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
          out.append(Fmt.left(available(c, m, e) ? number(m, value(c, m, e)) : "n/a", w));
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
            out.append(Fmt.left(available(c, m, e) && available(0, m, e) ? number(m, difference(c, m, e)) : "n/a",
                w));
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
          double s = share(c, m, e);
          out.append(Fmt.left(available(c, m, e) && !Double.isNaN(s) ? Fmt.fixed(100 * s, 3) : "n/a", w));
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

  @Override
  public String csv() {
    StringBuilder out = new StringBuilder("scenario,effect,measure,value,difference_from_baseline,share_of_region\n");
    for (int c = 0; c < columns.size(); c++) {
      for (Measure m : MEASURES) {
        for (Effect e : Effect.values()) {
          out.append(Csv.text(columns.get(c).name())).append(',').append(e.key()).append(',').append(m.key());
          boolean ok = available(c, m, e);
          out.append(',').append(ok ? Fmt.plain(value(c, m, e)) : "");
          out.append(',').append(ok && available(0, m, e) ? Fmt.plain(difference(c, m, e)) : "");
          double s = share(c, m, e);
          out.append(',').append(ok && !Double.isNaN(s) ? Fmt.plain(s) : "");
          out.append('\n');
        }
      }
    }
    return out.toString();
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
        JsonDocument.number(g, m.key(), model.has(m) ? model.total(m) * meta.scale(m) : Double.NaN);
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
        JsonDocument.effects(g, (e, m) -> available(col, m, e) ? value(col, m, e) : Double.NaN);
        g.writeFieldName("difference_from_baseline");
        JsonDocument.effects(g, (e, m) -> available(col, m, e) && available(0, m, e) ? difference(col, m, e)
            : Double.NaN);
        g.writeFieldName("share_of_region");
        JsonDocument.effects(g, (e, m) -> available(col, m, e) ? share(col, m, e) : Double.NaN);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

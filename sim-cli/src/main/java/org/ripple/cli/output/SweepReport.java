package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.tables.SweepTables;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;

/**
 * A sweep: one row per variant (ranked facilities, then their sum, or one row per parameter value), with direct,
 * indirect, induced and total jobs, total labour income, value added and output, and total jobs as a share of the
 * model's employment.
 */
public final class SweepReport {
  private static final Measure[] MEASURES = Figures.MEASURES;

  /**
   * @param rank 1, 2, ... for ranked variants, 0 for the rows that are not ranked (totals, parameter values)
   * @param name label
   * @param impact its annual effect
   */
  public record Row(int rank, String name, Impact impact) {}

  private final String title;
  private final String by;
  private final List<Row> rows;
  private final ReportMeta meta;
  private final List<String> notes;

  public SweepReport(String title, String by, List<Row> rows, ReportMeta meta, List<String> notes) {
    this.title = title;
    this.by = by;
    this.rows = List.copyOf(rows);
    this.meta = meta;
    this.notes = List.copyOf(notes);
  }

  /** Renders against the model whose total employment the shares refer to. */
  public String render(OutputFormat format, Model m) {
    return against(m).render(format);
  }

  /** The report with its shares of the employment of {@code m}. */
  public Report against(Model m) {
    return new Report() {
      @Override
      public String table() {
        return SweepReport.this.table(m);
      }

      @Override
      public String csv() {
        return SweepReport.this.csv(m);
      }

      @Override
      public String json() {
        return SweepReport.this.json(m);
      }
    };
  }

  private static double employmentShare(Model m, Impact i) {
    if (!m.has(Measure.JOBS) || !i.available(Measure.JOBS, Effect.TOTAL) || !(m.total(Measure.JOBS) > 0)) {
      return Double.NaN;
    }
    return i.sum(Measure.JOBS, Effect.TOTAL) / m.total(Measure.JOBS);
  }

  String table(Model m) {
    StringBuilder out = new StringBuilder();
    out.append("Sweep: ").append(title).append(" (").append(by).append(")\n");
    out.append("Model:    ").append(meta.model().name()).append(" - ").append(meta.model().title()).append('\n');
    out.append("Units:    jobs in persons; money in ").append(meta.currency())
        .append(" millions per year (total effect); losses negative\n\n");
    int w = 12;
    for (Row r : rows) {
      w = Math.max(w, Math.min(44, r.name().length() + 5));
    }
    out.append(Fmt.right("", w + 2));
    for (String h : new String[] {"Direct jobs", "Indirect", "Induced", "Total jobs", "Labour income",
        "Value added", "Output", "% employment"}) {
      out.append(Fmt.left(h, 15));
    }
    out.append('\n');
    for (Row r : rows) {
      String name = (r.rank() > 0 ? String.format(java.util.Locale.ROOT, "%2d. ", r.rank()) : "    ") + r.name();
      out.append("  ").append(Fmt.right(name.length() > w ? name.substring(0, w - 1) + "~" : name, w));
      for (Effect e : Effect.values()) {
        out.append(Fmt.left(r.impact().available(Measure.JOBS, e)
            ? Fmt.grouped(r.impact().sum(Measure.JOBS, e), 0) : "n/a", 15));
      }
      for (Measure mm : new Measure[] {Measure.LABOUR_INCOME, Measure.VALUE_ADDED, Measure.OUTPUT}) {
        out.append(Fmt.left(r.impact().available(mm, Effect.TOTAL)
            ? Figures.table(mm, r.impact().sum(mm, Effect.TOTAL) * meta.scale(mm)) : "n/a", 15));
      }
      double s = employmentShare(m, r.impact());
      out.append(Fmt.left(Double.isNaN(s) ? "n/a" : Fmt.fixed(100 * s, 3), 15)).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append("\nNotes\n");
      for (String n : notes) {
        out.append("  - ").append(n).append('\n');
      }
    }
    return out.toString();
  }

  /** The CSV: the rows of the workbook's Sweep sheet, under their keys. */
  String csv(Model m) {
    return TableCsv.of(SweepTables.sweep(title, by, rows, meta, m));
  }

  String json(Model m) {
    return JsonDocument.of(g -> {
      g.writeStartObject();
      g.writeStringField("ripple_version", meta.version());
      g.writeStringField("scenario", title);
      g.writeStringField("sweep", by);
      JsonDocument.modelBlock(g, meta, rows.get(0).impact().type());
      JsonDocument.effectUnits(g, meta);
      g.writeArrayFieldStart("variants");
      for (Row r : rows) {
        g.writeStartObject();
        if (r.rank() > 0) {
          g.writeNumberField("rank", r.rank());
        } else {
          g.writeNullField("rank");
        }
        g.writeStringField("name", r.name());
        g.writeFieldName("summary");
        JsonDocument.effects(g, (e, mm) -> r.impact().available(mm, e)
            ? r.impact().sum(mm, e) * meta.scale(mm) : Double.NaN);
        JsonDocument.number(g, "share_of_regional_employment", employmentShare(m, r.impact()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (String n : notes) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

package org.ripple.cli.output;

import org.ripple.cli.io.Csv;
import org.ripple.core.Measure;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;

/**
 * Renders the multiplier table of a model. Output and income and value-added effects are per unit of final demand
 * (currency per currency); jobs effects are jobs per one million currency units of final demand (Statistics
 * Canada's convention); the *_multiplier columns are direct-effect ratios (total effect / direct effect). Type II
 * cells are empty (CSV), null (JSON) or n/a (table) when the model has no household data.
 */
public final class MultipliersReport implements Report {
  /** CSV columns, in the order the issue fixes. */
  public static final String CSV_HEADER = "code,name,output_I,output_II,jobs_effect_I,jobs_effect_II,"
      + "jobs_multiplier_I,jobs_multiplier_II,income_effect_I,income_effect_II,income_multiplier_I,"
      + "income_multiplier_II,value_added_effect_I,value_added_effect_II,value_added_multiplier_I,"
      + "value_added_multiplier_II";

  private final Multipliers multipliers;
  private final ReportMeta meta;
  private final SectorIndex index;

  private final TableStyle style;

  public MultipliersReport(Multipliers multipliers, ReportMeta meta) {
    this(multipliers, meta, TableStyle.PLAIN);
  }

  /** A report whose terminal table follows {@code style} ({@code quiet} leaves out the title lines). */
  public MultipliersReport(Multipliers multipliers, ReportMeta meta, TableStyle style) {
    this.multipliers = multipliers;
    this.meta = meta;
    this.index = multipliers.system().model().sectors();
    this.style = style;
  }

  /** Jobs effect per million currency units: jobs per model unit times model units per million. */
  private double jobsScale() {
    return 1e6 / meta.model().unitFactor();
  }

  /** The value of one cell, or NaN when not available. */
  private double value(String what, Measure m, ModelType t, int j) {
    double v = what.equals("effect") ? multipliers.effect(m, t, j) : multipliers.ratio(m, t, j);
    if (what.equals("effect") && m == Measure.JOBS) {
      v *= jobsScale();
    }
    return v;
  }

  private static final Object[][] COLUMNS = {
      {"effect", Measure.OUTPUT}, {"effect", Measure.JOBS}, {"ratio", Measure.JOBS},
      {"effect", Measure.LABOUR_INCOME}, {"ratio", Measure.LABOUR_INCOME},
      {"effect", Measure.VALUE_ADDED}, {"ratio", Measure.VALUE_ADDED}};

  @Override
  public String csv() {
    StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      out.append(Csv.text(s.code())).append(',').append(Csv.text(s.name()));
      for (Object[] col : COLUMNS) {
        for (ModelType t : ModelType.values()) {
          MultipliersText.csvCell(out, value((String) col[0], (Measure) col[1], t, j));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public String table() {
    StringBuilder out = new StringBuilder();
    var info = meta.model();
    if (!style.quiet()) {
      MultipliersText.title(out, "Multipliers", info);
      out.append("Per unit of final demand; jobs per ").append(meta.currency()).append(" 1 million; ratio = total "
          + "effect / direct effect. I = Type I, II = Type II (households closed).\n\n");
    }
    int nw = 12;
    for (Sector s : index.sectors()) {
      nw = Math.max(nw, (s.code() + " " + s.name()).length());
    }
    nw = Math.min(nw, 44);
    String[] heads = {"Output I", "Output II", "Jobs I", "Jobs II", "JobsX I", "JobsX II", "Income I",
        "Income II", "VA I", "VA II"};
    MultipliersText.headings(out, "Sector", nw, heads, 10);
    out.append('\n');
    String[] units = {"per unit", "per unit", "per 1M", "per 1M", "ratio", "ratio", "per unit", "per unit",
        "per unit", "per unit"};
    MultipliersText.headings(out, "", nw, units, 10);
    out.append('\n');
    Object[][] cols = {{"effect", Measure.OUTPUT}, {"effect", Measure.JOBS}, {"ratio", Measure.JOBS},
        {"effect", Measure.LABOUR_INCOME}, {"effect", Measure.VALUE_ADDED}};
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      String label = s.code() + " " + s.name();
      out.append(Fmt.right(label.length() > nw ? label.substring(0, nw - 1) + "~" : label, nw));
      for (Object[] col : cols) {
        for (ModelType t : ModelType.values()) {
          double v = value((String) col[0], (Measure) col[1], t, j);
          int decimals = col[1] == Measure.JOBS && col[0].equals("effect") ? 2 : 4;
          out.append(Fmt.left(Double.isNaN(v) ? "n/a" : Fmt.fixed(v, decimals), 10));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public String json() {
    String[] names = CSV_HEADER.split(",");
    return MultipliersText.json(meta, multipliers.system(), true, (g, j) -> {
      int k = 2;
      for (Object[] col : COLUMNS) {
        for (ModelType t : ModelType.values()) {
          MultipliersText.jsonCell(g, names[k++], value((String) col[0], (Measure) col[1], t, j));
        }
      }
    });
  }
}

package org.ripple.cli.output;

import org.ripple.cli.output.tables.MultipliersTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.impact.Multipliers;

/**
 * The multiplier table of a model, built once as the format-neutral Multipliers table (the workbook's sheet) and
 * written from it: CSV and JSON give every column, the terminal table the effects and the jobs multiplier. Output and
 * income and value-added effects are per unit of final demand (currency per currency); jobs effects are jobs per one
 * million currency units of final demand (Statistics Canada's convention); the *_multiplier columns are
 * direct-effect ratios (total effect / direct effect). Type II cells are empty (CSV), null (JSON) or n/a (table) when
 * the model has no household data.
 */
public final class MultipliersReport implements Report {
  /** CSV columns, in the order the issue fixes. */
  public static final String CSV_HEADER = String.join(",", MultipliersTables.KEYS);

  /** The columns of the terminal table, with their headings, units and decimals. */
  private static final String[] HEADINGS = {"Output I", "Output II", "Jobs I", "Jobs II", "JobsX I", "JobsX II",
      "Income I", "Income II", "VA I", "VA II"};
  private static final String[] UNITS = {"per unit", "per unit", "per 1M", "per 1M", "ratio", "ratio", "per unit",
      "per unit", "per unit", "per unit"};
  private static final int[] SHOWN = {2, 3, 4, 5, 6, 7, 8, 9, 12, 13};
  private static final int[] DECIMALS = {4, 4, 2, 2, 4, 4, 4, 4, 4, 4};

  private final Multipliers multipliers;
  private final ReportMeta meta;
  private final Table table;
  private final TableStyle style;

  public MultipliersReport(Multipliers multipliers, ReportMeta meta) {
    this(multipliers, meta, TableStyle.PLAIN);
  }

  /** A report whose terminal table follows {@code style} ({@code quiet} leaves out the title lines). */
  public MultipliersReport(Multipliers multipliers, ReportMeta meta, TableStyle style) {
    this.multipliers = multipliers;
    this.meta = meta;
    this.table = MultipliersTables.multipliers(multipliers, meta);
    this.style = style;
  }

  @Override
  public String csv() {
    return TableCsv.of(table);
  }

  @Override
  public void csv(Appendable out) throws java.io.IOException {
    TableCsv.write(table, out);
  }

  @Override
  public String table() {
    StringBuilder out = new StringBuilder();
    if (!style.quiet()) {
      MultipliersText.title(out, "Multipliers", meta.model());
      out.append("Per unit of final demand; jobs per ").append(meta.currency()).append(" 1 million; ratio = total "
          + "effect / direct effect. I = Type I, II = Type II (households closed).\n\n");
    }
    int nw = 12;
    for (int j = 0; j < table.rowCount(); j++) {
      nw = Math.max(nw, label(j).length());
    }
    nw = Math.min(nw, 44);
    MultipliersText.headings(out, "Sector", nw, HEADINGS, 10);
    out.append('\n');
    MultipliersText.headings(out, "", nw, UNITS, 10);
    out.append('\n');
    for (int j = 0; j < table.rowCount(); j++) {
      String label = label(j);
      out.append(Fmt.right(label.length() > nw ? label.substring(0, nw - 1) + "~" : label, nw));
      for (int k = 0; k < SHOWN.length; k++) {
        Object v = table.cell(j, SHOWN[k]);
        out.append(Fmt.left(v == null ? "n/a" : Fmt.fixed((Double) v, DECIMALS[k]), 10));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Code and name of the sector of row j. */
  private String label(int j) {
    return table.cell(j, 0) + " " + table.cell(j, 1);
  }

  @Override
  public String json() {
    return MultipliersText.json(meta, multipliers.system(), true, (g, j) -> JsonDocument.rowFields(g, table, j, 2));
  }
}

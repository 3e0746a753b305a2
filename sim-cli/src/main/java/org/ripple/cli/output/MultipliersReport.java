package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.MultipliersTables;
import org.ripple.cli.output.tables.Provenance;
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
public final class MultipliersReport extends DocumentReport {
  /** CSV columns, in the order the issue fixes. */
  public static final String CSV_HEADER = String.join(",", MultipliersTables.KEYS);

  /** The columns of the terminal table, with their headings, units and decimals. */
  private static final String[] HEADINGS = {"Output I", "Output II", "Jobs I", "Jobs II", "JobsX I", "JobsX II",
      "Income I", "Income II", "VA I", "VA II"};
  private static final String[] UNITS = {"per unit", "per unit", "per 1M", "per 1M", "ratio", "ratio", "per unit",
      "per unit", "per unit", "per unit"};
  private static final int[] SHOWN = {2, 3, 4, 5, 6, 7, 8, 9, 12, 13};
  private static final int[] DECIMALS = {4, 4, 2, 2, 4, 4, 4, 4, 4, 4};

  public MultipliersReport(Multipliers multipliers, ReportMeta meta) {
    this(multipliers, meta, TableStyle.PLAIN);
  }

  /** A report whose terminal table follows {@code style} ({@code quiet} leaves out the title lines). */
  public MultipliersReport(Multipliers multipliers, ReportMeta meta, TableStyle style) {
    super(document(multipliers, meta), style);
  }

  /**
   * The content: the title lines, the JSON head (version, model, units), the Multipliers table (all of it in CSV and
   * JSON as "sectors", the effects and jobs multipliers in the terminal) and the workbook's Metadata sheet.
   */
  private static Document document(Multipliers multipliers, ReportMeta meta) {
    Table table = MultipliersTables.multipliers(multipliers, meta);
    List<String> preamble = List.of(MultipliersText.titleLine("Multipliers", meta.model()), "Per unit of final "
        + "demand; jobs per " + meta.currency() + " 1 million; ratio = total effect / direct effect. I = Type I, "
        + "II = Type II (households closed).", "");
    List<TextLayout.Col> cols = new java.util.ArrayList<>();
    for (int k = 0; k < SHOWN.length; k++) {
      cols.add(TextLayout.Col.of(SHOWN[k], HEADINGS[k], TextLayout.Shown.FIXED, DECIMALS[k], 10).unit(UNITS[k]));
    }
    TextLayout layout = new TextLayout("", new TextLayout.Label(new int[] {0, 1}, "Sector", 12, 44, 0), cols);
    return new Document("Ripple: multipliers of " + meta.model().name(), preamble,
        MultipliersText.head(meta, multipliers.system(), true),
        List.of(new Document.TableSection(table, "sectors", true, layout, true),
            Document.TableSection.sheetOnly(MetadataTable.of(meta, Provenance.NONE, null, List.of()))));
  }
}

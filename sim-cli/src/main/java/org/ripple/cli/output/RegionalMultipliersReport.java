package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.MetadataTable;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.RegionalMultipliersTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Measure;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.RegionalMultipliers;
import org.ripple.core.impact.RegionalSplit;

/**
 * {@code ripple multipliers --by-region} for multi-regional models, built once as a document: for one unit of final
 * demand for sector j of region r, the effect in r itself and in every other region. Units as
 * {@link MultipliersReport} (jobs per one million currency units). CSV, JSON and the workbook give every (sector,
 * region) pair (JSON: one object a sector, its regions nested); the terminal and the workbook's second sheet give, per
 * sector, the Type II output and jobs inside its region, in all other regions together, and the other region with the
 * most jobs.
 */
public final class RegionalMultipliersReport extends DocumentReport {
  /** CSV columns: one row per shocked sector and region where the effect happens. */
  public static final String CSV_HEADER = String.join(",", RegionalMultipliersTables.KEYS);

  /** A report whose terminal table follows {@code style} ({@code quiet} leaves out the title lines). */
  public RegionalMultipliersReport(RegionalMultipliers multipliers, ReportMeta meta, TableStyle style) {
    super(document(multipliers, meta), style);
  }

  private static Document document(RegionalMultipliers multipliers, ReportMeta meta) {
    Table pairs = RegionalMultipliersTables.byRegion(multipliers, meta);
    ModelType t = multipliers.available(Measure.OUTPUT, ModelType.TYPE_II) ? ModelType.TYPE_II : ModelType.TYPE_I;
    List<String> preamble = List.of(MultipliersText.titleLine("Multipliers by region", meta.model()),
        (t == ModelType.TYPE_I ? "Type I (no household data: induced effects not available)"
        : multipliers.system().closure() instanceof org.ripple.core.impact.PerRegionClosure
            ? "Type II (households closed per region)" : "Type II (one household for all regions)")
        + ", per unit of final demand for the sector; jobs per " + meta.currency() + " 1 million. Inside = in the "
        + "sector's own region; outside = all other regions; top outside = the other region with the most jobs.", "");
    TextLayout layout = new TextLayout("", new TextLayout.Label(new int[] {0}, "Sector", 12, Integer.MAX_VALUE, 0),
        List.of(TextLayout.Col.of(1, "Output in", TextLayout.Shown.FIXED, 4, 11),
            TextLayout.Col.of(2, "Output out", TextLayout.Shown.FIXED, 4, 11),
            TextLayout.Col.of(3, "Jobs in", TextLayout.Shown.FIXED, 2, 11),
            TextLayout.Col.of(4, "Jobs out", TextLayout.Shown.FIXED, 2, 11),
            TextLayout.Col.of(5, "Out share", TextLayout.Shown.POINTS_SPACED, 1, 11),
            TextLayout.Col.trailing(6, "Top outside", "  ")));
    return new Document("Ripple: multipliers by region of " + meta.model().name(), preamble,
        MultipliersText.head(meta, multipliers.system(), false), List.of(
            new Document.TableSection(pairs, "sectors", true, null, true)
                .grouped(new Document.JsonGroup(3, "by_region")),
            new Document.TableSection(insideOutside(multipliers, pairs, t), "", false, layout, true),
            Document.TableSection.sheetOnly(MetadataTable.of(meta, Provenance.NONE, t, List.of()))));
  }

  /**
   * One row a sector: the effects of type {@code t} on output and jobs inside its region and in all other regions
   * together, the share of its jobs outside (in percent), and the other region with the most jobs (and those jobs),
   * each split by {@link RegionalSplit} from the sector's rows of the table (jobs per 1 million, as shown).
   */
  private static Table insideOutside(RegionalMultipliers multipliers, Table pairs, ModelType t) {
    SectorIndex index = multipliers.system().model().sectors();
    Regions regions = multipliers.regions();
    Table.Builder b = Table.builder("Inside and outside", "Type " + t.suffix() + " effects inside the sector's "
        + "region and outside it (jobs per 1 million)", Column.text("Sector"), Column.ratio("Output in"),
        Column.ratio("Output out"), Column.ratio("Jobs in"), Column.ratio("Jobs out"),
        Column.ratio("Jobs outside (%)"), Column.text("Top outside"));
    for (int j = 0; j < index.size(); j++) {
      int r = regions.regionOf(j);
      RegionalSplit output = RegionalSplit.of(row(pairs, j, regions.size(), RegionalMultipliersTables.column(
          Measure.OUTPUT, t)), r);
      RegionalSplit jobs = RegionalSplit.of(row(pairs, j, regions.size(), RegionalMultipliersTables.column(
          Measure.JOBS, t)), r);
      boolean hasJobs = !Double.isNaN(jobs.inside());
      b.row(index.at(j).code(), output.inside(), output.outside(), jobs.inside(), jobs.outside(),
          jobs.outsidePercent(), !jobs.hasTop() ? "-" : regions.at(jobs.top()).code()
              + (hasJobs ? " " + Fmt.fixed(jobs.topEffect(), 2) : ""));
    }
    return b.build();
  }

  /** Column c of sector j's rows (one a region, in region order); NaN where not available. */
  private static double[] row(Table pairs, int j, int regions, int c) {
    double[] v = new double[regions];
    for (int k = 0; k < regions; k++) {
      Object cell = pairs.cell(j * regions + k, c);
      v[k] = cell == null ? Double.NaN : (Double) cell;
    }
    return v;
  }
}

package org.ripple.cli.output;

import org.ripple.cli.output.tables.RegionalMultipliersTables;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Measure;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.RegionalMultipliers;

/**
 * {@code ripple multipliers --by-region} for multi-regional models: for one unit of final demand for sector j of
 * region r, the effect in r itself and in every other region. Units as {@link MultipliersReport} (jobs per one million
 * currency units). CSV and JSON give every (sector, region) pair; the table gives, per sector, the Type II output and
 * jobs inside its region, in all other regions together, and the other region with the most jobs.
 */
public final class RegionalMultipliersReport implements Report {
  /** CSV columns: one row per shocked sector and region where the effect happens. */
  public static final String CSV_HEADER = String.join(",", RegionalMultipliersTables.KEYS);

  private final RegionalMultipliers multipliers;
  private final ReportMeta meta;
  private final SectorIndex index;
  private final Regions regions;
  private final Table table;

  public RegionalMultipliersReport(RegionalMultipliers multipliers, ReportMeta meta) {
    this.multipliers = multipliers;
    this.meta = meta;
    this.index = multipliers.system().model().sectors();
    this.regions = multipliers.regions();
    this.table = RegionalMultipliersTables.byRegion(multipliers, meta);
  }

  /** The effect on {@code m} of type {@code t} in {@code region} of final demand for {@code sector}; NaN: n/a. */
  private double value(Measure m, ModelType t, int sector, int region) {
    Object v = table.cell(sector * regions.size() + region, RegionalMultipliersTables.column(m, t));
    return v == null ? Double.NaN : (Double) v;
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
    var info = meta.model();
    MultipliersText.title(out, "Multipliers by region", info);
    ModelType t = multipliers.available(Measure.OUTPUT, ModelType.TYPE_II) ? ModelType.TYPE_II : ModelType.TYPE_I;
    out.append(t == ModelType.TYPE_I ? "Type I (no household data: induced effects not available)"
        : multipliers.system().closure() instanceof org.ripple.core.impact.PerRegionClosure
            ? "Type II (households closed per region)" : "Type II (one household for all regions)")
        .append(", per unit of final demand for the sector; jobs per ")
        .append(meta.currency()).append(" 1 million. Inside = in the sector's own region; outside = all other "
            + "regions; top outside = the other region with the most jobs.\n\n");
    int nw = 12;
    for (Sector s : index.sectors()) {
      nw = Math.max(nw, s.code().length());
    }
    MultipliersText.headings(out, "Sector", nw,
        new String[] {"Output in", "Output out", "Jobs in", "Jobs out", "Out share"}, 11);
    out.append("  Top outside\n");
    for (int j = 0; j < index.size(); j++) {
      int r = regions.regionOf(j);
      double outIn = value(Measure.OUTPUT, t, j, r);
      double jobsIn = value(Measure.JOBS, t, j, r);
      double outOut = 0;
      double jobsOut = 0;
      int top = -1;
      for (int k = 0; k < regions.size(); k++) {
        if (k != r) {
          outOut += value(Measure.OUTPUT, t, j, k);
          double jk = value(Measure.JOBS, t, j, k);
          jobsOut += jk;
          if (top < 0 || jk > value(Measure.JOBS, t, j, top)) {
            top = k;
          }
        }
      }
      out.append(Fmt.right(index.at(j).code(), nw));
      out.append(Fmt.left(Fmt.fixed(outIn, 4), 11)).append(Fmt.left(Fmt.fixed(outOut, 4), 11));
      boolean jobs = !Double.isNaN(jobsIn);
      out.append(Fmt.left(jobs ? Fmt.fixed(jobsIn, 2) : "n/a", 11));
      out.append(Fmt.left(jobs ? Fmt.fixed(jobsOut, 2) : "n/a", 11));
      out.append(Fmt.left(jobs && jobsIn + jobsOut > 0 ? Fmt.fixed(100 * jobsOut / (jobsIn + jobsOut), 1) + " %"
          : "n/a", 11));
      out.append("  ").append(top < 0 ? "-" : regions.at(top).code() + (jobs ? " " + Fmt.fixed(value(Measure.JOBS,
          t, j, top), 2) : "")).append('\n');
    }
    return out.toString();
  }

  @Override
  public String json() {
    return MultipliersText.json(meta, multipliers.system(), false, (g, j) -> {
      int r = regions.regionOf(j);
      g.writeStringField("region", regions.at(r).code());
      g.writeArrayFieldStart("by_region");
      for (int k = 0; k < regions.size(); k++) {
        g.writeStartObject();
        g.writeStringField("region", regions.at(k).code());
        g.writeBooleanField("within_region", k == r);
        JsonDocument.rowFields(g, table, j * regions.size() + k, RegionalMultipliersTables.FIRST_NUMBER);
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}

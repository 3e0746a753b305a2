package org.ripple.cli.output;

import org.ripple.cli.io.Csv;
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
  public static final String CSV_HEADER = "code,name,region,effect_region,within_region,output_I,output_II,"
      + "jobs_effect_I,jobs_effect_II,income_effect_I,income_effect_II,value_added_effect_I,value_added_effect_II";

  private static final Measure[] MEASURES = {Measure.OUTPUT, Measure.JOBS, Measure.LABOUR_INCOME,
      Measure.VALUE_ADDED};

  private final RegionalMultipliers multipliers;
  private final ReportMeta meta;
  private final SectorIndex index;
  private final Regions regions;

  public RegionalMultipliersReport(RegionalMultipliers multipliers, ReportMeta meta) {
    this.multipliers = multipliers;
    this.meta = meta;
    this.index = multipliers.system().model().sectors();
    this.regions = multipliers.regions();
  }

  private double value(Measure m, ModelType t, int sector, int region) {
    double v = multipliers.effect(m, t, sector, region);
    return m == Measure.JOBS ? v * 1e6 / meta.model().unitFactor() : v;
  }

  @Override
  public String csv() {
    StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
    for (int j = 0; j < index.size(); j++) {
      Sector s = index.at(j);
      int r = regions.regionOf(j);
      for (int k = 0; k < regions.size(); k++) {
        out.append(Csv.text(s.code())).append(',').append(Csv.text(s.name())).append(',')
            .append(Csv.text(regions.at(r).code())).append(',').append(Csv.text(regions.at(k).code())).append(',')
            .append(k == r);
        for (Measure m : MEASURES) {
          for (ModelType t : ModelType.values()) {
            MultipliersText.csvCell(out, value(m, t, j, k));
          }
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String table() {
    StringBuilder out = new StringBuilder();
    var info = meta.model();
    MultipliersText.title(out, "Multipliers by region", info);
    ModelType t = multipliers.available(Measure.OUTPUT, ModelType.TYPE_II) ? ModelType.TYPE_II : ModelType.TYPE_I;
    out.append(t == ModelType.TYPE_I ? "Type I (no household data: induced effects not available)"
        : org.ripple.core.impact.RegionalClosure.applies(multipliers.system().model())
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
    String[] names = CSV_HEADER.split(",");
    return MultipliersText.json(meta, multipliers.system(), false, (g, j) -> {
      int r = regions.regionOf(j);
      g.writeStringField("region", regions.at(r).code());
      g.writeArrayFieldStart("by_region");
      for (int k = 0; k < regions.size(); k++) {
        g.writeStartObject();
        g.writeStringField("region", regions.at(k).code());
        g.writeBooleanField("within_region", k == r);
        int c = 5;
        for (Measure m : MEASURES) {
          for (ModelType t : ModelType.values()) {
            MultipliersText.jsonCell(g, names[c++], value(m, t, j, k));
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}

package org.ripple.cli.statcan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ripple.core.Sector;
import org.ripple.core.Suggestions;
import org.ripple.core.fiscal.TaxRules;
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.ProvincialModelBuilder;
import org.ripple.core.provincial.SectorIncome;

/**
 * Reads the twedl/qge 2021 provincial files (23 sectors; see {@code models/quebec-2021/source/README.md}) and aligns
 * one province's numbers to the sector order of {@code sector_definitions_23.csv}. Every sector must appear exactly
 * once where it is expected; a missing, duplicated or unknown sector is an
 * {@link org.ripple.cli.io.InputException} naming the file and line. No arithmetic beyond summing trade flows happens
 * here.
 */
public final class QgeSource {
  public static final String SECTORS = "sector_definitions_23.csv";
  public static final String INPUT_SHARES = "io_matrix_canada_2021_column_shares.csv";
  public static final String GAMMA = "value_added_share_gamma_2021_by_province.csv";
  public static final String TRADE = "trade_flows_2021_23sectors_thousand_cad.csv";
  public static final String EMPLOYMENT = "employment_2021_23sectors_by_province_persons.csv";
  public static final String GOS_SHARE = "structures_share_B_2021_by_province.csv";
  public static final String ALPHA = "final_consumption_share_alpha_2021_by_province.csv";

  public static final String SEPH = "seph_earnings_hours_2021.csv";
  public static final String HOUSEHOLDS = "households_quebec.csv";
  public static final String SAVING = "household_saving_rate_2023_by_province.csv";

  /** Every file the build reads, in the order they are read. */
  public static final List<String> FILES = List.of(SECTORS, INPUT_SHARES, GAMMA, TRADE, EMPLOYMENT, GOS_SHARE, ALPHA,
      SEPH, HOUSEHOLDS, SAVING);

  /** The year of the provincial household saving rates the propensity uses ({@link #SAVING}). */
  public static final int SAVING_YEAR = 2023;

  /**
   * What the build derives for one province ({@link QgeIncome}): its SEPH pay per job by sector (CAD of the model
   * year), the measured income (pay in model money, each sector's labour income per unit of wages, the government and
   * NPISH share), the province's labour income per unit of wages k (payroll-weighted), its tax rules, the price factor
   * from the model year to the tax year, the representative wage (CAD of the model year), the saving rate and the
   * disposable income of that wage (in CAD of the tax year), and the share of the taxes on products in households'
   * final consumption at market prices that g leaves out to be at basic prices.
   */
  public record Derived(String sephGeography, double[] pay, SectorIncome income, double payFactor,
      TaxRules rules, double priceFactor, double wage, double saving, DisposableIncome disposable,
      double productTaxShare) {
    public double collectiveShare() {
      return income.collectiveShare();
    }
  }

  /** The qge name of the rest of the world (international, the territories and the Canadian enclaves). */
  public static final String REST_OF_WORLD = "Rest of World";

  private final Path dir;
  private final String region;
  private final int year;
  private final List<Sector> sectors = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();

  private QgeSource(Path dir, String region, int year) {
    this.dir = dir;
    this.region = region;
    this.year = year;
  }

  /**
   * Reads the inputs of {@code region} for {@code year} from {@code dir}, with the given propensity to consume, or
   * the one derived from disposable income when {@code propensity} is null.
   */
  public static ProvincialModelBuilder.Inputs read(Path dir, String region, int year, Double propensity)
      throws IOException {
    return new QgeSource(dir, region, year).read(propensity);
  }

  /** The pay, taxes and household parameters of {@code region} (the sectors read first). */
  public static Derived derived(Path dir, String region, int year) throws IOException {
    QgeSource q = new QgeSource(dir, region, year);
    q.readSectors();
    return new QgeIncome(q, region, year).derive(q.readProvinceColumn(EMPLOYMENT, "employment_persons"));
  }

  private ProvincialModelBuilder.Inputs read(Double propensity) throws IOException {
    readSectors();
    int n = sectors.size();
    double[] shares = readInputShares();
    double[] gamma = readProvinceColumn(GAMMA, "gamma_primary_inputs_over_total_inputs");
    double[] output = new double[n];
    double[] used = new double[n];
    double[] fromProvinces = new double[n];
    double[] fromAbroad = new double[n];
    readTrade(output, used, fromProvinces, fromAbroad);
    double[] jobs = readProvinceColumn(EMPLOYMENT, "employment_persons");
    double b = readGosShare();
    double[] alpha = readProvinceColumn(ALPHA, "alpha_share_of_final_consumption");
    Derived d = new QgeIncome(this, region, year).derive(jobs);
    double p = propensity == null ? d.disposable().propensity() : propensity;
    return new ProvincialModelBuilder.Inputs(sectors, shares, gamma, output, used, fromProvinces, fromAbroad, jobs,
        b, alpha, p, d.income());
  }

  QgeCsv.Table table(String name) throws IOException {
    return QgeCsv.read(dir.resolve(name));
  }

  /** The sectors, in the order of {@link #SECTORS}. */
  List<Sector> sectors() {
    return sectors;
  }

  private void readSectors() throws IOException {
    QgeCsv.Table t = table(SECTORS);
    int col = t.column("sector");
    for (QgeCsv.Row row : t.rows()) {
      String name = row.get(col);
      String code = QgeSectors.codeOf(name).orElseThrow(() -> t.error(row.line(), 0, "column sector",
          "sector '" + name + "' has no Ripple code (add it to QgeSectors)"));
      if (positions.putIfAbsent(name, sectors.size()) != null) {
        throw t.error(row.line(), 0, "column sector", "sector '" + name + "' is listed twice");
      }
      sectors.add(new Sector(code, name));
    }
    if (sectors.size() != QgeSectors.size()) {
      throw t.error(0, 0, null, "expected the " + QgeSectors.size() + " qge sectors, found " + sectors.size());
    }
  }

  int sector(QgeCsv.Table t, QgeCsv.Row row, int col) {
    String name = row.get(col);
    Integer p = positions.get(name);
    if (p == null) {
      String hint = Suggestions.nearest(name, positions.keySet()).map(s -> " (did you mean '" + s + "'?)").orElse("");
      throw t.error(row.line(), 0, "column " + t.header().get(col), "unknown sector '" + name + "'" + hint);
    }
    return p;
  }

  private double[] readInputShares() throws IOException {
    QgeCsv.Table t = table(INPUT_SHARES);
    int cYear = t.column("year");
    int cFrom = t.column("source_sector");
    int cTo = t.column("dest_sector");
    int cValue = t.column("share_of_dest_intermediate_inputs");
    int n = sectors.size();
    double[] shares = new double[n * n];
    boolean[] seen = new boolean[n * n];
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) != year) {
        continue;
      }
      int k = sector(t, row, cFrom) * n + sector(t, row, cTo);
      if (seen[k]) {
        throw t.error(row.line(), 0, null, "second share for " + row.get(cFrom) + " -> " + row.get(cTo));
      }
      seen[k] = true;
      shares[k] = t.number(row, cValue);
    }
    for (int k = 0; k < n * n; k++) {
      if (!seen[k]) {
        throw t.error(0, 0, null, "no " + year + " share for " + sectors.get(k / n).name() + " -> "
            + sectors.get(k % n).name());
      }
    }
    return shares;
  }

  /** A file with columns year, region, sector, value: the region's value for every sector, exactly once. */
  private double[] readProvinceColumn(String file, String valueColumn) throws IOException {
    return readProvinceColumn(file, valueColumn, region);
  }

  /** One value per sector for {@code ofRegion} (this province or another) and the model year from {@code file}. */
  double[] readProvinceColumn(String file, String valueColumn, String ofRegion) throws IOException {
    QgeCsv.Table t = table(file);
    int cYear = t.column("year");
    int cRegion = t.column("region");
    int cSector = t.column("sector");
    int cValue = t.column(valueColumn);
    int n = sectors.size();
    double[] values = new double[n];
    boolean[] seen = new boolean[n];
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) != year || !row.get(cRegion).equals(ofRegion)) {
        continue;
      }
      int i = sector(t, row, cSector);
      if (seen[i]) {
        throw t.error(row.line(), 0, null, "second " + valueColumn + " for " + ofRegion + ", " + row.get(cSector));
      }
      seen[i] = true;
      values[i] = t.number(row, cValue);
    }
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        throw t.error(0, 0, null, "no " + valueColumn + " for " + ofRegion + " " + year + ", sector "
            + sectors.get(i).name());
      }
    }
    return values;
  }

  /**
   * Output = the region's row summed over every destination; used = region to region; imports = the other
   * provinces to the region, and the rest of the world to the region. Each (sector, source, destination) at most once;
   * the region-to-region cell and the rest-of-world-to-region cell must be there for every sector.
   */
  private void readTrade(double[] output, double[] used, double[] fromProvinces, double[] fromAbroad)
      throws IOException {
    QgeCsv.Table t = table(TRADE);
    TradeColumns c = TradeColumns.of(t);
    int n = sectors.size();
    boolean[] own = new boolean[n];
    boolean[] abroad = new boolean[n];
    Set<String> cells = new HashSet<>();
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, c.year()) != year) {
        continue;
      }
      String from = row.get(c.from());
      String to = row.get(c.to());
      if (!from.equals(region) && !to.equals(region)) {
        continue;
      }
      int i = sector(t, row, c.sector());
      if (!cells.add(i + "\u0000" + from + "\u0000" + to)) {
        throw t.error(row.line(), 0, null, "second flow for " + row.get(c.sector()) + ", " + from + " -> " + to);
      }
      double v = t.number(row, c.value());
      if (from.equals(region)) {
        output[i] += v;
        if (to.equals(region)) {
          used[i] = v;
          own[i] = true;
        }
      } else if (from.equals(REST_OF_WORLD)) {
        fromAbroad[i] = v;
        abroad[i] = true;
      } else {
        fromProvinces[i] += v;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!own[i] || !abroad[i]) {
        throw t.error(0, 0, null, "no " + (own[i] ? REST_OF_WORLD : region) + " -> " + region + " flow for "
            + sectors.get(i).name());
      }
    }
  }

  private double readGosShare() throws IOException {
    QgeCsv.Table t = table(GOS_SHARE);
    int cYear = t.column("year");
    int cRegion = t.column("region");
    int cValue = t.column("gos_share_of_factor_income");
    double b = Double.NaN;
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) == year && row.get(cRegion).equals(region)) {
        if (!Double.isNaN(b)) {
          throw t.error(row.line(), 0, null, "second GOS share for " + region);
        }
        b = t.number(row, cValue);
      }
    }
    if (Double.isNaN(b)) {
      throw t.error(0, 0, null, "no GOS share for " + region + " " + year);
    }
    return b;
  }
}

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
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.ProvincialModelBuilder;

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
  public static final String TAXES = "payroll_income_tax_2025.csv";
  public static final String HOUSEHOLDS = "households_quebec.csv";

  /** Every file the build reads, in the order they are read. */
  public static final List<String> FILES = List.of(SECTORS, INPUT_SHARES, GAMMA, TRADE, EMPLOYMENT, GOS_SHARE, ALPHA,
      SEPH, TAXES, HOUSEHOLDS);

  /** The household saving rate the propensity uses (the item of {@link #HOUSEHOLDS}). */
  public static final String SAVING = "household_saving_rate_2022q3";

  /** SEPH has no agriculture; its forestry, logging and support row stands in for Agriculture, Forestry, Fishing. */
  static final String AGRICULTURE_STAND_IN = "11N";

  /** The sectors whose non-market output government and NPISH consumption is. */
  static final Set<String> COLLECTIVE = Set.of("EDUC", "HEALTH", "PUBADM_OTH");

  /**
   * What the build derives from the pay, tax and household files for one province: its SEPH pay per job by sector
   * (CAD), the labour income per unit of wages, the tax parameters, the representative wage, the saving rate and the
   * government and NPISH share of final consumption.
   */
  public record Derived(String sephGeography, double[] pay, double payFactor, DisposableIncome.Parameters taxes,
      double wage, double saving, double collectiveShare, DisposableIncome disposable) {}

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
    return q.derive(q.readProvinceColumn(EMPLOYMENT, "employment_persons"));
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
    Derived d = derive(jobs);
    double[] payModel = new double[n];
    boolean[] collective = new boolean[n];
    for (int j = 0; j < n; j++) {
      payModel[j] = d.pay()[j] / 1000; // thousand CAD, the unit of the trade flows
      collective[j] = COLLECTIVE.contains(sectors.get(j).code());
    }
    ProvincialModelBuilder.Income income = new ProvincialModelBuilder.Income(payModel, d.payFactor(),
        d.collectiveShare(), collective);
    double p = propensity == null ? d.disposable().propensity() : propensity;
    return new ProvincialModelBuilder.Inputs(sectors, shares, gamma, output, used, fromProvinces, fromAbroad, jobs,
        b, alpha, p, income);
  }

  private Derived derive(double[] jobs) throws IOException {
    String geo = region.equals("Quebec") || region.equals("Ontario") ? region : "Canada";
    double[] pay = readPay(geo);
    boolean quebec = region.equals("Quebec");
    Map<String, Double> tax = readTaxes();
    DisposableIncome.Parameters t = taxes(tax, quebec);
    double factor = quebec
        ? 1 + param(tax, "quebec/pension_plan/base_rate_employee")
            + param(tax, "quebec/pension_plan/first_additional_rate_employee")
            + 1.4 * param(tax, "federal/employment_insurance/employee_premium_rate_quebec")
            + param(tax, "quebec/parental_insurance/employer_premium_rate")
        : 1 + param(tax, "canada/pension_plan/base_and_first_additional_rate_employee")
            + 1.4 * param(tax, "federal/employment_insurance/employee_premium_rate_outside_quebec");
    double jobsSum = 0;
    double bill = 0;
    for (int j = 0; j < jobs.length; j++) {
      jobsSum += jobs[j];
      bill += jobs[j] * pay[j];
    }
    double wage = bill / jobsSum;
    Map<String, Double> hh = readItems(HOUSEHOLDS, "item", "value");
    double households = need(hh, "final_consumption_households_2021");
    double npish = need(hh, "final_consumption_npish_2021");
    double government = need(hh, "final_consumption_general_governments_2021");
    double g = (npish + government) / (households + npish + government);
    double saving = need(hh, SAVING);
    return new Derived(geo, pay, factor, t, wage, saving, g, DisposableIncome.of(t, wage, saving, factor));
  }

  private double need(Map<String, Double> items, String key) throws IOException {
    Double v = items.get(key);
    if (v == null) {
      throw table(HOUSEHOLDS).error(0, 0, null, "no item " + key);
    }
    return v;
  }

  /**
   * Annual pay per job by sector from SEPH 2021 (January to May): for each SEPH industry of the sector, 52 weeks of
   * the mean of an hourly-paid week (average hourly earnings x average weekly hours) and a salaried week (salaried
   * hourly earnings x standard work week), since SEPH's split between the two is not in the file; a sector of
   * several industries takes their unweighted mean, over the industries SEPH publishes for the geography.
   */
  private double[] readPay(String geo) throws IOException {
    QgeCsv.Table t = table(SEPH);
    int cYear = t.column("year");
    int cGeo = t.column("geo");
    int cNaics = t.column("naics");
    int cH = t.column("avg_hourly_earnings_cad_14100205");
    int cW = t.column("avg_weekly_hours_14100255");
    int cS = t.column("avg_hourly_earnings_salaried_cad_14100209");
    int cStd = t.column("standard_work_week_salaried_hours_14100211");
    Map<String, Double> weekly = new HashMap<>();
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) != year || !row.get(cGeo).equals(geo)) {
        continue;
      }
      String label = row.get(cNaics);
      int open = label.lastIndexOf('[');
      if (open < 0 || !label.endsWith("]")) {
        throw t.error(row.line(), 0, "column naics", "no [NAICS] code at the end of '" + label + "'");
      }
      String code = label.substring(open + 1, label.length() - 1).split(",")[0];
      if (row.get(cH).isEmpty() || row.get(cW).isEmpty() || row.get(cS).isEmpty() || row.get(cStd).isEmpty()) {
        continue; // a series StatCan suppressed for the whole period: not available
      }
      double week = 0.5 * (t.number(row, cH) * t.number(row, cW) + t.number(row, cS) * t.number(row, cStd));
      if (weekly.putIfAbsent(code, week) != null) {
        throw t.error(row.line(), 0, null, "second SEPH row for " + geo + " " + year + " [" + code + "]");
      }
    }
    QgeCsv.Table defs = table(SECTORS);
    int cCodes = defs.column("seph_naics_codes_used_for_employment");
    double[] pay = new double[sectors.size()];
    for (QgeCsv.Row row : defs.rows()) {
      int j = sector(defs, row, defs.column("sector"));
      String text = row.get(cCodes);
      String[] codes = text.startsWith("LFS") ? new String[] {AGRICULTURE_STAND_IN} : text.split(";");
      double sum = 0;
      int found = 0;
      for (String c : codes) {
        Double w = weekly.get(c.trim());
        if (w != null) {
          sum += w;
          found++;
        }
      }
      if (found == 0) {
        throw t.error(0, 0, null, "SEPH has no " + geo + " " + year + " row for sector " + sectors.get(j).name()
            + " (" + text + ")");
      }
      pay[j] = 52 * sum / found;
    }
    return pay;
  }

  /** The tax file as {@code jurisdiction/item/parameter -> value}. */
  private Map<String, Double> readTaxes() throws IOException {
    QgeCsv.Table t = table(TAXES);
    int cJ = t.column("jurisdiction");
    int cI = t.column("item");
    int cP = t.column("parameter");
    int cV = t.column("value");
    Map<String, Double> out = new HashMap<>();
    for (QgeCsv.Row row : t.rows()) {
      String key = row.get(cJ) + "/" + row.get(cI) + "/" + row.get(cP);
      if (out.putIfAbsent(key, t.number(row, cV)) != null) {
        throw t.error(row.line(), 0, null, "second value for " + key);
      }
    }
    return out;
  }

  private Map<String, Double> readItems(String file, String keyColumn, String valueColumn) throws IOException {
    QgeCsv.Table t = table(file);
    int cK = t.column(keyColumn);
    int cV = t.column(valueColumn);
    Map<String, Double> out = new HashMap<>();
    for (QgeCsv.Row row : t.rows()) {
      if (out.putIfAbsent(row.get(cK), t.number(row, cV)) != null) {
        throw t.error(row.line(), 0, null, "second value for " + row.get(cK));
      }
    }
    return out;
  }

  /**
   * The 2025 income-tax and contribution parameters of a province's workers: federal brackets, the Quebec abatement,
   * QPP, Quebec's EI rate and QPIP in Quebec; elsewhere CPP and the EI rate outside Quebec. The file has no income-tax
   * schedule of the other nine provinces, so Quebec's provincial schedule stands in for theirs (without the
   * abatement).
   */
  private DisposableIncome.Parameters taxes(Map<String, Double> tax, boolean quebec) throws IOException {
    Param m = key -> param(tax, key);
    double[] fedU = {m.get("federal/income_tax/bracket_1_upper"), m.get("federal/income_tax/bracket_2_upper"),
        m.get("federal/income_tax/bracket_3_upper"), m.get("federal/income_tax/bracket_4_upper")};
    double[] fedR = {m.get("federal/income_tax/rate_1"), m.get("federal/income_tax/rate_2"),
        m.get("federal/income_tax/rate_3"), m.get("federal/income_tax/rate_4"), m.get("federal/income_tax/rate_5")};
    double[] qcU = {m.get("quebec/income_tax/bracket_1_upper"), m.get("quebec/income_tax/bracket_2_upper"),
        m.get("quebec/income_tax/bracket_3_upper")};
    double[] qcR = {m.get("quebec/income_tax/rate_1"), m.get("quebec/income_tax/rate_2"),
        m.get("quebec/income_tax/rate_3"), m.get("quebec/income_tax/rate_4")};
    String plan = quebec ? "quebec/pension_plan/" : "canada/pension_plan/";
    double pensionRate = quebec
        ? m.get(plan + "base_rate_employee") + m.get(plan + "first_additional_rate_employee")
        : m.get(plan + "base_and_first_additional_rate_employee");
    return new DisposableIncome.Parameters(fedU, fedR, m.get("federal/income_tax/basic_personal_amount"),
        quebec ? m.get("federal/income_tax/quebec_abatement") : 0, qcU, qcR,
        m.get("quebec/income_tax/basic_personal_amount"), m.get(plan + "basic_exemption"),
        m.get(plan + "max_pensionable_earnings_ympe"), pensionRate,
        m.get(plan + "additional_max_pensionable_earnings_yampe"), m.get(plan + "second_additional_rate_employee"),
        m.get("federal/employment_insurance/max_insurable_earnings"),
        m.get(quebec ? "federal/employment_insurance/employee_premium_rate_quebec"
            : "federal/employment_insurance/employee_premium_rate_outside_quebec"),
        quebec ? m.get("quebec/parental_insurance/max_insurable_earnings") : 0,
        quebec ? m.get("quebec/parental_insurance/employee_premium_rate") : 0);
  }

  /** A tax parameter by key. */
  private interface Param {
    double get(String key) throws IOException;
  }

  private double param(Map<String, Double> tax, String key) throws IOException {
    Double v = tax.get(key);
    if (v == null) {
      throw table(TAXES).error(0, 0, null, "no 2025 parameter " + key + " (jurisdiction/item/parameter)");
    }
    return v;
  }

  private QgeCsv.Table table(String name) throws IOException {
    return QgeCsv.read(dir.resolve(name));
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

  private int sector(QgeCsv.Table t, QgeCsv.Row row, int col) {
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
    QgeCsv.Table t = table(file);
    int cYear = t.column("year");
    int cRegion = t.column("region");
    int cSector = t.column("sector");
    int cValue = t.column(valueColumn);
    int n = sectors.size();
    double[] values = new double[n];
    boolean[] seen = new boolean[n];
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) != year || !row.get(cRegion).equals(region)) {
        continue;
      }
      int i = sector(t, row, cSector);
      if (seen[i]) {
        throw t.error(row.line(), 0, null, "second " + valueColumn + " for " + region + ", " + row.get(cSector));
      }
      seen[i] = true;
      values[i] = t.number(row, cValue);
    }
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        throw t.error(0, 0, null, "no " + valueColumn + " for " + region + " " + year + ", sector "
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

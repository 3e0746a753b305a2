package org.ripple.cli.statcan;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.fiscal.TaxRules;
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.SectorIncome;

/**
 * The households' side of a qge province: labour income by sector from SEPH pay, the employer's social contributions
 * and the propensity to consume from disposable income, both by {@link TaxRules} with sim-core's parameter file of
 * {@link #TAX_YEAR}, and the government and NPISH share of final consumption. The 2021 pay is carried to CAD of the
 * tax year by the consumer price index before the rules apply, as the fiscal account converts the model's money, so
 * the fiscal account's pay per job from a sector's labour income is the sector's SEPH pay.
 *
 * @param source the province's qge files
 * @param region the province
 * @param year the model's money year (2021), from which the pay is carried to the tax year
 */
record QgeIncome(QgeSource source, String region, int year) {
  /** The tax year whose parameters the build uses. */
  static final int TAX_YEAR = FiscalParameters.LATEST_YEAR;

  /** SEPH has no agriculture; its forestry, logging and support row stands in for Agriculture, Forestry, Fishing. */
  static final String AGRICULTURE_STAND_IN = "11N";

  /** The province whose government, NPISH and household consumption the source files give. */
  static final String QUEBEC = "Quebec";

  /** The sectors whose non-market output government and NPISH consumption is. */
  static final Set<String> COLLECTIVE = Set.of("EDUC", "HEALTH", "PUBADM_OTH");

  /** The pay, taxes and household figures of the province, with the sectors' jobs. */
  QgeSource.Derived derive(double[] jobs) throws IOException {
    String geo = region.equals("Quebec") || region.equals("Ontario") ? region : "Canada";
    double[] pay = readPay(geo);
    FiscalParameters parameters = FiscalParameters.forYear(TAX_YEAR).orElseThrow(() -> new IllegalStateException(
        "the jar lacks its " + TAX_YEAR + " tax parameters"));
    double prices = parameters.priceFactor(year).orElseThrow(() -> new IllegalStateException(parameters.file()
        + " has no consumer price index for " + year + " and " + TAX_YEAR));
    TaxRules rules = TaxRules.forProvince(parameters, region);
    double[] factor = new double[pay.length];
    boolean[] collective = new boolean[pay.length];
    double[] payModel = new double[pay.length];
    for (int j = 0; j < pay.length; j++) {
      factor[j] = rules.labourIncomePerWage(pay[j] * prices);
      payModel[j] = pay[j] / 1000; // thousand CAD, the unit of the trade flows
      collective[j] = COLLECTIVE.contains(source.sectors().get(j).code());
    }
    double jobsSum = 0;
    double bill = 0;
    for (int j = 0; j < jobs.length; j++) {
      jobsSum += jobs[j];
      bill += jobs[j] * pay[j];
    }
    double wage = bill / jobsSum;
    Map<String, Double> hh = readItems(QgeSource.HOUSEHOLDS, "item", "value");
    double households = need(hh, "final_consumption_households_2021");
    double npish = need(hh, "final_consumption_npish_2021");
    double government = need(hh, "final_consumption_general_governments_2021");
    double tau = productTaxShare(hh);
    // alpha is at basic prices; households' consumption at market prices carries the taxes on products, so their
    // part of final consumption is taken at basic prices, C (1 - tau), where government and NPISH's hardly pay any.
    double gQuebec = (npish + government) / (households * (1 - tau) + npish + government);
    // Quebec's is the only split in the source files: another province keeps Quebec's split of the three sectors'
    // final consumption between households and government and NPISH, so its g follows its own three sectors' share.
    double g = gQuebec * (collectiveShareOfAlpha(region) / collectiveShareOfAlpha(QUEBEC));
    double saving = readSaving();
    SectorIncome income = new SectorIncome(payModel, factor, g, collective);
    double k = income.payFactor(jobs);
    return new QgeSource.Derived(geo, pay, income, k, rules, prices, wage, saving,
        DisposableIncome.of(rules, wage * prices, saving, k), tau);
  }

  /**
   * The share tau of the taxes on products in households' final consumption at market prices: Quebec households'
   * 2007 consumption taxes over their 2007 current consumption, with the GST and QST carried to 2021's rates (the
   * other taxes at their 2007 share) and the denominator's taxes with them: tau = T' / (C - T + T'), T' = S r21 / r07
   * + (T - S), with T all the taxes, S the GST and QST, r07 and r21 the combined general sales tax rates.
   */
  static double productTaxShare(double taxes, double salesTaxes, double consumption, double rate2007,
      double rate2021) {
    double carried = salesTaxes * rate2021 / rate2007 + (taxes - salesTaxes);
    return carried / (consumption - taxes + carried);
  }

  private double productTaxShare(Map<String, Double> hh) throws IOException {
    double tau = productTaxShare(need(hh, "household_consumption_taxes_2007"),
        need(hh, "household_general_sales_taxes_2007"), need(hh, "household_current_consumption_2007"),
        need(hh, "general_sales_tax_rate_2007"), need(hh, "general_sales_tax_rate_2021"));
    if (!(tau >= 0 && tau < 1)) {
      throw source.table(QgeSource.HOUSEHOLDS).error(0, 0, null, "the taxes on products in household "
          + "consumption come to a share of " + tau + "; it must lie in [0, 1): check the 2007 items");
    }
    return tau;
  }

  /** The share of education, health and public administration and other services in a province's alpha. */
  private double collectiveShareOfAlpha(String province) throws IOException {
    double[] alpha = source.readProvinceColumn(QgeSource.ALPHA, "alpha_share_of_final_consumption", province);
    double all = 0;
    double collective = 0;
    for (int j = 0; j < alpha.length; j++) {
      all += alpha[j];
      if (COLLECTIVE.contains(source.sectors().get(j).code())) {
        collective += alpha[j];
      }
    }
    return collective / all;
  }

  /** The province's household saving rate of {@link QgeSource#SAVING_YEAR}: once in {@link QgeSource#SAVING}. */
  private double readSaving() throws IOException {
    QgeCsv.Table t = source.table(QgeSource.SAVING);
    int cYear = t.column("year");
    int cRegion = t.column("region");
    int cValue = t.column("household_saving_rate");
    double s = Double.NaN;
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, cYear) != QgeSource.SAVING_YEAR || !row.get(cRegion).equals(region)) {
        continue;
      }
      if (!Double.isNaN(s)) {
        throw t.error(row.line(), 0, null, "second saving rate for " + region + " " + QgeSource.SAVING_YEAR);
      }
      s = t.number(row, cValue);
      if (!(s > -1 && s < 1)) {
        throw t.error(row.line(), 0, "column household_saving_rate", "a saving rate must lie between -1 and 1 "
            + "(a share of disposable income), was " + row.get(cValue));
      }
    }
    if (Double.isNaN(s)) {
      throw t.error(0, 0, null, "no " + QgeSource.SAVING_YEAR + " saving rate for " + region);
    }
    return s;
  }

  private double need(Map<String, Double> items, String key) throws IOException {
    Double v = items.get(key);
    if (v == null) {
      throw source.table(QgeSource.HOUSEHOLDS).error(0, 0, null, "no item " + key);
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
    QgeCsv.Table t = source.table(QgeSource.SEPH);
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
    QgeCsv.Table defs = source.table(QgeSource.SECTORS);
    int cCodes = defs.column("seph_naics_codes_used_for_employment");
    double[] pay = new double[source.sectors().size()];
    for (QgeCsv.Row row : defs.rows()) {
      int j = source.sector(defs, row, defs.column("sector"));
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
        throw t.error(0, 0, null, "SEPH has no " + geo + " " + year + " row for sector "
            + source.sectors().get(j).name() + " (" + text + ")");
      }
      pay[j] = 52 * sum / found;
    }
    return pay;
  }

  private Map<String, Double> readItems(String file, String keyColumn, String valueColumn) throws IOException {
    QgeCsv.Table t = source.table(file);
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
}

package org.ripple.cli.statcan;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.SectorIndex;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.ProvincialModelBuilder;

/**
 * The recipe of the bundled {@code quebec-2021} model: which source files, which province and year, the default
 * propensity to consume, and the words (assumptions with their numbers, notes, sources) that go into model.yaml.
 * The numbers quoted in the assumptions are computed from the same inputs, so the text cannot drift from the data.
 */
public final class Quebec2021 {
  public static final String NAME = "quebec-2021";
  public static final String REGION = "Quebec";
  public static final int YEAR = 2021;


  /** The sector of the flagship scenario, quoted in the assumptions. */
  public static final String TRANSPORT = "TRANSPORT";

  public static final String ATTRIBUTION = "Source: Statistics Canada, Provincial symmetric input-output tables 2021 "
      + "(15-211-X), Tables 14-10-0202-01 and 14-10-0023-01; aggregated by twedl/qge (MIT).";

  static final String LICENCE = "Statistics Canada Open Licence (https://www.statcan.gc.ca/en/terms-conditions/"
      + "open-licence) for the data; the 23-sector aggregation by twedl/qge is MIT-licensed. Not official Statistics "
      + "Canada figures at this aggregation.";

  static final String OPEN_LICENCE = "Statistics Canada Open Licence";

  private Quebec2021() {}

  /** A built model and the model.yaml text that goes with it. */
  public record Built(Model model, ModelWriter.Provenance provenance, ProvincialModelBuilder.Inputs inputs) {}

  /** Reads the qge files in {@code sourceDir} and builds the model. */
  public static Built build(Path sourceDir, Double propensity) throws IOException {
    return build(QgeSource.read(sourceDir, REGION, YEAR, propensity), QgeSource.derived(sourceDir, REGION, YEAR));
  }

  /** Reads the inputs only (for sensitivity runs and checks). */
  public static ProvincialModelBuilder.Inputs inputs(Path sourceDir, Double propensity) throws IOException {
    return QgeSource.read(sourceDir, REGION, YEAR, propensity);
  }

  /** Builds the model from already-read inputs, with the pay, tax and household figures they were derived from. */
  public static Built build(ProvincialModelBuilder.Inputs in, QgeSource.Derived d) {
    // First pass for the totals quoted in the assumptions; the second attaches the finished metadata.
    Model draft = ProvincialModelBuilder.build(ModelInfo.named(NAME), in);
    ModelInfo info = new ModelInfo(NAME, "Quebec 2021, 23 sectors (Statistics Canada 2021 provincial input-output "
        + "tables, aggregated by twedl/qge)", REGION, YEAR, "CAD", "CAD thousands", 1000, JOBS_DEFINITION,
        sources().stream().map(ModelWriter.Source::title).toList(), assumptions(in, draft, d), d.payFactor());
    Model model = ProvincialModelBuilder.build(info, in);
    return new Built(model, new ModelWriter.Provenance(LICENCE, ATTRIBUTION, sources(), notes()), in);
  }

  static final String JOBS_DEFINITION = "Persons employed in Quebec, 2021 annual average (persons, not full-time "
      + "equivalents): all payroll employees from the Survey of Employment, Payrolls and Hours (SEPH, Table "
      + "14-10-0202-01, excludes the self-employed) for 22 sectors; for Agriculture, Forestry, Fishing, employed "
      + "persons aged 15 and over from the Labour Force Survey (LFS, Table 14-10-0023-01, includes the self-employed).";

  static List<ModelWriter.Source> sources() {
    return List.of(
        new ModelWriter.Source("Provincial symmetric input-output tables, Link-1997 level, 2021", "Statistics Canada",
            "Catalogue 15-211-X (workbooks IOTs provincial symmetric <PR> L97 2021)", 2021,
            "thousand CAD, current prices, basic prices", OPEN_LICENCE),
        new ModelWriter.Source("Survey of Employment, Payrolls and Hours: employment by industry, all employees",
            "Statistics Canada", "Table 14-10-0202-01", 2021, "persons", OPEN_LICENCE),
        new ModelWriter.Source("Labour Force Survey: employment by industry (Agriculture, Forestry, Fishing only)",
            "Statistics Canada", "Table 14-10-0023-01", 2021, "persons (published in thousands)", OPEN_LICENCE),
        new ModelWriter.Source("qge: Canada 2021 provincial inputs aggregated to 23 sectors (io_matrix, "
            + "value_added_share, bilateral_trade, employment, structures_share, final_demand_share)", "twedl/qge",
            "https://github.com/twedl/qge commit 702d630fc766a8216c2785fa5e73d041658f6b3a, "
                + "cprhs/data/inputs/canada_2021/", 2021, "thousand CAD (inferred, not stated by qge); persons; shares",
            "MIT"),
        new ModelWriter.Source("Survey of Employment, Payrolls and Hours: average hourly earnings (hourly-paid and "
            + "salaried), average weekly hours, standard work week, by detailed industry, January to May 2021",
            "Statistics Canada", "Tables 14-10-0205-01, 14-10-0209-01, 14-10-0211-01, 14-10-0255-01 (monthly, as "
                + "downloaded in PhilSmith26/SEPHbrowser @ 1c8a69a662783b6f8554036ca3d669a50c906b16, averaged by "
                + "year)", 2021, "CAD per hour; hours per week", OPEN_LICENCE),
        new ModelWriter.Source("2025 payroll contributions (EI, QPIP, QPP, CPP), federal and provincial income-tax "
            + "brackets and basic amounts, and the consumer price index", "ESDC, RQAP, Retraite Quebec, CRA, Revenu "
                + "Quebec, Statistics Canada", "sim-core's fiscal parameter file tax-parameters-2025.csv (each row "
                + "names its official source), the one file of the fiscal account and the model build", 2025,
            "CAD; shares; index 2002=100", "facts (official rates)"),
        new ModelWriter.Source("Quebec final consumption expenditure by sector (households, NPISH, general "
            + "governments), 2021", "Institut de la statistique du Quebec", "real GDP by expenditure, chained 2017 "
                + "dollars, Quebec 2021-2023", 2021, "millions of chained 2017 CAD", "facts"),
        new ModelWriter.Source("Household saving rate by province, 2023", "Statistics Canada",
            "Table 36-10-0224-01 (household sector current accounts, provincial and territorial), as released in "
                + "November 2024 and reported by Wealth Professional citing Desjardins Economic Studies (July 2025)",
            QgeSource.SAVING_YEAR, "share of household disposable income", "facts"));
  }

  static List<String> assumptions(ProvincialModelBuilder.Inputs in, Model m, QgeSource.Derived d) {
    SectorIndex idx = m.sectors();
    int t = idx.positionOf(TRANSPORT);
    if (t < 0) {
      throw new IllegalStateException("no " + TRANSPORT + " sector");
    }
    double[] rpc = ProvincialModelBuilder.regionalPurchaseCoefficients(in);
    int lo = 0;
    int hi = 0;
    for (int i = 1; i < rpc.length; i++) {
      lo = rpc[i] < rpc[lo] ? i : lo;
      hi = rpc[i] > rpc[hi] ? i : hi;
    }
    double gammaT = in.gamma()[t];
    double h = m.householdIncome();
    double cSum = 0;
    for (int i = 0; i < m.size(); i++) {
      cSum += m.householdConsumption(i);
    }
    return List.of(
        "Technology: every Quebec sector buys intermediate inputs in the Canada-wide (sum of the 10 provinces) 2021 "
            + "input mix of its sector, scaled to Quebec's own intermediate-input share of output: a[i][j] = "
            + "s[i][j] x (1 - gamma_QC[j]); for example Transportation Services (" + TRANSPORT + ") buys "
            + "intermediate inputs from all origins worth " + fixed(1 - gammaT, 4) + " of its output (gamma "
            + fixed(gammaT, 4) + ").",
        "Regional trade: a fixed share RPC[i] = used_in_Quebec[i] / (used_in_Quebec[i] + imports_from_other_"
            + "provinces[i] + international_imports[i]) of all use of sector i's products in Quebec, by every industry "
            + "and by final demand alike, is supplied from Quebec, and A[i][j] = RPC[i] x a[i][j]; RPC ranges from "
            + fixed(rpc[lo], 4) + " (" + idx.at(lo).code() + ") to " + fixed(rpc[hi], 4) + " ("
            + idx.at(hi).code() + ") and is " + fixed(rpc[t], 4) + " for " + TRANSPORT + ".",
        "Output is Quebec's 2021 output at basic prices, the Quebec row of the qge trade flows summed over all "
            + "destinations (Quebec, the other 9 provinces, the rest of the world), " + billions(m.total(
                Measure.OUTPUT)) + " billion CAD in total (" + TRANSPORT + ": " + billions(m.output(t))
            + " billion CAD); the unit, thousand CAD, is inferred from the scale of the data and not stated by qge.",
        "Value added is V = gamma x output, where gamma counts wages, employers' social contributions, mixed "
            + "income, gross operating surplus and taxes less subsidies on production; it totals "
            + billions(m.total(Measure.VALUE_ADDED)) + " billion CAD.",
        labourIncomeAssumption(in, m, d),
        propensityAssumption(in.propensity(), d),
        householdAssumption(in, m, d, cSum / h),
        "Fixed coefficients: inputs, jobs, labour income and value added are proportional to output in every "
            + "sector at their 2021 ratios, and the regional purchase coefficients hold for any change in demand.");
  }

  /** Labour income per job in CAD, by sector. */
  static double perJob(Model m, int j) {
    return m.level(Measure.LABOUR_INCOME, j) / m.level(Measure.JOBS, j) * 1000;
  }

  static String labourIncomeAssumption(ProvincialModelBuilder.Inputs in, Model m, QgeSource.Derived d) {
    SectorIndex idx = m.sectors();
    int lo = 0;
    int hi = 0;
    for (int j = 1; j < m.size(); j++) {
      lo = perJob(m, j) < perJob(m, lo) ? j : lo;
      hi = perJob(m, j) > perJob(m, hi) ? j : hi;
    }
    int t = idx.positionOf(TRANSPORT);
    int r = idx.positionOf("REAL_EST");
    int kLo = 0;
    int kHi = 0;
    double[] k = d.income().payFactor();
    for (int j = 1; j < k.length; j++) {
      kLo = k[j] < k[kLo] ? j : kLo;
      kHi = k[j] > k[kHi] ? j : kHi;
    }
    FiscalParameters p = d.rules().parameters();
    return "Labour income is measured by sector: W[j] = jobs[j] x pay[j] x k[j], where pay[j] is the sector's "
        + "annual pay per job from SEPH, " + d.sephGeography() + ", January to May 2021 (for each SEPH industry of "
        + "the sector, 52 weeks of the mean of an hourly-paid week, average hourly earnings x average weekly hours, "
        + "and a salaried week, salaried hourly earnings x standard work week, the file having no split between the "
        + "two; an unweighted mean over the sector's SEPH industries; SEPH has no agriculture, so forestry, logging "
        + "and support stands in for Agriculture, Forestry, Fishing), and k[j] is labour income per unit of wages "
        + "at that pay: 1 + the employer's social contributions, by the fiscal account's rules and parameters ("
        + p.file() + "): EI at " + p.value("federal.employment_insurance.employer_multiple") + " x the employee's "
        + percent(p.value("federal.employment_insurance.employee_rate_quebec")) + " up to "
        + whole(p.value("federal.employment_insurance.max_insurable_earnings")) + " CAD, QPP equal to the "
        + "employee's " + percent(p.value("quebec.pension_plan.base_rate")
            + p.value("quebec.pension_plan.first_additional_rate")) + " above the "
        + whole(p.value("quebec.pension_plan.basic_exemption")) + " CAD exemption up to "
        + whole(p.value("quebec.pension_plan.ympe")) + " CAD and "
        + percent(p.value("quebec.pension_plan.second_additional_rate")) + " up to "
        + whole(p.value("quebec.pension_plan.yampe")) + " CAD, QPIP "
        + percent(p.value("quebec.parental_insurance.employer_rate")) + " up to "
        + whole(p.value("quebec.parental_insurance.max_insurable_earnings")) + " CAD, " + QgeIncome.TAX_YEAR
        + " rates on the pay carried to CAD of " + QgeIncome.TAX_YEAR + " by the consumer price index (x "
        + fixed(d.priceFactor(), 4) + "). Labour income is compensation of employees, so Quebec's Health Services "
        + "Fund, a payroll tax the national accounts record as a tax on production, is not in it (the fiscal account "
        + "collects it on the pay). k[j] ranges from " + fixed(k[kLo], 4) + " (" + idx.at(kLo).code() + ") to "
        + fixed(k[kHi], 4) + " (" + idx.at(kHi).code() + "); the payroll-weighted k = " + fixed(d.payFactor(), 6)
        + " is model.yaml's labour_income_per_wage. Labour "
        + "income per job ranges from " + thousands(perJob(m, lo)) + " (" + idx.at(lo).code() + ") to "
        + thousands(perJob(m, hi)) + " (" + idx.at(hi).code() + ") thousand CAD; " + TRANSPORT + " "
        + thousands(perJob(m, t)) + ", REAL_EST " + thousands(perJob(m, r)) + ". This is the compensation of the "
        + "jobs the model counts (SEPH payroll employees), so the mixed income of the self-employed is left out; "
        + "household income H = sum(W) = " + billions(m.householdIncome()) + " billion CAD, against (1 - B) x "
        + "sum(V) = " + billions((1 - in.gosShare()) * m.total(Measure.VALUE_ADDED)) + " billion CAD with Quebec's "
        + "GOS share of factor income B = " + fixed(in.gosShare(), 4) + ".";
  }

  /** A share as a percentage, as few decimals as it needs (0.0131 is "1.31 %"). */
  static String percent(double share) {
    return new BigDecimal(share).multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString() + " %";
  }

  /** A whole amount with thousands separators (65,700). */
  static String whole(double v) {
    return String.format(java.util.Locale.ROOT, "%,d", Math.round(v));
  }

  static String propensityAssumption(double p, QgeSource.Derived d) {
    DisposableIncome di = d.disposable();
    String derivation = "of the labour income k y behind an average SEPH wage y = " + thousands(d.wage())
        + " thousand CAD of 2021 (" + thousands(di.wage()) + " thousand CAD of " + QgeIncome.TAX_YEAR + "), "
        + "households keep y - T - C, by the fiscal account's rules: " + QgeIncome.TAX_YEAR + " federal income tax "
        + "less the 16.5 % Quebec abatement and Quebec income tax (brackets less the basic personal credits) T = "
        + thousands(di.incomeTax()) + " thousand and employee QPP, EI and QPIP contributions C = "
        + thousands(di.contributions()) + " thousand (CAD of " + QgeIncome.TAX_YEAR + "), a share "
        + fixed(di.disposableShare(), 4) + " of y; they save s = " + fixed(di.saving(), 3)
        + " of it (Quebec's household saving rate of " + QgeSource.SAVING_YEAR + ", Statistics Canada's household "
        + "sector current accounts by province, Table 36-10-0224-01, the same source and year for every province "
        + "of canada-provinces-2021; the Institut de la statistique du Quebec's quarterly rate was 0.086 in 2022 Q3, "
        + "and 2021 itself, a pandemic year, about 0.14); so p = " + fixed(di.disposableShare(), 4) + " x (1 - "
        + fixed(di.saving(), 3) + ") / " + fixed(di.payFactor(), 6) + " = " + fixed(di.propensity(), 4) + ". The "
        + "tax is that of the average wage, which understates the average tax rate of a spread of wages; sales "
        + "taxes (GST, QST) on what households buy are not taken out, which overstates p; imports leave through the "
        + "regional purchase coefficients. models/quebec-2021/README.md shows the induced effect at other saving "
        + "rates and tax levels.";
    if (Double.compare(p, di.propensity()) == 0) {
      return "Propensity to consume out of labour income, p = " + fixed(p, 4) + ", derived: " + derivation;
    }
    return "Propensity to consume: households spend p = " + fixed(p, 4) + " of each dollar of labour income, as set "
        + "with --propensity when the model was built; the derived value is " + fixed(di.propensity(), 4) + ": "
        + derivation;
  }

  static String householdAssumption(ProvincialModelBuilder.Inputs in, Model m, QgeSource.Derived d, double cOverH) {
    double coll = 0;
    double all = 0;
    double alphaColl = 0;
    for (int i = 0; i < m.size(); i++) {
      double c = m.householdConsumption(i);
      all += c;
      if (QgeIncome.COLLECTIVE.contains(m.sectors().at(i).code())) {
        coll += c;
        alphaColl += in.alpha()[i];
      }
    }
    return "Household consumption from Quebec industries is c[i] = h[i] x RPC[i] x p x H, with h the households' "
        + "own mix: qge's alpha, Quebec's 2021 sector mix of all final consumption (households, NPISH and "
        + "governments) at basic prices, less government and NPISH consumption, a share g = "
        + fixed(d.collectiveShare(), 4) + " of final consumption at basic prices (Institut de la statistique du "
        + "Quebec, 2021, chained 2017 dollars at market prices: NPISH 7,533, general governments 112,057 and "
        + "households 252,991 million; households' part taken at basic prices, without the taxes on products, a "
        + "share tau = " + fixed(d.productTaxShare(), 4) + " of their spending at market prices, so g = 119,590 / "
        + "(119,590 + 252,991 x (1 - " + fixed(d.productTaxShare(), 4) + ")); tau is an assumption: Quebec "
        + "households' 2007 consumption taxes paid directly, 15,527 million by Statistics Canada's SPSD/M (GST "
        + "5,273 and QST 7,484, the rest federal customs and excise and provincial fuel and carbon taxes), the GST "
        + "and QST carried to 2021's combined rate 0.14975 from 2007's 0.1395 and the rest kept, over their 2007 "
        + "current consumption in the Survey of Household Spending, 133,018 million, whose taxes move with them: "
        + "tau = 16,464 / (133,018 - 15,527 + 16,464); the survey leaves out owner-occupiers' imputed rent, which "
        + "carries no tax, so tau on all of national accounts' household consumption would be lower), all of it "
        + "taken from education, health and public "
        + "administration and other services (their non-market output, where the source puts government and NPISH "
        + "production), in proportion to their alpha: h[i] = (alpha[i] - g alpha[i] / " + fixed(alphaColl, 4)
        + ") / (1 - g) for those three sectors, alpha[i] / (1 - g) for the others. The three make "
        + fixed(100 * alphaColl, 1) + " % of alpha and " + fixed(100 * coll / all, 1) + " % of c; sum(c) / H = "
        + fixed(cOverH, 4) + ".";
  }

  static String thousands(double cad) {
    return fixed(cad / 1000, 1);
  }

  static List<String> notes() {
    return List.of(
        "2021 was a COVID-19 year: accommodation, food services, arts and recreation were depressed and household "
            + "saving was unusually high, so 2021 coefficients and job ratios may differ from a normal year.",
        "Jobs for 22 sectors are SEPH payroll employees, which exclude the self-employed; only Agriculture, "
            + "Forestry, Fishing uses LFS employed persons, which include them. Jobs per dollar of output are "
            + "therefore understated where self-employment is common (for example trucking owner-operators, "
            + "construction, professional services).",
        "Warehousing and storage (NAICS 493), couriers and messengers (492) and postal service (491) are all inside "
            + "Transportation Services (TRANSPORT, NAICS 48-49), together with air, rail, water, truck, transit, "
            + "pipeline and support activities; a shock to one of them uses the average coefficients of the whole "
            + "sector.",
        "These are not official Statistics Canada figures at this aggregation: the 23-sector aggregation and the "
            + "derivation of trade flows, gamma, alpha and B are by twedl/qge, which also clipped negative trade "
            + "flows to 0; the territories are part of the rest of the world.",
        "The input mix is national (sum of the 10 provinces), not Quebec's own; Quebec-specific structure enters "
            + "only through gamma, the regional purchase coefficients, alpha and B.",
        "Regional purchase coefficients come from a supply-demand pool: every buyer in Quebec imports the same share "
            + "of a product, which ignores cross-hauling and differences between buyers; they are average, not "
            + "marginal, import shares.",
        "1 - gamma counts every input that is not one of qge's primary inputs as intermediate, so any taxes on "
            + "products paid on intermediate inputs are treated as intermediate purchases.",
        "The multipliers of this model are checked only for order of magnitude, against Statistics Canada's "
            + "Ontario 2022 transportation and warehousing multipliers (within province); no published Quebec "
            + "multipliers were available. See models/quebec-2021/README.md.");
  }

  /** {@code v} rounded half-even to {@code scale} decimals, plain notation; independent of locale and JDK. */
  static String fixed(double v, int scale) {
    return new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** An amount in CAD thousands as CAD billions with 2 decimals. */
  static String billions(double thousands) {
    return fixed(thousands / 1e6, 2);
  }
}

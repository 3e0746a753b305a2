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

  /** Share of labour income spent on consumption: an analyst assumption, see {@link #propensityAssumption}. */
  public static final double DEFAULT_PROPENSITY = 0.6;

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
  public static Built build(Path sourceDir, double propensity) throws IOException {
    return build(QgeSource.read(sourceDir, REGION, YEAR, propensity));
  }

  /** Reads the inputs only (for sensitivity runs and checks). */
  public static ProvincialModelBuilder.Inputs inputs(Path sourceDir, double propensity) throws IOException {
    return QgeSource.read(sourceDir, REGION, YEAR, propensity);
  }

  /** Builds the model from already-read inputs. */
  public static Built build(ProvincialModelBuilder.Inputs in) {
    // First pass for the totals quoted in the assumptions; the second attaches the finished metadata.
    Model draft = ProvincialModelBuilder.build(ModelInfo.named(NAME), in);
    ModelInfo info = new ModelInfo(NAME, "Quebec 2021, 23 sectors (Statistics Canada 2021 provincial input-output "
        + "tables, aggregated by twedl/qge)", REGION, YEAR, "CAD", "CAD thousands", 1000, JOBS_DEFINITION,
        sources().stream().map(ModelWriter.Source::title).toList(), assumptions(in, draft));
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
            "MIT"));
  }

  static List<String> assumptions(ProvincialModelBuilder.Inputs in, Model m) {
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
        "Labour income is W = (1 - B) x V with Quebec's 2021 gross-operating-surplus share of factor income B = "
            + fixed(in.gosShare(), 4) + " applied to every sector (the source has no sector-level split), so labour "
            + "income is " + fixed(100 * (1 - in.gosShare()), 2) + " % of value added in each sector; taxes less "
            + "subsidies on production, which are inside gamma, are split in the same proportion. Household income "
            + "H = sum(W) = " + billions(h) + " billion CAD.",
        propensityAssumption(in.propensity()),
        "Household consumption from Quebec industries is c[i] = alpha[i] x RPC[i] x p x H, where alpha is Quebec's "
            + "2021 sector mix of final consumption, which includes NPISH and government consumption (it is not a "
            + "household-only basket, so it leans towards education, health and public services); sum(c) / H = "
            + fixed(cSum / h, 4) + ".",
        "Fixed coefficients: inputs, jobs, labour income and value added are proportional to output in every "
            + "sector at their 2021 ratios, and the regional purchase coefficients hold for any change in demand.");
  }

  static String propensityAssumption(double p) {
    String lead = p == DEFAULT_PROPENSITY
        ? "Propensity to consume: households spend p = " + fixed(p, 2) + " of each dollar of labour income on goods "
            + "and services at basic prices. This is an analyst assumption, not a published figure (the source data "
            + "has no Quebec household income or consumption levels):"
        : "Propensity to consume: households spend p = " + fixed(p, 4) + " of each dollar of labour income on goods "
            + "and services at basic prices, as set with --propensity when the model was built. The default, "
            + fixed(DEFAULT_PROPENSITY, 2) + ", is an analyst assumption, not a published figure:";
    return lead + " of one dollar of labour income roughly 0.12 is employers' social contributions, about a quarter "
        + "of the rest goes to personal income tax and employee payroll contributions, about 5 % of what is left is "
        + "saved, and sales taxes (GST and QST on taxable items) add about 8 % to consumer prices, which gives "
        + "0.88 x 0.75 x 0.95 / 1.08 = 0.58, rounded to 0.6; these rates are rough magnitudes, not measured. "
        + "Induced effects scale roughly in proportion to p (see models/quebec-2021/README.md for Transportation "
        + "Services multipliers at p = 0.5, 0.6 and 0.7), and `ripple model build --propensity` rebuilds the model "
        + "with another value.";
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

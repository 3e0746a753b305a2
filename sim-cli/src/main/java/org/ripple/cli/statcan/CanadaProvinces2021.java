package org.ripple.cli.statcan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ripple.cli.model.ModelMetadata;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.provincial.MultiRegionalModelBuilder;
import org.ripple.core.provincial.ProvincialModelBuilder;
import org.ripple.core.validate.ModelValidator;

/**
 * The recipe of the bundled {@code canada-provinces-2021} model: the ten provinces, each read exactly as
 * {@code quebec-2021} reads Quebec ({@link QgeSource}), the interprovincial shipments from the same trade file, the
 * multi-regional arithmetic of {@link MultiRegionalModelBuilder}, and the words that go into model.yaml.
 */
public final class CanadaProvinces2021 {
  public static final String NAME = "canada-provinces-2021";
  public static final int YEAR = 2021;

  /** The provinces in Statistics Canada's order (east to west): code and the qge name. */
  public static final List<Regions.Region> PROVINCES = List.of(
      new Regions.Region("NL", "Newfoundland and Labrador"), new Regions.Region("PE", "Prince Edward Island"),
      new Regions.Region("NS", "Nova Scotia"), new Regions.Region("NB", "New Brunswick"),
      new Regions.Region("QC", "Quebec"), new Regions.Region("ON", "Ontario"), new Regions.Region("MB", "Manitoba"),
      new Regions.Region("SK", "Saskatchewan"), new Regions.Region("AB", "Alberta"),
      new Regions.Region("BC", "British Columbia"));

  private CanadaProvinces2021() {}

  /** A built model, its model.yaml words and its inputs. */
  public record Built(Model model, ModelWriter.Provenance provenance, MultiRegionalModelBuilder.Inputs inputs) {}

  /** Reads the qge files in {@code sourceDir} and builds the model. */
  public static Built build(Path sourceDir, Double propensity) throws IOException {
    double[] saving = new double[PROVINCES.size()];
    for (int r = 0; r < saving.length; r++) {
      saving[r] = QgeSource.derived(sourceDir, PROVINCES.get(r).name(), YEAR).saving();
    }
    return build(inputs(sourceDir, propensity), saving);
  }

  /** Reads the ten provinces' inputs and the shipments between them. */
  public static MultiRegionalModelBuilder.Inputs inputs(Path sourceDir, Double propensity) throws IOException {
    List<ProvincialModelBuilder.Inputs> provinces = new ArrayList<>();
    for (Regions.Region r : PROVINCES) {
      provinces.add(QgeSource.read(sourceDir, r.name(), YEAR, propensity));
    }
    double[] shipments = shipments(sourceDir, provinces.get(0).sectors());
    return new MultiRegionalModelBuilder.Inputs(PROVINCES, provinces, shipments);
  }

  /** {@code shipments[(o * R + d) * n + i]} from the trade file: every province pair and sector exactly once. */
  static double[] shipments(Path dir, List<Sector> sectors) throws IOException {
    QgeCsv.Table t = QgeCsv.read(dir.resolve(QgeSource.TRADE));
    TradeColumns c = TradeColumns.of(t);
    int n = sectors.size();
    int r = PROVINCES.size();
    Map<String, Integer> sector = new HashMap<>();
    for (int i = 0; i < n; i++) {
      sector.put(sectors.get(i).name(), i);
    }
    Map<String, Integer> province = new HashMap<>();
    for (int p = 0; p < r; p++) {
      province.put(PROVINCES.get(p).name(), p);
    }
    double[] shipments = new double[r * r * n];
    Set<Integer> seen = new HashSet<>();
    for (QgeCsv.Row row : t.rows()) {
      if (t.integer(row, c.year()) != YEAR) {
        continue;
      }
      Integer o = province.get(row.get(c.from()));
      Integer d = province.get(row.get(c.to()));
      if (o == null || d == null) {
        continue; // flows with the rest of the world are read by QgeSource
      }
      Integer i = sector.get(row.get(c.sector()));
      if (i == null) {
        throw t.error(row.line(), 0, "column sector", "unknown sector '" + row.get(c.sector()) + "'");
      }
      int k = (o * r + d) * n + i;
      if (!seen.add(k)) {
        throw t.error(row.line(), 0, null, "second flow for " + row.get(c.sector()) + ", " + row.get(c.from()) + " -> "
            + row.get(c.to()));
      }
      shipments[k] = t.number(row, c.value());
    }
    if (seen.size() != r * r * n) {
      throw t.error(0, 0, null, "expected a flow for every sector and pair of provinces (" + r * r * n + "), found "
          + seen.size());
    }
    return shipments;
  }

  /** Builds the model from already-read inputs and the provinces' saving rates (in the order of {@link #PROVINCES}). */
  static Built build(MultiRegionalModelBuilder.Inputs in, double[] saving) {
    Model draft = MultiRegionalModelBuilder.build(ModelInfo.named(NAME), in);
    ModelInfo info = new ModelInfo(NAME, "Canada's 10 provinces 2021, 23 sectors each, interprovincial trade "
        + "(multi-regional; Statistics Canada 2021 provincial input-output tables, aggregated by twedl/qge)",
        "Canada (10 provinces)", YEAR, "CAD", "CAD thousands", 1000, JOBS_DEFINITION,
        Quebec2021.sources().stream().map(ModelWriter.Source::title).toList(), assumptions(in, draft, saving),
        quebecFactor(in));
    Model model = MultiRegionalModelBuilder.build(info, in);
    List<String> notes = new ArrayList<>(notes());
    rowBalanceNote(model).ifPresent(notes::add);
    return new Built(model, new ModelWriter.Provenance(Quebec2021.LICENCE, Quebec2021.ATTRIBUTION,
        Quebec2021.sources(), notes, null, acceptedRows(model)), in);
  }

  /**
   * The row-balance findings of the sectors {@link #rowBalanceNote} explains, accepted in model.yaml with that
   * reason: validation lists them, runs do not repeat them.
   */
  static List<ModelMetadata.AcceptedFinding> acceptedRows(Model m) {
    List<ModelMetadata.AcceptedFinding> accepted = new ArrayList<>();
    for (int i : oversold(m)) {
      accepted.add(new ModelMetadata.AcceptedFinding("row_balance", m.sectors().at(i).code(), "By construction: "
          + "every province buys in the national input mix and from each origin in the same trade shares, so this "
          + "province's sector is asked for more than it makes (see the row-balance note)."));
    }
    return accepted;
  }

  /** The sectors whose intermediate sales exceed output by more than the validator's tolerance, largest first. */
  private static List<Integer> oversold(Model m) {
    int n = m.size();
    double[] sales = m.intermediateSales();
    List<Integer> over = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (m.output(i) > 0 && sales[i] > m.output(i) * (1 + ModelValidator.BALANCE_TOLERANCE)) {
        over.add(i);
      }
    }
    over.sort((a, b) -> Double.compare(sales[b] / m.output(b), sales[a] / m.output(a)));
    return over;
  }

  /**
   * The sectors whose modelled intermediate sales (to every province's industries) exceed their output by more than
   * the validator's tolerance, largest first: their final demand would be negative, which {@code ripple validate}
   * warns about. It comes from the construction (each province buys in the national input mix, from the trade pool),
   * not from a unit error, and the note says so.
   */
  static Optional<String> rowBalanceNote(Model m) {
    double[] sales = m.intermediateSales();
    List<Integer> over = oversold(m);
    if (over.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (int i : over) {
      parts.add(m.sectors().at(i).code() + " " + Quebec2021.fixed(100 * (sales[i] / m.output(i) - 1), 1) + " %");
    }
    return Optional.of("Row balance: in " + over.size() + " sectors the modelled intermediate sales to "
        + "all provinces exceed output (" + String.join(", ", parts) + "), so their final demand would be negative "
        + "('ripple validate' lists them as accepted findings). This comes from the construction: every province buys in the national input "
        + "mix, and from each origin in the same trade shares, so a small mining or mineral sector can be asked for "
        + "more than it makes." + (parts.stream().anyMatch(p -> p.startsWith("QC.")) ? "" : " Quebec's sectors are "
        + "not among them.") + " Effects on these sectors' output are the least reliable of the model.");
  }

  static final String JOBS_DEFINITION = "Persons employed in each province, 2021 annual average (persons, not "
      + "full-time equivalents): all payroll employees from the Survey of Employment, Payrolls and Hours (SEPH, Table "
      + "14-10-0202-01, excludes the self-employed) for 22 sectors; for Agriculture, Forestry, Fishing, employed "
      + "persons aged 15 and over from the Labour Force Survey (LFS, Table 14-10-0023-01, includes the self-employed).";

  static List<String> assumptions(MultiRegionalModelBuilder.Inputs in, Model m, double[] saving) {
    int n = in.sectorsPerRegion();
    int r = in.regions().size();
    int qc = 4;
    int transport = 14;
    if (!in.regions().get(qc).code().equals("QC") || !in.provinces().get(qc).sectors().get(transport).code()
        .equals(Quebec2021.TRANSPORT)) {
      throw new IllegalStateException("unexpected province or sector order");
    }
    double[] t = MultiRegionalModelBuilder.tradeCoefficients(in);
    double fromOthers = 0;
    double fromOntario = 0;
    for (int o = 0; o < r; o++) {
      if (o != qc) {
        fromOthers += t[(o * r + qc) * n + transport];
      }
    }
    fromOntario = t[(5 * r + qc) * n + transport];
    double rpc = t[(qc * r + qc) * n + transport];
    Regions regions = m.regions().orElseThrow();
    double h = 0;
    for (int p = 0; p < r; p++) {
      h += regions.householdIncome(p);
    }
    return List.of(
        "Regions and sectors: the 10 provinces (" + String.join(", ", regionCodes(in)) + ") x the 23 qge sectors = "
            + m.size() + " sectors, coded <province>.<sector> (e.g. QC.TRANSPORT); the territories are part of the "
            + "rest of the world.",
        "Technology: every province's sectors buy intermediate inputs in the Canada-wide (sum of the 10 provinces) "
            + "2021 input mix of their sector, scaled to the province's own intermediate-input share of output "
            + "(1 - gamma), exactly as in quebec-2021.",
        "Interprovincial trade (Chenery-Moses): a fixed share t[o][d][i] = shipments[o][d][i] / (used_in_d[i] + "
            + "imports_from_other_provinces_d[i] + international_imports_d[i]) of all use of sector i's products in "
            + "province d, by every industry and by final demand alike, comes from province o, and A[(o,i)][(d,j)] = "
            + "t[o][d][i] x s[i][j] x (1 - gamma_d[j]); t[d][d] is province d's regional purchase coefficient of the "
            + "single-province build, and international imports leak. For Quebec's use of Transportation Services: "
            + Quebec2021.fixed(rpc, 4) + " from Quebec, " + Quebec2021.fixed(fromOthers, 4) + " from the other "
            + "provinces (" + Quebec2021.fixed(fromOntario, 4) + " from Ontario), the rest from abroad.",
        "Output and value added V = gamma x output are each province's; labour income is measured per sector as "
            + "in quebec-2021, W[j] = jobs[j] x SEPH annual pay per job[j] x k[j], with each province's SEPH pay "
            + "(Quebec's and Ontario's own rows, the Canada rows for the other eight provinces, which SEPH's file "
            + "does not break out) and k[j] 1 + the employer's social contributions on that pay by the province's "
            + "rules (QPP, EI at Quebec's rate and QPIP in Quebec; CPP and EI at the rate outside Quebec elsewhere; "
            + "payroll-weighted k: Quebec " + Quebec2021.fixed(quebecFactor(in), 6) + ", Newfoundland and Labrador "
            + Quebec2021.fixed(otherFactor(in), 6) + "); output totals " + Quebec2021.billions(m.total(Measure.OUTPUT))
            + " billion CAD and labour income " + Quebec2021.billions(m.total(Measure.LABOUR_INCOME)) + " billion "
            + "CAD; the unit, "
            + "thousand CAD, is inferred from the scale of the data and not stated by qge. model.yaml's "
            + "labour_income_per_wage (for a closure's annual_pay) is Quebec's factor.",
        "Households: one household sector per province closes Type II. Labour income earned in a province is spent "
            + "by that province's households (no commuting), in the province's households-only mix (alpha without "
            + "government and NPISH consumption, removed from education, health and public administration as in "
            + "quebec-2021, where Quebec's share g at basic prices, the only one in the source files, households' part "
            + "taken without Quebec's share tau of taxes on products in their spending, also an assumption for the "
            + "other provinces, whose sales taxes differ; each other province keeps Quebec's split of the three "
            + "sectors' final consumption, g_d = g x (the three's share of the province's alpha) / (their share of "
            + "Quebec's alpha), an assumption: Quebec's g is above British Columbia's three sectors' share), "
            + "bought from "
            + "each province in the same trade shares: C[(o,i)][d] = h_d[i] x t[o][d][i] x p_d x H_d, with H_d the "
            + "province's labour income (sum " + Quebec2021.billions(h) + " billion CAD). The propensity p_d follows "
            + "quebec-2021's method for every province: disposable income of the province's average SEPH wage after "
            + "2025 income tax and employee contributions, less saving at the province's own 2023 household saving "
            + "rate (Statistics Canada, Table 36-10-0224-01; " + savingRange(saving) + "), over k; "
            + "outside Quebec the federal schedule without the Quebec abatement, CPP, EI at the rate outside Quebec, "
            + "and the province's own 2025 income-tax brackets and basic personal amount (sim-core's "
            + "tax-parameters-2025.csv, where Prince Edward Island's, Manitoba's, New Brunswick's and Ontario's "
            + "rows are marked assumption). A negative rate (" + negativeSaving(saving) + ") means households spent more "
            + "than their disposable income in 2023, and their induced spending is taken at that rate too; p is "
            + "proportional to 1 - s, so a rate 5 points lower or higher moves a province's p by the factor "
            + "(1 - s + 0.05) / (1 - s) or (1 - s - 0.05) / (1 - s) (models/quebec-2021/README.md shows what that "
            + "does to the induced effect). p ranges from "
            + Quebec2021.fixed(minPropensity(in), 4) + " to "
            + Quebec2021.fixed(maxPropensity(in), 4) + " (Quebec " + Quebec2021.fixed(in.provinces().get(
                PROVINCES.indexOf(quebec())).propensity(), 4) + "). industry.csv's household_consumption and "
            + "model.yaml's household_income are the sums over provinces, for tools that close with one household.",
        "Consistency: the Quebec block of this model (its transactions, satellites, the purchases of Quebec "
            + "households from Quebec and their income) is number for number the quebec-2021 model; everything this "
            + "model adds is the feedback through the other provinces.",
        "Fixed coefficients: inputs, jobs, labour income and value added are proportional to output in every "
            + "sector at their 2021 ratios, and the trade shares hold for any change in demand.");
  }

  /** The provinces' saving rates, lowest and highest with their province, and Quebec's. */
  private static String savingRange(double[] s) {
    int lo = 0;
    int hi = 0;
    for (int r = 0; r < s.length; r++) {
      lo = s[r] < s[lo] ? r : lo;
      hi = s[r] > s[hi] ? r : hi;
    }
    return "from " + Quebec2021.fixed(s[lo], 3) + " in " + PROVINCES.get(lo).name() + " to "
        + Quebec2021.fixed(s[hi], 3) + " in " + PROVINCES.get(hi).name() + ", Quebec "
        + Quebec2021.fixed(s[PROVINCES.indexOf(quebec())], 3);
  }

  /** The provinces whose saving rate is negative, or "none". */
  private static String negativeSaving(double[] s) {
    List<String> names = new ArrayList<>();
    for (int r = 0; r < s.length; r++) {
      if (s[r] < 0) {
        names.add(PROVINCES.get(r).name());
      }
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static Regions.Region quebec() {
    for (Regions.Region r : PROVINCES) {
      if (r.name().equals(Quebec2021.REGION)) {
        return r;
      }
    }
    throw new IllegalStateException("no Quebec among the provinces");
  }

  private static double quebecFactor(MultiRegionalModelBuilder.Inputs in) {
    ProvincialModelBuilder.Inputs qc = in.provinces().get(PROVINCES.indexOf(quebec()));
    return qc.income().payFactor(qc.employment());
  }

  private static double otherFactor(MultiRegionalModelBuilder.Inputs in) {
    int q = PROVINCES.indexOf(quebec());
    ProvincialModelBuilder.Inputs other = in.provinces().get(q == 0 ? 1 : 0);
    return other.income().payFactor(other.employment());
  }

  private static double minPropensity(MultiRegionalModelBuilder.Inputs in) {
    double p = Double.POSITIVE_INFINITY;
    for (ProvincialModelBuilder.Inputs pi : in.provinces()) {
      p = Math.min(p, pi.propensity());
    }
    return p;
  }

  private static double maxPropensity(MultiRegionalModelBuilder.Inputs in) {
    double p = Double.NEGATIVE_INFINITY;
    for (ProvincialModelBuilder.Inputs pi : in.provinces()) {
      p = Math.max(p, pi.propensity());
    }
    return p;
  }

  private static List<String> regionCodes(MultiRegionalModelBuilder.Inputs in) {
    List<String> codes = new ArrayList<>();
    for (Regions.Region r : in.regions()) {
      codes.add(r.code());
    }
    return codes;
  }

  static List<String> notes() {
    List<String> notes = new ArrayList<>(Quebec2021.notes().subList(0, 4));
    notes.add("The input mix is national (sum of the 10 provinces), not each province's own; province-specific "
        + "structure enters only through gamma, the trade shares, alpha and B.");
    notes.add("Trade shares come from a supply-demand pool per province and product: every buyer in a province gets "
        + "the same share of a product from each origin (Chenery-Moses), which ignores differences between buyers "
        + "(a head office buying more from its own province, for example); they are average, not marginal, shares.");
    notes.add("Interprovincial shipments are the qge DomesticUse interprovincial flows; qge clipped negative flows "
        + "to 0, so the shipments into a province can differ slightly from what the province's own table implies.");
    notes.add("Commuting and interprovincial transfers are not modelled: labour income is spent by the households "
        + "of the province where it is earned.");
    notes.add("Sparse storage of the interprovincial blocks is not used: 230 sectors are stored dense.");
    return notes;
  }
}

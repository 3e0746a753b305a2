package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Regions;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.fiscal.TaxRules;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;

/**
 * The flagship on canada-provinces-2021: an account for the federal government and each of the ten provinces.
 * Quebec's and Ontario's lines are recomputed here worker by worker from the solved result with {@link TaxRules} (a
 * Quebec worker's rules for Quebec's sectors, as on quebec-2021, the closures' own pay for their direct jobs; an
 * Ontario worker's for Ontario's), the federal lines as the sums over the provinces; every format shows each
 * government; the governments add up, and compare, sweep and draws carry every government.
 */
class ProvincesFiscalCliTest {
  private static final String PROVINCES = Cli.scenario("quebec-amazon-2025-provinces.yaml").toString();
  private static final double CPI = 164.2 / 141.6;
  /** The closures' annual_pay, in scenario order (CAD of 2021); the eighth shock, delivery partners, has none. */
  private static final double[] PAY = {46510, 46510, 46510, 38640, 38640, 38640, 46510};
  private static final Effect[] EFFECTS = Effect.values();
  private static final List<String> PROVINCES_IN_ORDER = List.of("newfoundland_and_labrador",
      "prince_edward_island", "nova_scotia", "new_brunswick", "quebec", "ontario", "manitoba", "saskatchewan",
      "alberta", "british_columbia");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  /** One province's lines recomputed by hand, by effect: per-worker items, labour income, EI benefits. */
  record ByHand(double[][] perWorker, double[] labourIncome, double[] benefits, double sigma) {}

  /**
   * Province {@code code}'s workers of the solved flagship: each shock's jobs in the province's sectors times one
   * worker's amounts ({@link TaxRules#perWorker}) at the closure's pay for its direct jobs, else at the sector's pay
   * (the pay whose labour income is the model's per job, in CAD of 2025); EI benefits 55 % of that pay up to the
   * maximum insurable earnings for 252 of the first 365 days (one waiting week, 36 weeks).
   */
  static ByHand byHand(ScenarioResult result, String code, TaxRules rules) {
    LeontiefSystem system = result.system();
    Regions regions = system.model().regions().orElseThrow();
    double money = system.model().info().unitFactor() * CPI;
    int k = TaxRules.PER_WORKER.size();
    double[][] items = new double[EFFECTS.length][k];
    double[] income = new double[EFFECTS.length];
    double[] benefits = new double[EFFECTS.length];
    double[] one = new double[k];
    int household = -1;
    for (int j = 0; j < system.size(); j++) {
      if (!regions.at(regions.regionOf(j)).code().equals(code)) {
        continue;
      }
      household = system.closure().householdOf(j);
      double sectorPay = rules.payFromLabourCost(system.coefficient(Measure.LABOUR_INCOME, j)
          / system.coefficient(Measure.JOBS, j) * money);
      for (int s = 0; s < result.shocks().size(); s++) {
        ShockResult shock = result.shocks().get(s);
        for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED)) {
          double pay = e == Effect.DIRECT && s < PAY.length ? PAY[s] * CPI : sectorPay;
          double jobs = shock.impact().value(Measure.JOBS, e, j);
          rules.perWorker(pay, one, 0);
          for (int q = 0; q < k; q++) {
            items[e.ordinal()][q] += jobs * one[q];
            items[Effect.TOTAL.ordinal()][q] += jobs * one[q];
          }
          double li = shock.impact().value(Measure.LABOUR_INCOME, e, j) * money;
          double b = Math.min(0, jobs) * pay * 0.55 * Math.min(1, 65_700 / pay) * 252 / 365;
          income[e.ordinal()] += li;
          income[Effect.TOTAL.ordinal()] += li;
          benefits[e.ordinal()] += b;
          benefits[Effect.TOTAL.ordinal()] += b;
        }
      }
    }
    double sigma = 0;
    for (int i = 0; i < system.size(); i++) {
      sigma += system.closure().share(i, household);
    }
    return new ByHand(items, income, benefits, sigma);
  }

  /** The JSON items by key: each row's values by effect. */
  static Map<String, JsonNode> items(JsonNode fiscal) {
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    for (JsonNode row : fiscal.get("items")) {
      rows.put(row.get("item").asText(), row);
    }
    return rows;
  }

  private static void close(String where, double shown, double exact) {
    assertThat(shown).as(where).isCloseTo(exact, within(1e-6 * Math.max(1, Math.abs(exact))));
  }

  private static int at(org.ripple.core.fiscal.FiscalItem item) {
    return TaxRules.PER_WORKER.indexOf(item);
  }

  @Test
  void quebecsAndOntariosLinesAreTheirWorkersByHandAndTheFederalLinesTheirSum() throws Exception {
    Cli.Result run = Cli.run("run", PROVINCES, "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode fiscal = JSON.readTree(run.out()).get("fiscal");
    assertThat(fiscal.get("available").asBoolean()).isTrue();
    Map<String, JsonNode> rows = items(fiscal);
    List<String> governments = new ArrayList<>();
    for (JsonNode row : fiscal.get("items")) {
      if (!governments.contains(row.get("government").asText())) {
        governments.add(row.get("government").asText());
      }
    }
    List<String> expected = new ArrayList<>(List.of("federal"));
    expected.addAll(PROVINCES_IN_ORDER);
    assertThat(governments).isEqualTo(expected);

    ScenarioResult result = PreparedRun.prepare(Path.of(PROVINCES), null).solve();
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    TaxRules qcRules = TaxRules.forProvince(p, "Quebec");
    TaxRules onRules = TaxRules.forProvince(p, "Ontario");
    ByHand qc = byHand(result, "QC", qcRules);
    ByHand on = byHand(result, "ON", onRules);
    double[] cpp = new double[EFFECTS.length];
    double[] federalTax = new double[EFFECTS.length];
    double[] eiEmployee = new double[EFFECTS.length];
    double[] gst = new double[EFFECTS.length];
    double[] benefits = new double[EFFECTS.length];
    Regions regions = result.system().model().regions().orElseThrow();
    for (int r = 0; r < regions.size(); r++) {
      Regions.Region region = regions.at(r);
      ByHand h = byHand(result, region.code(), TaxRules.forProvince(p, region.name()));
      for (Effect e : EFFECTS) {
        cpp[e.ordinal()] += h.perWorker[e.ordinal()][at(org.ripple.core.fiscal.FiscalItem.CPP_EMPLOYEE)];
        federalTax[e.ordinal()] += h.perWorker[e.ordinal()][at(org.ripple.core.fiscal.FiscalItem.FEDERAL_INCOME_TAX)];
        eiEmployee[e.ordinal()] += h.perWorker[e.ordinal()][at(org.ripple.core.fiscal.FiscalItem.EI_EMPLOYEE)];
        gst[e.ordinal()] += 0.05 * h.sigma * (h.labourIncome[e.ordinal()] - h.benefits[e.ordinal()]);
        benefits[e.ordinal()] += h.benefits[e.ordinal()];
      }
    }
    for (Effect e : EFFECTS) {
      String k = e.key();
      int x = e.ordinal();
      // Quebec: the quebec-2021 computation for the same jobs and pay
      close("QC tax " + k, rows.get("quebec.income_tax").get(k).asDouble(),
          qc.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.PROVINCIAL_INCOME_TAX)]);
      close("QPP " + k, rows.get("quebec.qpp.employee").get(k).asDouble(),
          qc.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.QPP_EMPLOYEE)]);
      close("QPIP " + k, rows.get("quebec.qpip.employer").get(k).asDouble(),
          qc.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.QPIP_EMPLOYER)]);
      close("HSF " + k, rows.get("quebec.hsf.employer").get(k).asDouble(),
          qc.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.HSF_EMPLOYER)]);
      close("QST " + k, rows.get("quebec.qst").get(k).asDouble(),
          0.09975 * qc.sigma * (qc.labourIncome[x] - qc.benefits[x]));
      // Ontario: an Ontario worker's rules, the Employer Health Tax at 1.95 %, the HST's provincial 8 %
      close("ON tax " + k, rows.get("ontario.income_tax").get(k).asDouble(),
          on.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.PROVINCIAL_INCOME_TAX)]);
      close("EHT " + k, rows.get("ontario.payroll_tax.employer").get(k).asDouble(),
          on.perWorker[x][at(org.ripple.core.fiscal.FiscalItem.PAYROLL_TAX_EMPLOYER)]);
      close("HST " + k, rows.get("ontario.sales_tax").get(k).asDouble(),
          0.08 * on.sigma * (on.labourIncome[x] - on.benefits[x]));
      // federal: every province's workers
      close("CPP " + k, rows.get("federal.cpp.employee").get(k).asDouble(), cpp[x]);
      close("federal tax " + k, rows.get("federal.income_tax").get(k).asDouble(), federalTax[x]);
      close("EI " + k, rows.get("federal.ei.employee").get(k).asDouble(), eiEmployee[x]);
      close("GST " + k, rows.get("federal.gst").get(k).asDouble(), gst[x]);
      close("benefits " + k, rows.get("federal.ei_benefits").get(k).asDouble(), benefits[x]);
    }
    // the closures are in Quebec: no other province has direct jobs, and Quebec's workers pay no CPP
    assertThat(rows.get("ontario.income_tax").get("direct").asDouble()).isZero();
    assertThat(qc.perWorker[Effect.TOTAL.ordinal()][at(org.ripple.core.fiscal.FiscalItem.CPP_EMPLOYEE)]).isZero();
    assertThat(rows.get("ontario.income_tax").get("total").asDouble()).isNegative();
    assertThat(rows).doesNotContainKey("alberta.sales_tax");
    // Alberta levies no employer payroll tax (its rate is 0): no line, as it has no sales-tax line
    assertThat(rows).doesNotContainKey("alberta.payroll_tax.employer").containsKey("ontario.payroll_tax.employer");
    assertThat(fiscal.get("notes").toString()).contains("CPP and CPP2", "under the federal government",
        "Nova Scotia HST, provincial part 9.25 % (the year's rate: 10 % to March 31, 9 % from April 1)",
        "Alberta none", "no employer payroll tax in Prince Edward Island, Nova Scotia, New Brunswick, Saskatchewan, "
            + "Alberta: the province levies none",
        "each worker lives and pays tax in the province of the region where the job is");
  }

  /**
   * Items add to each government's balance, effects to the total, the shocks' accounts to the scenario's (JSON
   * {@code by_shock}), in the JSON the run writes.
   */
  @Test
  void theAccountAddsUpForEveryGovernment() throws Exception {
    JsonNode fiscal = JSON.readTree(Cli.run("run", PROVINCES, "--format", "json").out()).get("fiscal");
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Double> balances = new LinkedHashMap<>();
    for (JsonNode row : fiscal.get("items")) {
      String g = row.get("government").asText();
      double[] s = sums.computeIfAbsent(g, x -> new double[EFFECTS.length]);
      if (row.get("kind").asText().equals("balance")) {
        for (Effect e : EFFECTS) {
          close(g + " balance " + e.key(), row.get(e.key()).asDouble(), s[e.ordinal()]);
        }
        balances.put(g, row.get("total").asDouble());
        continue;
      }
      for (Effect e : EFFECTS) {
        s[e.ordinal()] += row.get(e.key()).isNull() ? 0 : row.get(e.key()).asDouble();
      }
      if (!row.get("total").isNull()) {
        close(row.get("item").asText() + " total", row.get("total").asDouble(), row.get("direct").asDouble()
            + row.get("indirect").asDouble() + row.get("induced").asDouble());
      }
    }
    assertThat(balances).hasSize(11);
    // each shock's balances add to the scenario's, government by government
    for (String g : balances.keySet()) {
      double sum = 0;
      for (JsonNode shock : fiscal.get("by_shock")) {
        sum += shock.get(g).get("balance").asDouble();
      }
      close(g + " by shock", sum, balances.get(g));
    }
  }

  @Test
  void everyFormatShowsEachGovernment() throws Exception {
    JsonNode fiscal = JSON.readTree(Cli.run("run", PROVINCES, "--format", "json").out()).get("fiscal");
    Map<String, JsonNode> rows = items(fiscal);
    List<String> keys = new ArrayList<>(rows.keySet());
    List<String> names = List.of("federal", "Newfoundland and Labrador", "Prince Edward Island", "Nova Scotia",
        "New Brunswick", "Quebec", "Ontario", "Manitoba", "Saskatchewan", "Alberta", "British Columbia");

    Cli.Result table = Cli.run("run", PROVINCES, "--no-color");
    assertThat(table.exit()).as(table.err()).isZero();
    for (String name : names) {
      String label = "  Balance, " + name + " government";
      String line = table.out().lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
      String key = name.equals("federal") ? "federal.balance"
          : name.toLowerCase(java.util.Locale.ROOT).replace(' ', '_') + ".balance";
      String[] cells = line.trim().split(" +");
      assertThat(cells[cells.length - 1]).as(name).isEqualTo(Fmt.grouped(rows.get(key).get("total").asDouble(), 0));
    }
    assertThat(table.out()).contains("  Ontario: Employer Health Tax, employer")
        .doesNotContain("Employer payroll tax");

    Cli.Result csv = Cli.run("run", PROVINCES, "--format", "csv");
    List<String> lines = csv.out().split("\n\n", -1)[1].lines().toList();
    assertThat(lines).hasSize(keys.size() + 1);
    for (int r = 0; r < keys.size(); r++) {
      String[] f = lines.get(r + 1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      assertThat(f[1]).isEqualTo(keys.get(r));
      JsonNode total = rows.get(keys.get(r)).get("total");
      if (total.isNull()) {
        assertThat(f[7]).isEmpty();
      } else {
        close("csv " + keys.get(r), Double.parseDouble(f[7]), total.asDouble());
      }
    }

    Path xlsx = tmp.resolve("p.xlsx");
    assertThat(Cli.run("run", PROVINCES, "--format", "xlsx", "--output", xlsx.toString()).exit()).isZero();
    WorkbookCells book = WorkbookCells.read(xlsx);
    for (int r = 0; r < keys.size(); r++) {
      assertThat(book.text("Fiscal", "B" + (r + 3))).isEqualTo(keys.get(r));
    }

    Path html = tmp.resolve("p.html");
    assertThat(Cli.run("report", PROVINCES, "--out", html.toString()).exit()).isZero();
    String page = Files.readString(html);
    for (String name : names) {
      assertThat(page).contains("<td>Balance, " + name + " government</td>");
    }
  }

  /** Compare, sweep and draws go through the one account: every government, the same figures as the run's. */
  @Test
  void compareSweepAndDrawsCarryEveryGovernment() throws Exception {
    Map<String, JsonNode> run = items(JSON.readTree(Cli.run("run", PROVINCES, "--format", "json").out())
        .get("fiscal"));
    JsonNode compare = JSON.readTree(Cli.run("compare", PROVINCES, PROVINCES, "--format", "json").out());
    JsonNode scenarios = compare.get("scenarios");
    for (String g : PROVINCES_IN_ORDER) {
      JsonNode f = scenarios.get(1).get("fiscal");
      close("compare " + g, f.get(g).get("balance").get("total").asDouble(),
          run.get(g + ".balance").get("total").asDouble());
      assertThat(f.get("difference_from_baseline").get(g).get("balance").get("total").asDouble()).isZero();
    }
    JsonNode sweep = JSON.readTree(Cli.run("sweep", PROVINCES, "--each", "closure", "--format", "json").out());
    for (String g : PROVINCES_IN_ORDER) {
      double sum = 0;
      double all = Double.NaN;
      for (JsonNode v : sweep.get("variants")) {
        String name = v.get("name").asText();
        double b = v.get("fiscal").get(g).get("balance").get("total").asDouble();
        if (name.equals("All facilities")) {
          all = b;
        } else if (!name.startsWith("Other shocks") && !name.equals("Full scenario")) {
          sum += b;
        }
      }
      assertThat(all).as(g).isNotNaN();
      close("sweep " + g, sum, all);
    }
    // no uncertain input: every draw is the point estimate, for every government's line
    JsonNode draws = JSON.readTree(Cli.run("run", PROVINCES, "--format", "json", "--draws", "10").out())
        .get("fiscal").get("bands");
    assertThat(draws.size()).isEqualTo(run.size());
    for (JsonNode row : draws) {
      JsonNode point = row.get("total").get("point");
      if (point.isNull()) {
        continue;
      }
      close("band " + row.get("item").asText(), row.get("total").get("p50").asDouble(), point.asDouble());
    }
  }
}

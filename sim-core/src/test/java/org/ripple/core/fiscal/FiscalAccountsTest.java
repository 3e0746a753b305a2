package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.PeriodKind;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;
import org.ripple.core.time.Timing;
import org.ripple.core.testing.Models;

/** The fiscal account of a run: hand-checked cases, and the account adding up on seeded random models. */
class FiscalAccountsTest {
  private static final FiscalParameters P2025 = FiscalParameters.forYear(2025).orElseThrow();
  private static final TaxRules RULES = new TaxRules(P2025);
  /** CAD of 2021 to CAD of 2025: the all-items CPI of the parameter file. */
  private static final double PRICE = 164.3 / 141.6;
  /**
   * Labour income of a worker paid 40,000 CAD in 2025, in CAD of 2025: the pay and the employer's EI, QPP and QPIP
   * (the Health Services Fund, a tax on production, is not in labour income).
   */
  private static final double COST_40000 = 40_000 + 1.4 * 0.0131 * 40_000 + 0.064 * 36_500 + 0.00692 * 40_000;
  private static final List<FiscalItem> PER_WORKER = TaxRules.PER_WORKER;

  static ModelInfo info(String region, String currency, double unitFactor) {
    return new ModelInfo("t", "t", region, 2021, currency, currency + " millions", unitFactor, "", List.of(),
        List.of());
  }

  /** Two sectors in millions, every job costing COST_40000 in 2025 money, so every worker earns 40,000 CAD. */
  static Model quebec(boolean households, String region, String currency) {
    double perJob = COST_40000 / PRICE / 1e6;
    Model.Builder b = Model.builder(info(region, currency, 1e6), Models.sectors(2))
        .transactions(Models.rowMajor(new double[][] {{10, 20}, {30, 5}})).output(new double[] {100, 80})
        .employment(new double[] {1000, 400}).labourIncome(new double[] {1000 * perJob, 400 * perJob})
        .valueAdded(new double[] {50, 40});
    if (households) {
      b.householdConsumption(new double[] {20, 12}).householdIncome(1400 * perJob);
    }
    return b.build();
  }

  static ScenarioResult closeJobs(LeontiefSystem system, String sector, double jobs) {
    Scenario s = new Scenario("c", "", List.of(new Closure("plant", sector, OptionalDouble.of(jobs),
        OptionalDouble.empty(), "", "closures[0]")), List.of(), List.of(), List.of());
    return new ImpactEngine(system).run(s);
  }

  @Test
  void hundredDirectJobsAt40000() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    FiscalAccount given = FiscalAccounts.of(r, new FiscalInputs(2025, Map.of("closures[0]", 40_000.0), null));
    FiscalAccount average = FiscalAccounts.of(r, FiscalInputs.of(2025));
    for (FiscalAccount a : List.of(given, average)) {
      assertThat(a.available()).isTrue();
      assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isCloseTo(-52_400, within(1e-4));
      assertThat(a.value(FiscalItem.QPP_EMPLOYEE, Effect.DIRECT)).isCloseTo(-233_600, within(1e-4));
      assertThat(a.value(FiscalItem.QPIP_EMPLOYEE, Effect.DIRECT)).isCloseTo(-19_760, within(1e-4));
      assertThat(a.value(FiscalItem.EI_EMPLOYER, Effect.DIRECT)).isCloseTo(-1.4 * 52_400, within(1e-4));
      assertThat(a.value(FiscalItem.FEDERAL_INCOME_TAX, Effect.DIRECT)).isCloseTo(-100 * 2_890.181325,
          within(1e-3));
      assertThat(a.value(FiscalItem.PROVINCIAL_INCOME_TAX, Effect.DIRECT)).isCloseTo(-100 * 3_000.06, within(1e-3));
      // default EI: 55 % of pay for 36 weeks after one waiting week, the first 365 days
      double benefits = -100 * 40_000 * 0.55 * 36 * 7 / 365.0;
      assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT)).isCloseTo(benefits, within(1e-3));
      double sigma = (20 + 12) / (1400 * COST_40000 / PRICE / 1e6);
      double income = -100 * COST_40000 - benefits;
      assertThat(a.value(FiscalItem.GST, Effect.DIRECT)).isCloseTo(0.05 * sigma * income, within(1e-3));
      assertThat(a.value(FiscalItem.QST, Effect.DIRECT)).isCloseTo(0.09975 * sigma * income, within(1e-3));
      assertThat(a.value(FiscalItem.FEDERAL_PRODUCTION_TAXES, Effect.TOTAL)).isNaN();
      // indirect and induced jobs earn the sector average, 40,000 here
      double indirect = r.total().sum(Measure.JOBS, Effect.INDIRECT);
      assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.INDIRECT)).isCloseTo(indirect * 524, within(1e-6));
      double federalBalance = a.value(FiscalItem.FEDERAL_INCOME_TAX, Effect.DIRECT)
          + a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT) + a.value(FiscalItem.EI_EMPLOYER, Effect.DIRECT)
          + a.value(FiscalItem.GST, Effect.DIRECT) + a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT);
      assertThat(a.balance(Government.FEDERAL, Effect.DIRECT)).isCloseTo(federalBalance, within(1e-6));
    }
    assertThat(String.join("\n", average.notes())).contains("164.3 / 141.6 = 1.1603", "not available",
        "(none given)", "36 weeks", "16.5 % Quebec abatement");
    assertThat(String.join("\n", given.notes())).contains("plant 40,000 CAD");
  }

  @Test
  void aGivenPayAppliesToTheDirectJobsOnly() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    FiscalAccount a = FiscalAccounts.of(r, new FiscalInputs(2025, Map.of("closures[0]", 80_000.0), null));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isCloseTo(-100 * 860.67, within(1e-4));
    assertThat(a.value(FiscalItem.QPP_EMPLOYEE, Effect.DIRECT)).isCloseTo(-100 * 4_687.2, within(1e-4));
    assertThat(a.value(FiscalItem.PROVINCIAL_INCOME_TAX, Effect.DIRECT)).isCloseTo(-100 * 9_937.31, within(1e-3));
    // EI pays 55 % of the insurable 65,700, not of 80,000
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT))
        .isCloseTo(-100 * 65_700 * 0.55 * 36 * 7 / 365.0, within(1e-3));
    double indirect = r.total().sum(Measure.JOBS, Effect.INDIRECT);
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.INDIRECT)).isCloseTo(indirect * 524, within(1e-6));
  }

  @Test
  void theAccountIsNotAvailableWithoutParameters() {
    ScenarioResult gbp = closeJobs(LeontiefSystem.of(quebec(true, "Scotland", "GBP")), "s0", 10);
    FiscalAccount a = FiscalAccounts.of(gbp, FiscalInputs.of(2025));
    assertThat(a.available()).isFalse();
    assertThat(a.value(FiscalItem.GST, Effect.TOTAL)).isNaN();
    assertThat(a.balance(Government.FEDERAL, Effect.TOTAL)).isNaN();
    assertThat(a.notes()).singleElement().asString().contains("not available", "Scotland");
    ScenarioResult ontario = closeJobs(LeontiefSystem.of(quebec(true, "Ontario", "CAD")), "s0", 10);
    assertThat(FiscalAccounts.of(ontario, FiscalInputs.of(2025)).available()).isFalse();
    ScenarioResult quebec = closeJobs(LeontiefSystem.of(quebec(true, "Quebec", "CAD")), "s0", 10);
    FiscalAccount y2030 = FiscalAccounts.of(quebec, FiscalInputs.of(2030));
    assertThat(y2030.available()).isFalse();
    assertThat(y2030.notes().get(0)).contains("no tax parameters for 2030");
  }

  @Test
  void aDirectPayMustBeAPositiveAmount() {
    assertThatThrownBy(() -> new FiscalInputs(2025, Map.of("closures[0]", 0.0), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("closures[0].annual_pay must be a positive amount, "
            + "was 0.0");
    assertThatThrownBy(() -> new FiscalInputs(2025, Map.of("closures[1]", Double.NaN), null))
        .hasMessageContaining("closures[1].annual_pay");
    assertThat(FiscalInputs.of(2025).directPay("closures[0]")).isEmpty();
  }

  @Test
  void aTypeIModelHasNoInducedItemsAndNoConsumptionTaxes() {
    ScenarioResult r = closeJobs(LeontiefSystem.of(quebec(false, "Quebec", "CAD")), "s0", 100);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.INDUCED)).isNaN();
    assertThat(a.value(FiscalItem.GST, Effect.DIRECT)).isNaN();
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.TOTAL)).isCloseTo(
        a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT) + a.value(FiscalItem.EI_EMPLOYEE, Effect.INDIRECT),
        within(1e-6));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isCloseTo(-52_400, within(1e-4));
    assertThat(String.join("\n", a.notes())).contains("GST and QST not available", "Type I");
  }

  @Test
  void aMultiRegionalModelCountsQuebecsJobsOnly() {
    double perJob = COST_40000 / PRICE / 1e6;
    Regions regions = Regions.of(List.of(new Regions.Region("QC", "Quebec"), new Regions.Region("ON", "Ontario")),
        new int[] {0, 1});
    Model model = Model.builder(info("Canada", "CAD", 1e6), Models.sectors(List.of("QC.s", "ON.s")))
        .transactions(Models.rowMajor(new double[][] {{20, 10}, {10, 30}})).output(new double[] {100, 100})
        .employment(new double[] {1000, 1000}).labourIncome(new double[] {1000 * perJob, 1000 * perJob})
        .valueAdded(new double[] {50, 60})
        .regions(regions.withHouseholds(new double[] {16, 5, 4, 20}, new double[] {1000 * perJob, 1000 * perJob}))
        .build();
    LeontiefSystem system = LeontiefSystem.of(model);
    ScenarioResult r = closeJobs(system, "ON.s", 100);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    assertThat(a.province()).isEqualTo("Quebec");
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isZero();
    double quebecJobs = r.total().value(Measure.JOBS, Effect.TOTAL, 0);
    assertThat(quebecJobs).isNegative();
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.TOTAL)).isCloseTo(quebecJobs * 524, within(1e-6));
    double sigma = (16 + 4) / (1000 * perJob);
    double wages = r.total().value(Measure.LABOUR_INCOME, Effect.TOTAL, 0) * 1e6 * PRICE;
    assertThat(a.value(FiscalItem.QST, Effect.TOTAL)).isCloseTo(
        0.09975 * sigma * (wages - a.value(FiscalItem.EI_BENEFITS, Effect.TOTAL)), within(1e-6));
    assertThat(String.join("\n", a.notes())).contains("(Ontario) are not available");
  }

  // ---- the account adds up, on seeded random models and scenarios

  record Case(LeontiefSystem system, Scenario scenario, Map<String, Double> pay) {}

  static Case randomCase(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(4);
    double[] x = new double[n];
    double[] jobs = new double[n];
    double[] w = new double[n];
    double[] v = new double[n];
    double[] z = new double[n * n];
    for (int j = 0; j < n; j++) {
      jobs[j] = 200 + random.nextInt(5000);
      double cost = random.nextDouble(15_000, 160_000) / PRICE;
      w[j] = jobs[j] * cost / 1e6;
      x[j] = w[j] / random.nextDouble(0.15, 0.45);
      v[j] = w[j] / random.nextDouble(0.6, 0.9);
      double left = random.nextDouble(0.1, 0.4);
      for (int i = 0; i < n; i++) {
        z[i * n + j] = x[j] * left / n * random.nextDouble(0, 2);
      }
    }
    double h = 0;
    for (double wj : w) {
      h += wj;
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = h * 0.5 / n * random.nextDouble(0.2, 1.8);
    }
    Model model = Model.builder(info("Quebec", "CAD", 1e6), Models.sectors(n)).transactions(z).output(x)
        .employment(jobs).labourIncome(w).valueAdded(v).householdConsumption(c).householdIncome(h).build();
    List<Closure> closures = new ArrayList<>();
    Map<String, Double> pay = new HashMap<>();
    int count = 1 + random.nextInt(2);
    for (int k = 0; k < count; k++) {
      int j = random.nextInt(n);
      String field = "closures[" + k + "]";
      closures.add(new Closure("c" + k, "s" + j, OptionalDouble.of(Math.floor(jobs[j] * random.nextDouble(0.01,
          0.2)) + 1), OptionalDouble.empty(), "", field));
      if (random.nextBoolean()) {
        pay.put(field, random.nextDouble(20_000, 200_000));
      }
    }
    List<Offset> offsets = new ArrayList<>();
    if (random.nextBoolean()) {
      offsets.add(new Offset("o", "s" + random.nextInt(n), OptionalDouble.of(random.nextDouble(0.1, 0.5)),
          OptionalDouble.empty(), OptionalDouble.empty(), null, "offsets[0]"));
    }
    return new Case(LeontiefSystem.of(model), new Scenario("r" + seed, "", closures, List.of(), offsets, List.of()),
        pay);
  }

  static LongStream seeds() {
    return LongStream.range(0, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void itemsAddToTheBalanceAndEffectsToTheTotal(long seed) {
    Case c = randomCase(seed);
    ScenarioResult r = new ImpactEngine(c.system).run(c.scenario);
    FiscalAccount a = FiscalAccounts.of(r, new FiscalInputs(2025, c.pay, null));
    for (Effect e : Effect.values()) {
      for (Government g : Government.values()) {
        double sum = 0;
        for (FiscalItem item : FiscalItem.values()) {
          double value = a.value(item, e);
          if (item.government() == g && !Double.isNaN(value)) {
            sum += value;
          }
        }
        assertThat(a.balance(g, e)).isCloseTo(sum, within(1e-9 * Math.max(1, Math.abs(sum))));
      }
    }
    for (FiscalItem item : FiscalItem.values()) {
      double parts = a.value(item, Effect.DIRECT) + a.value(item, Effect.INDIRECT) + a.value(item, Effect.INDUCED);
      if (item == FiscalItem.FEDERAL_PRODUCTION_TAXES || item == FiscalItem.PROVINCIAL_PRODUCTION_TAXES) {
        assertThat(a.value(item, Effect.TOTAL)).isNaN();
      } else {
        assertThat(a.value(item, Effect.TOTAL)).as(item.key())
            .isCloseTo(parts, within(1e-9 * Math.max(1, Math.abs(parts))));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void withoutGivenPayTheTotalIsTheTotalJobsTimesEachSectorsWorkerAmounts(long seed) {
    Case c = randomCase(seed);
    ScenarioResult r = new ImpactEngine(c.system).run(c.scenario);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    Impact total = r.total();
    Model m = c.system.model();
    double[] expected = new double[PER_WORKER.size()];
    double[] one = new double[PER_WORKER.size()];
    for (int j = 0; j < m.size(); j++) {
      double pay = RULES.payFromLabourCost(m.level(Measure.LABOUR_INCOME, j) / m.level(Measure.JOBS, j) * 1e6
          * PRICE);
      RULES.perWorker(pay, one, 0);
      for (int k = 0; k < one.length; k++) {
        expected[k] += total.value(Measure.JOBS, Effect.TOTAL, j) * one[k];
      }
    }
    for (int k = 0; k < expected.length; k++) {
      assertThat(a.value(PER_WORKER.get(k), Effect.TOTAL)).as(PER_WORKER.get(k).key())
          .isCloseTo(expected[k], within(1e-7 * Math.max(1, Math.abs(expected[k]))));
    }
    if (c.scenario.offsets().isEmpty()) {
      for (FiscalItem item : FiscalItem.values()) {
        if (!Double.isNaN(a.value(item, Effect.TOTAL))) {
          assertThat(a.value(item, Effect.TOTAL)).as(item.key()).isNegative();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aCalendarYearInQuartersAddsUpToTheAnnualAccount(long seed) {
    Case c = randomCase(seed);
    ScenarioResult r = new ImpactEngine(c.system).run(c.scenario);
    FiscalInputs inputs = new FiscalInputs(2025, c.pay, null);
    FiscalAccount annual = FiscalAccounts.of(r, inputs);
    Horizon year = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    Timeline t = Timeline.of(r, new Schedule(year, Map.of(), null));
    FiscalAccount quarters = FiscalAccounts.of(t, inputs);
    assertThat(quarters.periods()).hasSize(4);
    for (Effect e : Effect.values()) {
      for (FiscalItem item : FiscalItem.values()) {
        double sum = 0;
        for (int p = 0; p < 4; p++) {
          sum += quarters.value(item, e, p);
        }
        assertThat(Double.valueOf(quarters.value(item, e))).isEqualTo(Double.valueOf(sum));
        double expected = annual.value(item, e);
        if (Double.isNaN(expected)) {
          assertThat(sum).isNaN();
        } else {
          assertThat(sum).as(item.key() + " " + e).isCloseTo(expected, within(1e-9 * Math.max(1,
              Math.abs(expected))));
        }
      }
      for (Government g : Government.values()) {
        double sum = 0;
        for (int p = 0; p < 4; p++) {
          sum += quarters.balance(g, e, p);
        }
        assertThat(quarters.balance(g, e)).isCloseTo(sum, within(1e-9 * Math.max(1, Math.abs(sum))));
      }
    }
  }

  @Test
  void eiBenefitsFollowTheLayoffsQuarterByQuarter() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    Horizon h = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    // laid off on 1 April: one waiting week, then 36 weeks of benefits, 7 April to 14 December
    Timeline t = Timeline.of(r, new Schedule(h, Map.of("closures[0]", Timing.from(LocalDate.of(2025, 4, 1))), null));
    FiscalAccount a = FiscalAccounts.of(t, FiscalInputs.of(2025));
    double perDay = -100 * 40_000 * 0.55 / 365;
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 0)).isZero();
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 1)).isCloseTo(perDay * (91 - 7), within(1e-6));
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 2)).isCloseTo(perDay * 92, within(1e-6));
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 3)).isCloseTo(perDay * (252 - 84 - 92), within(1e-6));
    // the direct jobs lost in Q2 are job-years: 100 jobs for 91 of 365 days
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT, 1)).isCloseTo(-100 * 524 * 91 / 365.0, within(1e-6));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT, 0)).isZero();
  }

  @Test
  void tablesCarryTheAccountAndItsNotes() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    FiscalAccount annual = FiscalAccounts.of(r, FiscalInputs.of(2025));
    FiscalTable summary = FiscalTables.summary(annual);
    assertThat(summary.columns()).extracting(FiscalTable.Column::key)
        .containsExactly("direct", "indirect", "induced", "total");
    assertThat(summary.columns().get(0).unit()).isEqualTo("CAD of 2025 per year");
    assertThat(summary.rows()).hasSize(FiscalItem.values().length + 2);
    FiscalTable.Row federal = summary.rows().stream().filter(row -> row.key().equals("federal.balance"))
        .findFirst().orElseThrow();
    assertThat(federal.value(3)).isEqualTo(annual.balance(Government.FEDERAL, Effect.TOTAL));
    assertThat(summary.rows()).extracting(FiscalTable.Row::key).contains("federal.ei.employer",
        "provincial.qpp.employee", "provincial.balance");
    assertThat(summary.rows().stream().filter(row -> row.key().equals("federal.production_taxes")).findFirst()
        .orElseThrow().value(3)).isNaN();
    assertThat(summary.notes()).isEqualTo(annual.notes());
    Horizon h = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    FiscalAccount quarters = FiscalAccounts.of(Timeline.of(r, new Schedule(h, Map.of(), null)),
        FiscalInputs.of(2025));
    FiscalTable byPeriod = FiscalTables.byPeriod(quarters, Effect.TOTAL);
    assertThat(byPeriod.rows()).extracting(FiscalTable.Row::key)
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "horizon");
    int balance = FiscalItem.values().length;
    assertThat(byPeriod.rows().get(4).value(balance)).isEqualTo(quarters.balance(Government.FEDERAL, Effect.TOTAL));
    assertThat(byPeriod.columns().get(FiscalItem.EI_BENEFITS.ordinal()).key()).isEqualTo("federal.ei_benefits");
  }
}

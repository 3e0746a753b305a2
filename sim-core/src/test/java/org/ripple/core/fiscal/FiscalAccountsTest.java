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
  private static final double PRICE = 164.2 / 141.6;
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
    assertThat(String.join("\n", average.notes())).contains("164.2 / 141.6 = 1.1596", "not available",
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
    ScenarioResult yukon = closeJobs(LeontiefSystem.of(quebec(true, "Yukon", "CAD")), "s0", 10);
    assertThat(FiscalAccounts.of(yukon, FiscalInputs.of(2025)).available()).isFalse();
    assertThat(FiscalAccounts.of(yukon, FiscalInputs.of(2025)).notes().get(0)).contains("Yukon");
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

  /** The {@link #quebec} model's shape for a one-province model of {@code region}, every worker earning {@code pay}. */
  static Model province(String region, double pay) {
    TaxRules rules = TaxRules.forProvince(P2025, region);
    double perJob = rules.labourCost(pay) / PRICE / 1e6;
    return Model.builder(info(region, "CAD", 1e6), Models.sectors(2))
        .transactions(Models.rowMajor(new double[][] {{10, 20}, {30, 5}})).output(new double[] {100, 80})
        .employment(new double[] {1000, 400}).labourIncome(new double[] {1000 * perJob, 400 * perJob})
        .valueAdded(new double[] {50, 40}).householdConsumption(new double[] {20, 12})
        .householdIncome(1400 * perJob).build();
  }

  /**
   * 100 Ontario jobs at 60,000 CAD closed, by hand (TaxRulesTest's worker): federal income tax 100 x 6,518.795 (no
   * abatement), EI 100 x 984 and 1,377.60, CPP 100 x 3,361.75 each side under the federal government, Ontario's
   * income tax 100 x 2,677.9505 and Employer Health Tax 100 x 1,170; EI benefits 55 % of the pay for 252 of the
   * first 365 days; HST: the GST's 5 % federal, the provincial 8 % Ontario's, on the spending of the income lost.
   */
  @Test
  void hundredOntarioJobsAt60000() {
    LeontiefSystem system = LeontiefSystem.of(province("Ontario", 60_000));
    ScenarioResult r = closeJobs(system, "s0", 100);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    assertThat(a.province()).isEqualTo("Ontario");
    assertThat(a.governments()).extracting(Jurisdiction::key).containsExactly("federal", "provincial");
    Jurisdiction ontario = a.governments().get(1);
    assertThat(FiscalTables.summary(a).rows()).extracting(FiscalTable.Row::key).containsExactly(
        "federal.income_tax", "federal.ei.employee", "federal.ei.employer", "federal.cpp.employee",
        "federal.cpp.employer", "federal.gst", "federal.production_taxes", "federal.ei_benefits", "federal.balance",
        "provincial.income_tax", "provincial.payroll_tax.employer", "provincial.sales_tax",
        "provincial.production_taxes", "provincial.balance");
    Effect d = Effect.DIRECT;
    assertThat(a.value(FiscalItem.FEDERAL_INCOME_TAX, d)).isCloseTo(-651_879.5, within(1e-3));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, d)).isCloseTo(-98_400, within(1e-3));
    assertThat(a.value(FiscalItem.EI_EMPLOYER, d)).isCloseTo(-137_760, within(1e-3));
    assertThat(a.value(FiscalItem.CPP_EMPLOYEE, d)).isCloseTo(-336_175, within(1e-3));
    assertThat(a.value(FiscalItem.CPP_EMPLOYER, d)).isCloseTo(-336_175, within(1e-3));
    assertThat(a.value(ontario, FiscalItem.PROVINCIAL_INCOME_TAX, d)).isCloseTo(-267_795.05, within(1e-3));
    assertThat(a.value(ontario, FiscalItem.PAYROLL_TAX_EMPLOYER, d)).isCloseTo(-117_000, within(1e-3));
    double benefits = -100 * 60_000 * 0.55 * 252 / 365;
    assertThat(a.value(FiscalItem.EI_BENEFITS, d)).isCloseTo(benefits, within(1e-3));
    double sigma = 32 / (1400 * (60_000 + 1_377.6 + 3_361.75) / PRICE / 1e6);
    double income = -100 * (60_000 + 1_377.6 + 3_361.75) - benefits;
    assertThat(a.value(ontario, FiscalItem.SALES_TAX, d)).isCloseTo(0.08 * sigma * income, within(1e-3));
    assertThat(a.value(FiscalItem.GST, d)).isCloseTo(0.05 * sigma * income, within(1e-3));
    assertThat(a.value(ontario, FiscalItem.PROVINCIAL_PRODUCTION_TAXES, d)).isNaN();
    assertThat(a.balance(ontario, d)).isCloseTo(-267_795.05 - 117_000 + 0.08 * sigma * income, within(1e-3));
    assertThat(a.balance(Government.FEDERAL, d)).isCloseTo(-651_879.5 - 98_400 - 137_760 - 2 * 336_175
        + 0.05 * sigma * income + benefits, within(1e-3));
    itemsAddUp(a);
    assertThat(String.join("\n", a.notes())).contains("CPP and CPP2", "Employer Health Tax by the employer's "
        + "payroll, 1.95 % of the payroll above an exemption of 1,000,000 CAD, of the whole payroll above 5,000,000 "
        + "CAD", "top rate 1.95 %, employer payroll not stated, assumption", "HST, provincial part 8 %");
  }

  /**
   * British Columbia: PST 7 % and the Employer Health Tax 1.95 %; Alberta: no sales tax (no line), no payroll tax
   * among the parameters (not available, outside the balance), its income tax 100 x 3,014.16 (8 % bracket to 60,000).
   */
  @Test
  void britishColumbiaAndAlbertaAt60000() {
    ScenarioResult bc = closeJobs(LeontiefSystem.of(province("British Columbia", 60_000)), "s0", 100);
    FiscalAccount b = FiscalAccounts.of(bc, FiscalInputs.of(2025));
    Jurisdiction bcg = b.governments().get(1);
    assertThat(bcg.name()).isEqualTo("British Columbia");
    assertThat(bcg.label(FiscalItem.SALES_TAX)).isEqualTo("PST on household spending");
    Effect d = Effect.DIRECT;
    assertThat(b.value(bcg, FiscalItem.PROVINCIAL_INCOME_TAX, d)).isCloseTo(-266_467.52, within(1e-3));
    assertThat(b.value(bcg, FiscalItem.PAYROLL_TAX_EMPLOYER, d)).isCloseTo(-117_000, within(1e-3));
    assertThat(b.value(bcg, FiscalItem.SALES_TAX, d) / b.value(FiscalItem.GST, d)).isCloseTo(0.07 / 0.05,
        within(1e-12));
    itemsAddUp(b);
    ScenarioResult ab = closeJobs(LeontiefSystem.of(province("Alberta", 60_000)), "s0", 100);
    FiscalAccount a = FiscalAccounts.of(ab, FiscalInputs.of(2025));
    Jurisdiction abg = a.governments().get(1);
    // Alberta levies no payroll tax (its row is 0) and no sales tax: neither has a line
    assertThat(abg.items()).containsExactly(FiscalItem.PROVINCIAL_INCOME_TAX, FiscalItem.PROVINCIAL_PRODUCTION_TAXES);
    assertThat(a.value(abg, FiscalItem.PROVINCIAL_INCOME_TAX, d)).isCloseTo(-301_416, within(1e-3));
    assertThatThrownBy(() -> a.value(abg, FiscalItem.PAYROLL_TAX_EMPLOYER, d))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(a.balance(abg, d)).isCloseTo(-301_416, within(1e-3));
    assertThat(a.value(FiscalItem.SALES_TAX, d)).isNaN();
    assertThat(a.value(FiscalItem.CPP_EMPLOYEE, d)).isCloseTo(-336_175, within(1e-3));
    assertThat(String.join("\n", a.notes())).contains("Alberta none",
        "no employer payroll tax in Alberta: the province levies none").doesNotContain("not available for Alberta");
    itemsAddUp(a);
  }

  /** A two-region model: Quebec (QC.s) and another region (XX.s) of {@code other}'s name, one household each. */
  static LeontiefSystem twoRegions(String code, String other) {
    double perJob = COST_40000 / PRICE / 1e6;
    Regions regions = Regions.of(List.of(new Regions.Region("QC", "Quebec"), new Regions.Region(code, other)),
        new int[] {0, 1});
    Model model = Model.builder(info("Canada", "CAD", 1e6), Models.sectors(List.of("QC.s", code + ".s")))
        .transactions(Models.rowMajor(new double[][] {{20, 10}, {10, 30}})).output(new double[] {100, 100})
        .employment(new double[] {1000, 1000}).labourIncome(new double[] {1000 * perJob, 1000 * perJob})
        .valueAdded(new double[] {50, 60})
        .regions(regions.withHouseholds(new double[] {16, 5, 4, 20}, new double[] {1000 * perJob, 1000 * perJob}))
        .build();
    return LeontiefSystem.of(model);
  }

  @Test
  void aRegionWithoutTaxParametersIsNotCounted() {
    ScenarioResult r = closeJobs(twoRegions("YT", "Yukon"), "YT.s", 100);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    assertThat(a.province()).isEqualTo("Quebec");
    assertThat(a.governments()).extracting(Jurisdiction::key).containsExactly("federal", "provincial");
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isZero();
    double quebecJobs = r.total().value(Measure.JOBS, Effect.TOTAL, 0);
    assertThat(quebecJobs).isNegative();
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.TOTAL)).isCloseTo(quebecJobs * 524, within(1e-6));
    double sigma = (16 + 4) / (1000 * COST_40000 / PRICE / 1e6);
    double wages = r.total().value(Measure.LABOUR_INCOME, Effect.TOTAL, 0) * 1e6 * PRICE;
    assertThat(a.value(FiscalItem.QST, Effect.TOTAL)).isCloseTo(
        0.09975 * sigma * (wages - a.value(FiscalItem.EI_BENEFITS, Effect.TOTAL)), within(1e-6));
    assertThat(String.join("\n", a.notes())).contains("(Yukon) are not available");
  }

  /**
   * Quebec and Ontario: each job is a worker of its sector's province, under that province's rules; the federal
   * items are the sums of both provinces' workers', each province's items its own workers'.
   */
  @Test
  void eachProvincesWorkersAreCountedUnderItsOwnGovernment() {
    LeontiefSystem system = twoRegions("ON", "Ontario");
    ScenarioResult r = closeJobs(system, "ON.s", 100);
    FiscalAccount a = FiscalAccounts.of(r, FiscalInputs.of(2025));
    assertThat(a.province()).isEqualTo("Quebec, Ontario");
    assertThat(a.governments()).extracting(Jurisdiction::key).containsExactly("federal", "quebec", "ontario");
    Jurisdiction federal = a.governments().get(0);
    Jurisdiction quebec = a.governments().get(1);
    Jurisdiction ontario = a.governments().get(2);
    assertThat(federal.items()).contains(FiscalItem.CPP_EMPLOYEE, FiscalItem.CPP_EMPLOYER);
    assertThat(ontario.items()).containsExactly(FiscalItem.PROVINCIAL_INCOME_TAX, FiscalItem.PAYROLL_TAX_EMPLOYER,
        FiscalItem.SALES_TAX, FiscalItem.PROVINCIAL_PRODUCTION_TAXES);
    assertThat(ontario.label(FiscalItem.PAYROLL_TAX_EMPLOYER)).isEqualTo("Employer Health Tax, employer");
    assertThat(ontario.key(FiscalItem.PAYROLL_TAX_EMPLOYER)).isEqualTo("ontario.payroll_tax.employer");
    TaxRules on = TaxRules.forProvince(P2025, "Ontario");
    TaxRules qc = RULES;
    Model m = system.model();
    double[] pay = new double[2];
    for (int j = 0; j < 2; j++) {
      double cost = m.level(Measure.LABOUR_INCOME, j) / m.level(Measure.JOBS, j) * 1e6 * PRICE;
      pay[j] = (j == 0 ? qc : on).payFromLabourCost(cost);
    }
    // the Ontario sector's worker: the same labour income as Quebec's, so a slightly different pay
    assertThat(pay[0]).isCloseTo(40_000, within(1e-6));
    assertThat(on.labourCost(pay[1])).isCloseTo(COST_40000, within(1e-6));
    for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.TOTAL)) {
      double jq = r.total().value(Measure.JOBS, e, 0);
      double jo = r.total().value(Measure.JOBS, e, 1);
      assertThat(a.value(ontario, FiscalItem.PROVINCIAL_INCOME_TAX, e)).as("ON tax " + e)
          .isCloseTo(jo * on.provincialIncomeTax(pay[1]), within(1e-6));
      assertThat(a.value(ontario, FiscalItem.PAYROLL_TAX_EMPLOYER, e)).isCloseTo(jo * 0.0195 * pay[1],
          within(1e-6));
      assertThat(a.value(quebec, FiscalItem.PROVINCIAL_INCOME_TAX, e)).as("QC tax " + e)
          .isCloseTo(jq * qc.provincialIncomeTax(pay[0]), within(1e-6));
      assertThat(a.value(quebec, FiscalItem.QPP_EMPLOYEE, e)).isCloseTo(jq * qc.qppEmployee(pay[0]), within(1e-6));
      assertThat(a.value(federal, FiscalItem.CPP_EMPLOYEE, e)).isCloseTo(jo * on.qppEmployee(pay[1]), within(1e-6));
      assertThat(a.value(federal, FiscalItem.EI_EMPLOYEE, e)).isCloseTo(jq * 0.0131 * pay[0]
          + jo * 0.0164 * pay[1], within(1e-6));
      assertThat(a.value(federal, FiscalItem.FEDERAL_INCOME_TAX, e)).isCloseTo(jq * qc.federalIncomeTax(pay[0])
          + jo * on.federalIncomeTax(pay[1]), within(1e-6));
      // the two provinces' consumption taxes, each on its own households' spending
      double sigmaQ = (16 + 4) / (1000 * COST_40000 / PRICE / 1e6);
      double sigmaO = (5 + 20) / (1000 * COST_40000 / PRICE / 1e6);
      double wq = r.total().value(Measure.LABOUR_INCOME, e, 0) * 1e6 * PRICE;
      double wo = r.total().value(Measure.LABOUR_INCOME, e, 1) * 1e6 * PRICE;
      // EI benefits of the first year after the layoff: one waiting week, then 36 weeks (252 of 365 days)
      double bq = Math.min(0, jq) * pay[0] * 0.55 * 252 / 365;
      double bo = Math.min(0, jo) * pay[1] * 0.55 * 252 / 365;
      assertThat(a.value(federal, FiscalItem.EI_BENEFITS, e)).as("benefits " + e).isCloseTo(bq + bo, within(1e-6));
      assertThat(a.value(quebec, FiscalItem.QST, e)).isCloseTo(0.09975 * sigmaQ * (wq - bq), within(1e-6));
      assertThat(a.value(ontario, FiscalItem.SALES_TAX, e)).isCloseTo(0.08 * sigmaO * (wo - bo), within(1e-6));
      assertThat(a.value(federal, FiscalItem.GST, e)).isCloseTo(
          a.value(quebec, FiscalItem.QST, e) * 0.05 / 0.09975 + a.value(ontario, FiscalItem.SALES_TAX, e) * 0.05
              / 0.08, within(1e-6));
    }
    assertThat(a.value(quebec, FiscalItem.PROVINCIAL_INCOME_TAX, Effect.DIRECT)).isZero();
    assertThat(a.balance(Government.PROVINCIAL, Effect.TOTAL)).isCloseTo(a.balance(quebec, Effect.TOTAL)
        + a.balance(ontario, Effect.TOTAL), within(1e-6));
    itemsAddUp(a);
    String notes = String.join("\n", a.notes());
    assertThat(notes).contains("fiscal account for the federal government and 2 provinces (Quebec, Ontario)",
        "CPP and CPP2", "Ontario's Employer Health Tax by the employer's payroll", "Ontario HST, provincial part 8 %");
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
    itemsAddUp(a);
  }

  /**
   * Each government's items add to its balance, a level's governments to the level's balance, each item's effects
   * to its total.
   */
  static void itemsAddUp(FiscalAccount a) {
    for (Effect e : Effect.values()) {
      for (Government level : Government.values()) {
        double levelSum = 0;
        for (Jurisdiction g : a.governments()) {
          if (g.level() != level) {
            continue;
          }
          double sum = 0;
          for (FiscalItem item : g.items()) {
            double value = a.value(g, item, e);
            if (!Double.isNaN(value)) {
              sum += value;
            }
          }
          assertThat(a.balance(g, e)).as(g.key() + " " + e).isCloseTo(sum, within(1e-9 * Math.max(1,
              Math.abs(sum))));
          levelSum += sum;
        }
        assertThat(a.balance(level, e)).isCloseTo(levelSum, within(1e-9 * Math.max(1, Math.abs(levelSum))));
      }
    }
    for (Jurisdiction g : a.governments()) {
      for (FiscalItem item : g.items()) {
        double parts = a.value(g, item, Effect.DIRECT) + a.value(g, item, Effect.INDIRECT)
            + a.value(g, item, Effect.INDUCED);
        if (Double.isNaN(a.value(g, item, Effect.DIRECT))) {
          assertThat(a.value(g, item, Effect.TOTAL)).as(g.key(item)).isNaN();
        } else {
          assertThat(a.value(g, item, Effect.TOTAL)).as(g.key(item))
              .isCloseTo(parts, within(1e-9 * Math.max(1, Math.abs(parts))));
        }
      }
    }
    for (FiscalItem item : FiscalItem.values()) {
      double sum = 0;
      boolean any = false;
      for (Jurisdiction g : a.governments()) {
        if (g.has(item)) {
          sum += a.value(g, item, Effect.TOTAL);
          any = true;
        }
      }
      if (!any) {
        assertThat(a.value(item, Effect.TOTAL)).as(item.key()).isNaN();
      } else if (!Double.isNaN(sum)) {
        assertThat(a.value(item, Effect.TOTAL)).as(item.key()).isCloseTo(sum, within(1e-9 * Math.max(1,
            Math.abs(sum))));
      }
    }
  }

  /**
   * A seeded random model of two to four provinces (a sector or two each, one household a province) with a closure
   * or two anywhere, the pay sometimes given, sometimes an offset.
   */
  static Case randomProvinces(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Regions.Region> all = List.of(new Regions.Region("QC", "Quebec"), new Regions.Region("ON", "Ontario"),
        new Regions.Region("AB", "Alberta"), new Regions.Region("BC", "British Columbia"),
        new Regions.Region("NS", "Nova Scotia"), new Regions.Region("MB", "Manitoba"));
    List<Regions.Region> chosen = new ArrayList<>(all);
    java.util.Collections.shuffle(chosen, new java.util.Random(seed));
    int m = 2 + random.nextInt(3);
    chosen = chosen.subList(0, m);
    List<String> codes = new ArrayList<>();
    List<Integer> regionOf = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      int sectors = 1 + random.nextInt(2);
      for (int q = 0; q < sectors; q++) {
        codes.add(chosen.get(k).code() + ".s" + q);
        regionOf.add(k);
      }
    }
    int n = codes.size();
    double[] x = new double[n];
    double[] jobs = new double[n];
    double[] w = new double[n];
    double[] v = new double[n];
    double[] z = new double[n * n];
    double[] h = new double[m];
    for (int j = 0; j < n; j++) {
      jobs[j] = 200 + random.nextInt(5000);
      w[j] = jobs[j] * random.nextDouble(15_000, 160_000) / PRICE / 1e6;
      x[j] = w[j] / random.nextDouble(0.15, 0.45);
      v[j] = w[j] / random.nextDouble(0.6, 0.9);
      h[regionOf.get(j)] += w[j];
      double left = random.nextDouble(0.1, 0.4);
      for (int i = 0; i < n; i++) {
        z[i * n + j] = x[j] * left / n * random.nextDouble(0, 2);
      }
    }
    double[] c = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        c[i * m + k] = h[k] * 0.5 / n * random.nextDouble(0.2, 1.8);
      }
    }
    int[] of = regionOf.stream().mapToInt(Integer::intValue).toArray();
    Model model = Model.builder(info("Canada", "CAD", 1e6), Models.sectors(codes)).transactions(z).output(x)
        .employment(jobs).labourIncome(w).valueAdded(v)
        .regions(Regions.of(chosen, of).withHouseholds(c, h)).build();
    List<Closure> closures = new ArrayList<>();
    Map<String, Double> pay = new HashMap<>();
    int count = 1 + random.nextInt(2);
    for (int k = 0; k < count; k++) {
      int j = random.nextInt(n);
      String field = "closures[" + k + "]";
      closures.add(new Closure("c" + k, codes.get(j), OptionalDouble.of(Math.floor(jobs[j] * random.nextDouble(0.01,
          0.2)) + 1), OptionalDouble.empty(), "", field));
      if (random.nextBoolean()) {
        pay.put(field, random.nextDouble(20_000, 200_000));
      }
    }
    List<Offset> offsets = new ArrayList<>();
    if (random.nextBoolean()) {
      offsets.add(new Offset("o", codes.get(random.nextInt(n)), OptionalDouble.of(random.nextDouble(0.1, 0.5)),
          OptionalDouble.empty(), OptionalDouble.empty(), null, "offsets[0]"));
    }
    return new Case(LeontiefSystem.of(model), new Scenario("p" + seed, "", closures, List.of(), offsets, List.of()),
        pay);
  }

  /**
   * On several provinces: the governments add up (items to each balance, the provinces' balances to the
   * provincial level's, each province's items to the level's), effects to the total, a year's quarters to the annual
   * account for every government's item, and without given pay each item is its province's jobs times that
   * province's worker amounts (the federal ones summed over the provinces).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theAccountOfSeveralProvincesAddsUp(long seed) {
    Case c = randomProvinces(seed);
    ScenarioResult r = new ImpactEngine(c.system).run(c.scenario);
    FiscalInputs inputs = new FiscalInputs(2025, c.pay, null);
    FiscalAccount a = FiscalAccounts.of(r, inputs);
    assertThat(a.governments().size()).isEqualTo(1 + c.system.model().regions().orElseThrow().size());
    itemsAddUp(a);
    Horizon year = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    FiscalAccount quarters = FiscalAccounts.of(Timeline.of(r, new Schedule(year, Map.of(), null)), inputs);
    for (Jurisdiction g : quarters.governments()) {
      for (FiscalItem item : g.items()) {
        double sum = 0;
        for (int p = 0; p < 4; p++) {
          sum += quarters.value(g, item, Effect.TOTAL, p);
        }
        double expected = a.value(g, item, Effect.TOTAL);
        if (Double.isNaN(expected)) {
          assertThat(sum).isNaN();
        } else {
          assertThat(sum).as(g.key(item)).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
      }
    }
    FiscalAccount average = FiscalAccounts.of(r, FiscalInputs.of(2025));
    Model m = c.system.model();
    Regions regions = m.regions().orElseThrow();
    double[][] expected = new double[regions.size()][PER_WORKER.size()];
    double[] one = new double[PER_WORKER.size()];
    for (int j = 0; j < m.size(); j++) {
      TaxRules rules = TaxRules.forProvince(P2025, regions.at(regions.regionOf(j)).name());
      double pay = rules.payFromLabourCost(m.level(Measure.LABOUR_INCOME, j) / m.level(Measure.JOBS, j) * 1e6
          * PRICE);
      rules.perWorker(pay, one, 0);
      for (int k = 0; k < one.length; k++) {
        expected[regions.regionOf(j)][k] += r.total().value(Measure.JOBS, Effect.TOTAL, j) * one[k];
      }
    }
    for (int k = 0; k < PER_WORKER.size(); k++) {
      FiscalItem item = PER_WORKER.get(k);
      double federal = 0;
      for (int g = 0; g < regions.size(); g++) {
        Jurisdiction province = average.governments().get(1 + g);
        if (item.government() == Government.FEDERAL) {
          federal += expected[g][k];
        } else if (province.has(item)) {
          double value = average.value(province, item, Effect.TOTAL);
          if (item == FiscalItem.PAYROLL_TAX_EMPLOYER && !TaxRules.forProvince(P2025, province.name())
              .hasPayrollTax()) {
            assertThat(value).isNaN();
          } else {
            assertThat(value).as(province.key(item)).isCloseTo(expected[g][k], within(1e-7 * Math.max(1,
                Math.abs(expected[g][k]))));
          }
        } else {
          assertThat(expected[g][k]).as(province.key() + " " + item).isZero();
        }
      }
      Jurisdiction fed = average.governments().get(0);
      if (item.government() == Government.FEDERAL && fed.has(item)) {
        assertThat(average.value(fed, item, Effect.TOTAL)).as(item.key()).isCloseTo(federal, within(1e-7
            * Math.max(1, Math.abs(federal))));
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
      FiscalItem item = PER_WORKER.get(k);
      if (a.governments().stream().noneMatch(g -> g.has(item))) {
        // CPP and the other provinces' payroll taxes: no line of a Quebec account, and nothing a Quebec worker pays
        assertThat(expected[k]).as(item.key()).isZero();
        assertThat(a.value(item, Effect.TOTAL)).as(item.key()).isNaN();
        continue;
      }
      assertThat(a.value(item, Effect.TOTAL)).as(item.key())
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

  /** The quarters of 2025 of 100 jobs at 40,000 in sector s0, laid off on 1 April. */
  private static FiscalAccount aprilLayoff(ScenarioResult r) {
    Horizon h = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    Timeline t = Timeline.of(r, new Schedule(h, Map.of("closures[0]", Timing.from(LocalDate.of(2025, 4, 1))), null));
    return FiscalAccounts.of(t, FiscalInputs.of(2025));
  }

  @Test
  void eiBenefitsFollowTheLayoffsQuarterByQuarter() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    // laid off on 1 April: one waiting week, then 36 weeks of benefits, 7 April to 14 December
    FiscalAccount a = aprilLayoff(r);
    double perDay = -100 * 40_000 * 0.55 / 365;
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 0)).isZero();
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 1)).isCloseTo(perDay * (91 - 7), within(1e-6));
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 2)).isCloseTo(perDay * 92, within(1e-6));
    assertThat(a.value(FiscalItem.EI_BENEFITS, Effect.DIRECT, 3)).isCloseTo(perDay * (252 - 84 - 92), within(1e-6));
    // the direct jobs lost in Q2 are job-years: 100 jobs for 91 of 365 days
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT, 1)).isCloseTo(-100 * 524 * 91 / 365.0, within(1e-6));
    assertThat(a.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT, 0)).isZero();
  }

  /**
   * The period table of each effect, by hand: 100 jobs at 40,000 laid off on 1 April; in the second quarter (91 of
   * 365 days) the direct effect's employee EI is 100 x 524 x 91 / 365, the indirect effect's the indirect jobs times
   * the same 524 (every sector's worker earns 40,000 here) for the same days; in every period the three effects add
   * to the total, and each effect's quarters to its horizon row.
   */
  @Test
  void thePeriodTableOfEachEffectByHand() {
    LeontiefSystem system = LeontiefSystem.of(quebec(true, "Quebec", "CAD"));
    ScenarioResult r = closeJobs(system, "s0", 100);
    FiscalAccount a = aprilLayoff(r);
    FiscalTable direct = FiscalTables.byPeriod(a, Effect.DIRECT);
    FiscalTable indirect = FiscalTables.byPeriod(a, Effect.INDIRECT);
    int ei = FiscalItem.EI_EMPLOYEE.ordinal();
    assertThat(direct.columns().get(ei).key()).isEqualTo("federal.ei.employee");
    assertThat(direct.title()).isEqualTo("Fiscal by period (direct)");
    assertThat(direct.rows().get(0).value(ei)).isZero();
    assertThat(direct.rows().get(1).value(ei)).isCloseTo(-100 * 524 * 91 / 365.0, within(1e-6));
    double indirectJobs = r.total().sum(Measure.JOBS, Effect.INDIRECT);
    assertThat(indirectJobs).isLessThan(0);
    assertThat(indirect.rows().get(1).value(ei)).isCloseTo(indirectJobs * 524 * 91 / 365.0, within(1e-6));
    List<FiscalTable> parts = List.of(direct, indirect, FiscalTables.byPeriod(a, Effect.INDUCED));
    FiscalTable total = FiscalTables.byPeriod(a, Effect.TOTAL);
    for (int row = 0; row < total.rows().size(); row++) {
      for (int c = 0; c < total.columns().size(); c++) {
        double want = total.rows().get(row).value(c);
        double sum = 0;
        for (FiscalTable part : parts) {
          sum += part.rows().get(row).value(c);
        }
        if (Double.isNaN(want)) {
          assertThat(sum).isNaN();
        } else {
          assertThat(sum).as(total.columns().get(c).key()).isCloseTo(want, within(1e-6 * Math.max(1, Math.abs(want))));
        }
      }
    }
    for (FiscalTable part : parts) {
      int horizon = part.rows().size() - 1;
      for (int c = 0; c < part.columns().size(); c++) {
        double sum = 0;
        for (int row = 0; row < horizon; row++) {
          sum += part.rows().get(row).value(c);
        }
        double want = part.rows().get(horizon).value(c);
        if (!Double.isNaN(want)) {
          assertThat(sum).isCloseTo(want, within(1e-9 * Math.max(1, Math.abs(want))));
        }
      }
    }
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
    // a Quebec account's 14 lines, as before the other provinces had accounts, and the two balances
    assertThat(summary.rows()).hasSize(14 + 2);
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
    int balance = 14;
    assertThat(byPeriod.rows().get(4).value(balance)).isEqualTo(quarters.balance(Government.FEDERAL, Effect.TOTAL));
    assertThat(byPeriod.columns().get(FiscalItem.EI_BENEFITS.ordinal()).key()).isEqualTo("federal.ei_benefits");
  }
}

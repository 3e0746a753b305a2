package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.provincial.DisposableIncome;
import org.ripple.core.provincial.ProvincialModelBuilder;
import org.ripple.core.provincial.SectorIncome;

/**
 * Checks the bundled quebec-2021 model against the only published Canadian anchor we have: Statistics Canada's
 * Ontario 2022 within-province multipliers for transportation and warehousing (BS4B0; table 36-10-0113 as extracted
 * in RobertWalterJ/hinterland, rounded to 1 decimal): output 1 + 0.7 indirect + 0.3 induced = 2.0; jobs per CAD 1
 * million 4.0 direct, 2.3 indirect, 1.4 induced, 7.7 total; labour income 0.3 direct. Another province, year and
 * aggregation: the induced effect must lie within the Ontario figures +-40 %, the rest within a factor of two; the
 * values measured here are pinned so that models/quebec-2021/README.md cannot drift.
 */
class Quebec2021ModelTest {
  private static final double ANCHOR_OUTPUT_TOTAL = 2.0;
  private static final double ANCHOR_OUTPUT_INDUCED = 0.3;
  private static final double ANCHOR_JOBS_DIRECT = 4.0;
  private static final double ANCHOR_JOBS_INDIRECT = 2.3;
  private static final double ANCHOR_JOBS_INDUCED = 1.4;
  private static final double ANCHOR_JOBS_TOTAL = 7.7;

  static ProvincialModelBuilder.Inputs inputs;
  static QgeSource.Derived derived;
  static Model model;
  static DenseLeontief io;
  static int t;

  @BeforeAll
  static void build() throws IOException {
    inputs = Quebec2021.inputs(ProjectRoot.source(), null);
    derived = QgeSource.derived(ProjectRoot.source(), Quebec2021.REGION, Quebec2021.YEAR);
    model = ProvincialModelBuilder.build(ModelInfo.named(Quebec2021.NAME), inputs);
    io = new DenseLeontief(model);
    t = model.sectors().positionOf(Quebec2021.TRANSPORT);
  }

  /** Jobs per CAD 1 million: the model unit is CAD thousands, so per-unit jobs times 1000. */
  private static double perMillion(double jobsPerThousand) {
    return 1000 * jobsPerThousand;
  }

  private static DenseLeontief at(double propensity) {
    return new DenseLeontief(ProvincialModelBuilder.build(ModelInfo.named(Quebec2021.NAME),
        inputs.withPropensity(propensity)));
  }

  private static boolean[] collectiveFlags() {
    boolean[] flags = new boolean[model.size()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = QgeIncome.COLLECTIVE.contains(model.sectors().at(i).code());
    }
    return flags;
  }

  private static double inducedJobs(DenseLeontief m) {
    return perMillion(m.weightedTypeII(m.jobsPerUnit, t) - m.weightedTypeI(m.jobsPerUnit, t));
  }

  private static double inducedOutput(DenseLeontief m) {
    return m.outputTypeII(t) - m.outputTypeI(t);
  }

  @Test
  void transportationOutputMultipliersAreOfTheAnchorsMagnitude() {
    double typeI = io.outputTypeI(t);
    double typeII = io.outputTypeII(t);
    assertThat(typeI).isBetween(1.3, 2.2);
    assertThat(typeII).isGreaterThan(typeI);
    assertThat(typeII / ANCHOR_OUTPUT_TOTAL).isBetween(0.5, 2.0);
  }

  @Test
  void transportationInducedEffectsAreWithinFortyPercentOfTheAnchor() {
    assertThat(inducedJobs(io)).isBetween(0.6 * ANCHOR_JOBS_INDUCED, 1.4 * ANCHOR_JOBS_INDUCED);
    assertThat(inducedOutput(io)).isBetween(0.6 * ANCHOR_OUTPUT_INDUCED, 1.4 * ANCHOR_OUTPUT_INDUCED);
  }

  @Test
  void transportationJobsEffectsAreWithinAFactorOfTwoOfTheAnchor() {
    double direct = perMillion(io.jobsPerUnit[t]);
    double typeI = perMillion(io.weightedTypeI(io.jobsPerUnit, t));
    double typeII = perMillion(io.weightedTypeII(io.jobsPerUnit, t));
    assertThat(direct / ANCHOR_JOBS_DIRECT).isBetween(0.5, 2.0);
    assertThat((typeI - direct) / ANCHOR_JOBS_INDIRECT).isBetween(0.5, 2.0);
    assertThat(typeII / ANCHOR_JOBS_TOTAL).isBetween(0.5, 2.0);
  }

  /** The numbers quoted in models/quebec-2021/README.md (change both together). */
  @Test
  void numbersQuotedInTheReadme() {
    assertThat(io.outputTypeI(t)).isCloseTo(1.5023, within(5e-5));
    assertThat(io.outputTypeII(t)).isCloseTo(1.8246, within(5e-5));
    assertThat(perMillion(io.jobsPerUnit[t])).isCloseTo(4.422, within(5e-4));
    assertThat(perMillion(io.weightedTypeI(io.jobsPerUnit, t))).isCloseTo(6.440, within(5e-4));
    assertThat(perMillion(io.weightedTypeII(io.jobsPerUnit, t))).isCloseTo(7.838, within(5e-4));
    assertThat(io.weightedTypeI(io.valueAddedPerUnit, t)).isCloseTo(0.758, within(5e-4));
    assertThat(io.weightedTypeII(io.valueAddedPerUnit, t)).isCloseTo(0.943, within(5e-4));
    assertThat(io.labourPerUnit[t]).isCloseTo(0.287, within(5e-4));
    assertThat(io.weightedTypeI(io.labourPerUnit, t)).isCloseTo(0.417, within(5e-4));
    assertThat(io.weightedTypeII(io.labourPerUnit, t)).isCloseTo(0.499, within(5e-4));
    assertThat(inputs.propensity()).isCloseTo(0.6075, within(5e-5));
  }

  /** The saving-rate and tax sensitivity table of the README: p from the same disposable-income arithmetic. */
  @Test
  void savingAndTaxSensitivityQuotedInTheReadme() {
    DisposableIncome d = derived.disposable();
    assertThat(d.propensity()).isEqualTo(inputs.propensity());
    assertThat(d.saving()).isEqualTo(0.078);
    double[][] rows = {
        {d.withSaving(0.062).propensity(), 1.427, 0.329},
        {d.withSaving(0.078).propensity(), 1.398, 0.322},
        {d.withSaving(0.086).propensity(), 1.384, 0.319},
        {d.withSaving(0.146).propensity(), 1.277, 0.294},
        {new DisposableIncome(d.wage(), 1.1 * d.incomeTax(), 1.1 * d.contributions(), d.saving(), d.payFactor())
            .propensity(), 1.332, 0.307},
        {new DisposableIncome(d.wage(), 0.9 * d.incomeTax(), 0.9 * d.contributions(), d.saving(), d.payFactor())
            .propensity(), 1.466, 0.338}};
    // tau = 0: g at market prices, as before tau was taken out (119,590 of 372,581 million)
    SectorIncome income = inputs.income();
    SectorIncome market = new SectorIncome(income.annualPay(), income.payFactor(), 119_590.0 / 372_581.0,
        collectiveFlags());
    DenseLeontief m0 = new DenseLeontief(ProvincialModelBuilder.build(ModelInfo.named(Quebec2021.NAME),
        new ProvincialModelBuilder.Inputs(inputs.sectors(), inputs.inputShares(), inputs.gamma(), inputs.output(),
            inputs.usedInRegion(), inputs.importsOtherProvinces(), inputs.importsInternational(),
            inputs.employment(), inputs.gosShare(), inputs.alpha(), inputs.propensity(), market)));
    assertThat(inducedJobs(m0)).isCloseTo(1.456, within(5e-4));
    assertThat(inducedOutput(m0)).isCloseTo(0.328, within(5e-4));
    for (double[] r : rows) {
      DenseLeontief m = at(r[0]);
      assertThat(inducedJobs(m)).as("p = %s", r[0]).isCloseTo(r[1], within(5e-4));
      assertThat(inducedOutput(m)).as("p = %s", r[0]).isCloseTo(r[2], within(5e-4));
      assertThat(m.outputTypeI(t)).isEqualTo(io.outputTypeI(t));
    }
  }

  /** Labour income by sector from SEPH pay: every sector between CAD 20,000 and 200,000 per job. */
  @Test
  void labourIncomePerJobIsPlausibleInEverySector() {
    for (int j = 0; j < model.size(); j++) {
      double perJob = 1000 * model.level(Measure.LABOUR_INCOME, j) / model.level(Measure.JOBS, j);
      assertThat(perJob).as(model.sectors().at(j).code()).isBetween(20_000.0, 200_000.0);
      assertThat(perJob).isCloseTo(1000 * inputs.income().annualPay()[j] * inputs.income().payFactor()[j],
          within(1e-6));
    }
    int r = model.sectors().positionOf("REAL_EST");
    assertThat(1000 * model.level(Measure.LABOUR_INCOME, r) / model.level(Measure.JOBS, r)).isCloseTo(62_700.0,
        within(100.0));
  }

  /**
   * The model build and the fiscal account use one rule: the fiscal account's pay per job, inverted from a sector's
   * labour income per job in CAD of 2025, is the sector's SEPH pay carried to 2025 by the CPI, and model.yaml's
   * labour_income_per_wage is total labour income over the wage bill.
   */
  @Test
  void theFiscalAccountRecoversEverySectorsPay() {
    double wages = 0;
    for (int j = 0; j < model.size(); j++) {
      double perJob = 1000 * model.level(Measure.LABOUR_INCOME, j) / model.level(Measure.JOBS, j);
      double pay2025 = derived.pay()[j] * derived.priceFactor();
      assertThat(derived.rules().payFromLabourCost(perJob * derived.priceFactor()))
          .as(model.sectors().at(j).code()).isCloseTo(pay2025, within(1e-6 * pay2025));
      wages += model.level(Measure.JOBS, j) * derived.pay()[j] / 1000;
    }
    assertThat(derived.priceFactor()).isCloseTo(164.2 / 141.6, within(1e-15));
    assertThat(derived.payFactor()).isCloseTo(model.total(Measure.LABOUR_INCOME) / wages, within(1e-12));
    assertThat(derived.disposable().payFactor()).isEqualTo(derived.payFactor());
    assertThat(derived.disposable().wage()).isCloseTo(derived.wage() * derived.priceFactor(), within(1e-9));
  }

  /** The households' mix: government and NPISH consumption taken out of education, health and public services. */
  @Test
  void householdsOnlyColumnQuotedInTheReadme() {
    double coll = 0;
    double all = 0;
    for (int i = 0; i < model.size(); i++) {
      all += model.householdConsumption(i);
      if (QgeIncome.COLLECTIVE.contains(model.sectors().at(i).code())) {
        coll += model.householdConsumption(i);
      }
    }
    // tau by hand from the published 2007 figures: the GST and QST (5,273 + 7,484) at 2021's combined rate 0.14975
    // instead of 2007's 0.06 + 0.075 x 1.06 = 0.1395, the other 2,770 million kept, over 133,018 - 15,527 + them
    double carried = 12_757 * 0.14975 / 0.1395 + 2_770;
    assertThat(carried).isCloseTo(16_464.34, within(0.01));
    assertThat(derived.productTaxShare()).isCloseTo(carried / (133_018 - 15_527 + carried), within(1e-12));
    assertThat(derived.productTaxShare()).isCloseTo(0.1229, within(5e-5));
    assertThat(derived.collectiveShare()).isCloseTo(119_590.0 / (119_590.0 + 252_991.0 * (1 - 0.122909)),
        within(1e-6));
    assertThat(derived.collectiveShare()).isCloseTo(0.3502, within(5e-5));
    assertThat(coll / all).isCloseTo(0.126, within(5e-4));
    assertThat(coll / all).isLessThanOrEqualTo(0.15);
  }

  /** The share of taxes on products: a hand-computed case, and no taxes at all leaves the spending as it is. */
  @Test
  void productTaxShareCarriesTheSalesTaxesToTheNewRate() {
    // 80 of sales taxes at a 10 % rate become 120 at 15 %; with 20 of other taxes, 140 over 1000 - 100 + 140
    assertThat(QgeIncome.productTaxShare(100, 80, 1000, 0.10, 0.15)).isCloseTo(140.0 / 1040.0, within(1e-15));
    assertThat(QgeIncome.productTaxShare(0, 0, 1000, 0.10, 0.15)).isZero();
    assertThat(QgeIncome.productTaxShare(100, 80, 1000, 0.10, 0.10)).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void columnSumsOfAAreBelowOne() {
    for (int j = 0; j < model.size(); j++) {
      assertThat(io.columnSumA(j)).as(model.sectors().at(j).code()).isGreaterThan(0).isLessThan(1);
    }
  }

  @Test
  void regionalPurchaseCoefficientsAreShares() {
    for (double r : ProvincialModelBuilder.regionalPurchaseCoefficients(inputs)) {
      assertThat(r).isBetween(0.0, 1.0);
    }
  }

  @Test
  void householdsSpendLessThanTheirIncomeRegionally() {
    double c = 0;
    for (int i = 0; i < model.size(); i++) {
      assertThat(model.householdConsumption(i)).isGreaterThanOrEqualTo(0);
      c += model.householdConsumption(i);
    }
    assertThat(c / model.householdIncome()).isGreaterThan(0).isLessThan(1);
    assertThat(model.householdIncome()).isCloseTo(model.total(Measure.LABOUR_INCOME), within(1e-3));
  }

  @Test
  void allMultipliersArePositiveAndTypeIIExceedsTypeI() {
    for (int j = 0; j < model.size(); j++) {
      assertThat(io.outputTypeI(j)).as(model.sectors().at(j).code()).isGreaterThanOrEqualTo(1.0);
      assertThat(io.outputTypeII(j)).as(model.sectors().at(j).code()).isGreaterThan(io.outputTypeI(j));
    }
    for (double v : io.l) {
      assertThat(v).isGreaterThanOrEqualTo(-1e-12);
    }
  }

  /** The reader agrees with Quebec's sector totals as summed from the source files when they were collected. */
  @Test
  void readerMatchesTheProvenanceSummaryForTransportation() {
    assertThat(model.level(Measure.JOBS, t)).isEqualTo(162754.0);
    assertThat(model.output(t)).isCloseTo(36802847.0, within(0.01));
    assertThat(inputs.usedInRegion()[t]).isCloseTo(24821128.266, within(0.01));
    assertThat(inputs.importsOtherProvinces()[t]).isCloseTo(4234315.483, within(0.01));
    assertThat(inputs.importsInternational()[t]).isCloseTo(2050590.721, within(0.01));
    assertThat(inputs.gamma()[t]).isEqualTo(0.5004266110173488);
    assertThat(inputs.alpha()[t]).isEqualTo(0.01350778182962417);
    assertThat(inputs.gosShare()).isEqualTo(0.29939641032745734);
    assertThat(model.total(Measure.OUTPUT)).isCloseTo(882811990.9995, within(1.0));
  }
}

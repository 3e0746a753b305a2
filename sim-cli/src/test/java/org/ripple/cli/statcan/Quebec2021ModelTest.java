package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.provincial.ProvincialModelBuilder;

/**
 * Checks the bundled quebec-2021 model against the only published Canadian anchor we have: Statistics Canada's
 * Ontario 2022 within-province multipliers for transportation and warehousing (BS4B0; table
 * 36-10-0113 as extracted in RobertWalterJ/hinterland, rounded to 1 decimal): output 1 + 0.7 indirect + 0.3 induced = 2.0; jobs per CAD 1
 * million 4.0 direct, 2.3 indirect, 1.4 induced, 7.7 total. Another province, year and aggregation, so the check is
 * one of order of magnitude; the values measured here are pinned so that models/quebec-2021/README.md cannot drift.
 */
class Quebec2021ModelTest {
  private static final double ANCHOR_OUTPUT_TOTAL = 2.0;
  private static final double ANCHOR_JOBS_DIRECT = 4.0;
  private static final double ANCHOR_JOBS_INDIRECT = 2.3;
  private static final double ANCHOR_JOBS_INDUCED = 1.4;
  private static final double ANCHOR_JOBS_TOTAL = 7.7;

  static ProvincialModelBuilder.Inputs inputs;
  static Model model;
  static DenseLeontief io;
  static int t;

  @BeforeAll
  static void build() throws IOException {
    inputs = Quebec2021.inputs(ProjectRoot.source(), Quebec2021.DEFAULT_PROPENSITY);
    model = Quebec2021.build(inputs).model();
    io = new DenseLeontief(model);
    t = model.sectors().positionOf(Quebec2021.TRANSPORT);
  }

  /** Jobs per CAD 1 million: the model unit is CAD thousands, so per-unit jobs times 1000. */
  private static double perMillion(double jobsPerThousand) {
    return 1000 * jobsPerThousand;
  }

  @Test
  void transportationOutputMultipliersAreOfTheAnchorsMagnitude() {
    double typeI = io.outputTypeI(t);
    double typeII = io.outputTypeII(t);
    assertThat(typeI).isBetween(1.3, 2.2);
    assertThat(typeII).isBetween(1.5, 2.8);
    assertThat(typeII).isGreaterThan(typeI);
    assertThat(typeII / ANCHOR_OUTPUT_TOTAL).isBetween(0.5, 2.0);
  }

  @Test
  void transportationJobsEffectsAreWithinAFactorOfTwoOfTheAnchor() {
    double direct = perMillion(io.jobsPerUnit[t]);
    double typeI = perMillion(io.weightedTypeI(io.jobsPerUnit, t));
    double typeII = perMillion(io.weightedTypeII(io.jobsPerUnit, t));
    assertThat(direct / ANCHOR_JOBS_DIRECT).isBetween(0.5, 2.0);
    assertThat((typeI - direct) / ANCHOR_JOBS_INDIRECT).isBetween(0.5, 2.0);
    assertThat((typeII - typeI) / ANCHOR_JOBS_INDUCED).isBetween(0.5, 2.0);
    assertThat(typeII / ANCHOR_JOBS_TOTAL).isBetween(0.5, 2.0);
  }

  /** The numbers quoted in models/quebec-2021/README.md (change both together). */
  @Test
  void numbersQuotedInTheReadme() {
    assertThat(io.outputTypeI(t)).isCloseTo(1.5023, within(5e-5));
    assertThat(io.outputTypeII(t)).isCloseTo(2.0269, within(5e-5));
    assertThat(perMillion(io.jobsPerUnit[t])).isCloseTo(4.422, within(5e-4));
    assertThat(perMillion(io.weightedTypeI(io.jobsPerUnit, t))).isCloseTo(6.440, within(5e-4));
    assertThat(perMillion(io.weightedTypeII(io.jobsPerUnit, t))).isCloseTo(9.106, within(5e-4));
    assertThat(io.weightedTypeI(io.valueAddedPerUnit, t)).isCloseTo(0.758, within(5e-4));
    assertThat(io.weightedTypeII(io.valueAddedPerUnit, t)).isCloseTo(1.071, within(5e-4));
    assertThat(io.weightedTypeI(io.labourPerUnit, t)).isCloseTo(0.531, within(5e-4));
    assertThat(io.weightedTypeII(io.labourPerUnit, t)).isCloseTo(0.750, within(5e-4));
  }

  @Test
  void propensitySensitivityQuotedInTheReadme() {
    DenseLeontief low = new DenseLeontief(Quebec2021.build(inputs.withPropensity(0.5)).model());
    DenseLeontief high = new DenseLeontief(Quebec2021.build(inputs.withPropensity(0.7)).model());
    assertThat(low.outputTypeII(t)).isCloseTo(1.9114, within(5e-5));
    assertThat(high.outputTypeII(t)).isCloseTo(2.1595, within(5e-5));
    assertThat(perMillion(low.weightedTypeII(low.jobsPerUnit, t))).isCloseTo(8.519, within(5e-4));
    assertThat(perMillion(high.weightedTypeII(high.jobsPerUnit, t))).isCloseTo(9.780, within(5e-4));
    assertThat(low.outputTypeI(t)).isEqualTo(io.outputTypeI(t));
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

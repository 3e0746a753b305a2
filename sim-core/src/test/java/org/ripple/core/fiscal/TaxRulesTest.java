package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One worker's 2025 income tax and payroll contributions, against hand calculations. */
class TaxRulesTest {
  private static final TaxRules RULES = new TaxRules(FiscalParameters.forYear(2025).orElseThrow());

  @Test
  void hundredDirectJobsAt40000PayTheIssuesEmployeeContributions() {
    double pay = 40_000;
    assertThat(100 * RULES.eiEmployee(pay)).isCloseTo(52_400, within(1e-6));
    assertThat(100 * RULES.qppEmployee(pay)).isCloseTo(233_600, within(1e-6));
    assertThat(100 * RULES.qpipEmployee(pay)).isCloseTo(19_760, within(1e-6));
    assertThat(RULES.eiEmployer(pay)).isCloseTo(1.4 * 0.0131 * 40_000, within(1e-9));
    assertThat(RULES.qppEmployer(pay)).isCloseTo(0.064 * (40_000 - 3_500), within(1e-9));
    assertThat(RULES.qpipEmployer(pay)).isCloseTo(0.00692 * 40_000, within(1e-9));
    assertThat(RULES.hsfEmployer(pay)).isCloseTo(0.0426 * 40_000, within(1e-9));
  }

  @Test
  void aWorkerAt80000IsAboveTheEiAndQppMaximums() {
    double pay = 80_000;
    assertThat(RULES.eiEmployee(pay)).isCloseTo(860.67, within(1e-9));
    assertThat(RULES.eiEmployee(pay)).isCloseTo(0.0131 * 65_700, within(1e-9));
    assertThat(RULES.qppEmployee(pay)).isCloseTo(0.064 * (71_300 - 3_500) + 0.04 * (80_000 - 71_300), within(1e-9));
    assertThat(RULES.qppEmployee(pay)).isCloseTo(4_687.2, within(1e-9));
    assertThat(RULES.qpipEmployee(pay)).isCloseTo(395.2, within(1e-9));
    assertThat(RULES.qppEmployee(100_000)).isCloseTo(0.064 * 67_800 + 0.04 * 9_900, within(1e-9));
    assertThat(RULES.qpipEmployee(120_000)).isCloseTo(0.00494 * 98_000, within(1e-9));
    assertThat(RULES.eiEmployee(120_000)).isEqualTo(RULES.eiEmployee(65_700));
  }

  @Test
  void incomeTaxAt40000ByHand() {
    double federalBasic = 0.145 * 40_000 - 0.145 * 16_129;
    assertThat(federalBasic).isCloseTo(3_461.295, within(1e-9));
    double federal = federalBasic - 0.165 * federalBasic;
    assertThat(RULES.basicFederalTax(40_000)).isCloseTo(federalBasic, within(1e-9));
    assertThat(RULES.federalIncomeTax(40_000)).isCloseTo(federal, within(1e-9));
    assertThat(RULES.federalIncomeTax(40_000)).isCloseTo(2_890.181325, within(1e-9));
    double quebec = 0.14 * 40_000 - 0.14 * 18_571;
    assertThat(RULES.quebecIncomeTax(40_000)).isCloseTo(quebec, within(1e-9));
    assertThat(RULES.quebecIncomeTax(40_000)).isCloseTo(3_000.06, within(1e-9));
  }

  @Test
  void incomeTaxAt80000ByHand() {
    double federalBasic = 0.145 * 57_375 + 0.205 * (80_000 - 57_375) - 0.145 * 16_129;
    assertThat(federalBasic).isCloseTo(10_618.795, within(1e-9));
    assertThat(RULES.federalIncomeTax(80_000)).isCloseTo(federalBasic - 0.165 * federalBasic, within(1e-9));
    assertThat(RULES.federalIncomeTax(80_000)).isCloseTo(8_866.693825, within(1e-9));
    double quebec = 0.14 * 53_255 + 0.19 * (80_000 - 53_255) - 0.14 * 18_571;
    assertThat(RULES.quebecIncomeTax(80_000)).isCloseTo(quebec, within(1e-9));
    assertThat(RULES.quebecIncomeTax(80_000)).isCloseTo(9_937.31, within(1e-9));
  }

  @Test
  void incomeTaxAt300000CrossesEveryBracket() {
    double federalBasic = 0.145 * 57_375 + 0.205 * (114_750 - 57_375) + 0.26 * (177_882 - 114_750)
        + 0.2932 * (253_414 - 177_882) + 0.33 * (300_000 - 253_414) - 0.145 * 16_129;
    assertThat(RULES.basicFederalTax(300_000)).isCloseTo(federalBasic, within(1e-9));
    double quebec = 0.14 * 53_255 + 0.19 * (106_495 - 53_255) + 0.24 * (129_590 - 106_495)
        + 0.2575 * (300_000 - 129_590) - 0.14 * 18_571;
    assertThat(RULES.quebecIncomeTax(300_000)).isCloseTo(quebec, within(1e-9));
  }

  @Test
  void lowPayOwesNoIncomeTaxAndNoQppBelowTheExemption() {
    assertThat(RULES.federalIncomeTax(15_000)).isZero();
    assertThat(RULES.quebecIncomeTax(18_000)).isZero();
    assertThat(RULES.qppEmployee(3_000)).isZero();
    assertThat(RULES.qppEmployee(10_000)).isCloseTo(0.064 * 6_500, within(1e-9));
    assertThat(RULES.eiEmployee(0)).isZero();
  }

  @Test
  void payFromLabourCostInvertsTheEmployersCost() {
    double cost = 40_000 + 1.4 * 524 + 2_336 + 0.00692 * 40_000 + 0.0426 * 40_000;
    assertThat(cost).isCloseTo(45_050.4, within(1e-9));
    assertThat(RULES.payFromLabourCost(cost)).isCloseTo(40_000, within(1e-7));
    assertThat(RULES.payFromLabourCost(0)).isZero();
    assertThat(RULES.payFromLabourCost(-5)).isZero();
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void amountsRiseWithPayAndTheCostInverts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double a = random.nextDouble(0, 300_000);
    double b = a + random.nextDouble(1, 50_000);
    assertThat(RULES.federalIncomeTax(b)).isGreaterThanOrEqualTo(RULES.federalIncomeTax(a));
    assertThat(RULES.quebecIncomeTax(b)).isGreaterThanOrEqualTo(RULES.quebecIncomeTax(a));
    assertThat(RULES.employerContributions(b)).isGreaterThan(RULES.employerContributions(a));
    double cost = b + RULES.employerContributions(b);
    assertThat(RULES.payFromLabourCost(cost)).isCloseTo(b, within(1e-8 * b));
    double[] out = new double[TaxRules.PER_WORKER.size()];
    RULES.perWorker(b, out, 0);
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.QPP_EMPLOYEE)]).isEqualTo(RULES.qppEmployee(b));
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.HSF_EMPLOYER)]).isEqualTo(RULES.hsfEmployer(b));
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.PROVINCIAL_INCOME_TAX)])
        .isEqualTo(RULES.quebecIncomeTax(b));
  }

  @Test
  void bracketsAtTheirBounds() {
    Brackets brackets = new Brackets(new double[] {10, 20}, new double[] {0.1, 0.2, 0.5});
    assertThat(brackets.tax(0)).isZero();
    assertThat(brackets.tax(10)).isCloseTo(1, within(1e-12));
    assertThat(brackets.tax(20)).isCloseTo(3, within(1e-12));
    assertThat(brackets.tax(30)).isCloseTo(8, within(1e-12));
    assertThat(brackets.tax(-4)).isZero();
  }
}

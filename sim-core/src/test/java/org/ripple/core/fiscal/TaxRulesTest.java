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
    assertThat(RULES.provincialIncomeTax(40_000)).isCloseTo(quebec, within(1e-9));
    assertThat(RULES.provincialIncomeTax(40_000)).isCloseTo(3_000.06, within(1e-9));
  }

  @Test
  void incomeTaxAt80000ByHand() {
    double federalBasic = 0.145 * 57_375 + 0.205 * (80_000 - 57_375) - 0.145 * 16_129;
    assertThat(federalBasic).isCloseTo(10_618.795, within(1e-9));
    assertThat(RULES.federalIncomeTax(80_000)).isCloseTo(federalBasic - 0.165 * federalBasic, within(1e-9));
    assertThat(RULES.federalIncomeTax(80_000)).isCloseTo(8_866.693825, within(1e-9));
    double quebec = 0.14 * 53_255 + 0.19 * (80_000 - 53_255) - 0.14 * 18_571;
    assertThat(RULES.provincialIncomeTax(80_000)).isCloseTo(quebec, within(1e-9));
    assertThat(RULES.provincialIncomeTax(80_000)).isCloseTo(9_937.31, within(1e-9));
  }

  @Test
  void incomeTaxAt300000CrossesEveryBracket() {
    double federalBasic = 0.145 * 57_375 + 0.205 * (114_750 - 57_375) + 0.26 * (177_882 - 114_750)
        + 0.2932 * (253_414 - 177_882) + 0.33 * (300_000 - 253_414) - 0.145 * 16_129;
    assertThat(RULES.basicFederalTax(300_000)).isCloseTo(federalBasic, within(1e-9));
    double quebec = 0.14 * 53_255 + 0.19 * (106_495 - 53_255) + 0.24 * (129_590 - 106_495)
        + 0.2575 * (300_000 - 129_590) - 0.14 * 18_571;
    assertThat(RULES.provincialIncomeTax(300_000)).isCloseTo(quebec, within(1e-9));
  }

  @Test
  void lowPayOwesNoIncomeTaxAndNoQppBelowTheExemption() {
    assertThat(RULES.federalIncomeTax(15_000)).isZero();
    assertThat(RULES.provincialIncomeTax(18_000)).isZero();
    assertThat(RULES.qppEmployee(3_000)).isZero();
    assertThat(RULES.qppEmployee(10_000)).isCloseTo(0.064 * 6_500, within(1e-9));
    assertThat(RULES.eiEmployee(0)).isZero();
  }

  @Test
  void payFromLabourCostInvertsTheEmployersCost() {
    // labour income counts the employer's EI, QPP and QPIP, not the Health Services Fund (a tax on production)
    double cost = 40_000 + 1.4 * 524 + 2_336 + 0.00692 * 40_000;
    assertThat(cost).isCloseTo(43_346.4, within(1e-9));
    assertThat(RULES.labourCost(40_000)).isCloseTo(cost, within(1e-9));
    assertThat(RULES.labourIncomePerWage(40_000)).isCloseTo(1.08366, within(1e-12));
    assertThat(RULES.payFromLabourCost(cost)).isCloseTo(40_000, within(1e-7));
    assertThat(RULES.payFromLabourCost(0)).isZero();
    assertThat(RULES.payFromLabourCost(-5)).isZero();
  }

  /**
   * A British Columbia worker at 60,000 by hand: BC tax 0.0506 x 49,279 + 0.077 x 10,721 - 0.0506 x 12,932 =
   * 2,664.6752; federal tax without the abatement; CPP 0.0595 x 56,500; EI at 1.64 %; no QPIP, no Health Services
   * Fund; the employer's CPP and 1.4 x EI make the labour cost.
   */
  @Test
  void aBritishColumbiaWorkerAt60000ByHand() {
    TaxRules bc = TaxRules.forProvince(FiscalParameters.forYear(2025).orElseThrow(), "British Columbia");
    assertThat(bc.provincialScheduleIsOwn()).isTrue();
    assertThat(bc.provincialIncomeTax(60_000)).isCloseTo(2_664.6752, within(1e-9));
    assertThat(bc.federalIncomeTax(60_000)).isCloseTo(0.145 * 57_375 + 0.205 * 2_625 - 0.145 * 16_129, within(1e-9));
    assertThat(bc.qppEmployee(60_000)).isCloseTo(3_361.75, within(1e-9));
    assertThat(bc.eiEmployee(60_000)).isCloseTo(984, within(1e-9));
    assertThat(bc.qpipEmployee(60_000)).isZero();
    assertThat(bc.hsfEmployer(60_000)).isZero();
    assertThat(bc.labourCost(60_000)).isCloseTo(60_000 + 3_361.75 + 1.4 * 984, within(1e-9));
    assertThat(bc.employeeContributions(60_000)).isCloseTo(3_361.75 + 984, within(1e-9));
  }

  /**
   * An Ontario worker at 60,000 CAD, 2025, by hand: federal 0.145 x 57,375 + 0.205 x 2,625 - 0.145 x 16,129 =
   * 6,518.795 (no abatement); Ontario 0.0505 x 52,886 + 0.0915 x 7,114 - 0.0505 x 12,747 = 2,677.9505; EI 1.64 % =
   * 984 (employer 1,377.60); CPP 5.95 % x (60,000 - 3,500) = 3,361.75 each side, no CPP2 below the YMPE; the
   * Employer Health Tax at 1.95 % = 1,170. The maximums are CRA's published 2025 figures: CPP 4,034.10, CPP2 396, EI
   * outside Quebec 1,077.48.
   */
  @Test
  void anOntarioWorkerAt60000ByHand() {
    TaxRules on = TaxRules.forProvince(FiscalParameters.forYear(2025).orElseThrow(), "Ontario");
    assertThat(on.isQuebec()).isFalse();
    assertThat(on.federalIncomeTax(60_000)).isCloseTo(6_518.795, within(1e-9));
    assertThat(on.provincialIncomeTax(60_000)).isCloseTo(2_677.9505, within(1e-9));
    assertThat(on.eiEmployee(60_000)).isCloseTo(984, within(1e-9));
    assertThat(on.eiEmployer(60_000)).isCloseTo(1_377.6, within(1e-9));
    assertThat(on.qppEmployee(60_000)).isCloseTo(3_361.75, within(1e-9));
    assertThat(on.qppEmployer(60_000)).isCloseTo(3_361.75, within(1e-9));
    assertThat(on.hasPayrollTax()).isTrue();
    assertThat(on.payrollTaxEmployer(60_000)).isCloseTo(1_170, within(1e-9));
    assertThat(on.employerContributions(60_000)).isCloseTo(1_377.6 + 3_361.75 + 1_170, within(1e-9));
    // the Employer Health Tax is a tax on payroll, not labour income
    assertThat(on.labourCost(60_000)).isCloseTo(60_000 + 1_377.6 + 3_361.75, within(1e-9));
    assertThat(on.qppEmployee(71_300)).isCloseTo(4_034.10, within(1e-9));
    assertThat(on.qppEmployee(200_000) - on.qppEmployee(71_300)).isCloseTo(396, within(1e-9));
    assertThat(on.eiEmployee(200_000)).isCloseTo(1_077.48, within(1e-9));
    double[] out = new double[TaxRules.PER_WORKER.size()];
    on.perWorker(60_000, out, 0);
    double[] expected = new double[out.length];
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.FEDERAL_INCOME_TAX)] = 6_518.795;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.EI_EMPLOYEE)] = 984;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.EI_EMPLOYER)] = 1_377.6;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.PROVINCIAL_INCOME_TAX)] = 2_677.9505;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.CPP_EMPLOYEE)] = 3_361.75;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.CPP_EMPLOYER)] = 3_361.75;
    expected[TaxRules.PER_WORKER.indexOf(FiscalItem.PAYROLL_TAX_EMPLOYER)] = 1_170;
    for (int k = 0; k < out.length; k++) {
      assertThat(out[k]).as(TaxRules.PER_WORKER.get(k).key()).isCloseTo(expected[k], within(1e-9));
    }
  }

  /**
   * Quebec's worker pays QPP, not CPP, and no other province's payroll tax; a British Columbia worker above the YMPE
   * pays CPP2, and BC's Employer Health Tax at 1.95 %; Alberta has no payroll tax among the parameters, and its
   * 2025 schedule starts with the new 8 % bracket to 60,000 (the basic personal credit at 8 % too):
   * 0.08 x 60,000 - 0.08 x 22,323 = 4,800 - 1,785.84 = 3,014.16, and at 80,000 the next 20,000 at 10 %:
   * 4,800 + 2,000 - 1,785.84 = 5,014.16.
   */
  @Test
  void theQuebecBritishColumbiaAndAlbertaWorkersByHand() {
    FiscalParameters p = FiscalParameters.forYear(2025).orElseThrow();
    double[] out = new double[TaxRules.PER_WORKER.size()];
    RULES.perWorker(40_000, out, 0);
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.QPP_EMPLOYEE)]).isCloseTo(2_336, within(1e-9));
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.CPP_EMPLOYEE)]).isZero();
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.PAYROLL_TAX_EMPLOYER)]).isZero();
    assertThat(RULES.hasPayrollTax()).isFalse();
    TaxRules bc = TaxRules.forProvince(p, "British Columbia");
    assertThat(bc.qppEmployee(80_000)).isCloseTo(4_034.10 + 0.04 * (80_000 - 71_300), within(1e-9));
    assertThat(bc.payrollTaxEmployer(80_000)).isCloseTo(1_560, within(1e-9));
    TaxRules ab = TaxRules.forProvince(p, "Alberta");
    assertThat(ab.provincialIncomeTax(60_000)).isCloseTo(3_014.16, within(1e-9));
    assertThat(ab.provincialIncomeTax(80_000)).isCloseTo(5_014.16, within(1e-9));
    assertThat(ab.hasPayrollTax()).isFalse();
    assertThat(ab.payrollTaxEmployer(60_000)).isZero();
    assertThat(ab.federalIncomeTax(60_000)).isCloseTo(6_518.795, within(1e-9));
  }

  /** Newfoundland and Labrador's eight brackets are read in order: 300,000 CAD crosses the first five. */
  @Test
  void newfoundlandsEightBracketsByHand() {
    TaxRules nl = TaxRules.forProvince(FiscalParameters.forYear(2025).orElseThrow(), "Newfoundland and Labrador");
    double tax = 0.087 * 44_192 + 0.145 * (88_382 - 44_192) + 0.158 * (157_792 - 88_382)
        + 0.178 * (220_910 - 157_792) + 0.198 * (282_214 - 220_910) + 0.208 * (300_000 - 282_214) - 0.087 * 11_067;
    assertThat(nl.provincialIncomeTax(300_000)).isCloseTo(tax, within(1e-6));
  }

  /** A province without rows in the file takes Quebec's schedule, and says so. */
  @Test
  void aProvinceWithoutItsOwnScheduleTakesQuebecs() {
    TaxRules yukon = TaxRules.forProvince(FiscalParameters.forYear(2025).orElseThrow(), "Yukon");
    assertThat(yukon.provincialScheduleIsOwn()).isFalse();
    assertThat(yukon.provincialIncomeTax(40_000)).isEqualTo(RULES.provincialIncomeTax(40_000));
    assertThat(yukon.federalIncomeTax(40_000)).isCloseTo(RULES.basicFederalTax(40_000), within(1e-9));
    assertThat(TaxRules.jurisdiction("Prince Edward Island")).isEqualTo("prince_edward_island");
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
    assertThat(RULES.provincialIncomeTax(b)).isGreaterThanOrEqualTo(RULES.provincialIncomeTax(a));
    assertThat(RULES.employerContributions(b)).isGreaterThan(RULES.employerContributions(a));
    assertThat(RULES.employerContributions(b) - RULES.employerSocialContributions(b))
        .isCloseTo(0.0426 * b, within(1e-9 * b));
    double cost = b + RULES.employerSocialContributions(b);
    assertThat(RULES.payFromLabourCost(cost)).isCloseTo(b, within(1e-8 * b));
    double[] out = new double[TaxRules.PER_WORKER.size()];
    RULES.perWorker(b, out, 0);
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.QPP_EMPLOYEE)]).isEqualTo(RULES.qppEmployee(b));
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.HSF_EMPLOYER)]).isEqualTo(RULES.hsfEmployer(b));
    assertThat(out[TaxRules.PER_WORKER.indexOf(FiscalItem.PROVINCIAL_INCOME_TAX)])
        .isEqualTo(RULES.provincialIncomeTax(b));
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

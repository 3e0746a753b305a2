package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ripple.core.fiscal.PayrollTaxSchedule.Group;

/**
 * Employer payroll taxes by the employer's total payroll W, each against the arithmetic of the published schedule
 * (2025 rows of the parameter file; Revenu Quebec's Health Services Fund table, the provinces' finance ministries).
 */
class PayrollTaxScheduleTest {
  private static final FiscalParameters P = FiscalParameters.forYear(2025).orElseThrow();
  private static final PayrollTaxSchedule HSF = PayrollTaxSchedule.of(P, "Quebec");
  private static final Group PM = Group.PRIMARY_MANUFACTURING;
  private static final Group OTHER = Group.OTHER;

  /**
   * Revenu Quebec 2025: 1.25 % (primary and manufacturing) or 1.65 % (other) up to 1,000,000 CAD; between,
   * 0.8074 + 0.4426 W / 1e6 or 1.2662 + 0.3838 W / 1e6, rounded to 0.01 %; 4.26 % from 7,800,000 CAD.
   */
  @Test
  void healthServicesFundByTotalPayroll() {
    // 1 M: the small-employer rates (the formula gives the same, 0.8074 + 0.4426 = 1.25, 1.2662 + 0.3838 = 1.65)
    assertThat(HSF.rate(1_000_000, PM)).isEqualTo(0.0125);
    assertThat(HSF.rate(1_000_000, OTHER)).isEqualTo(0.0165);
    assertThat(HSF.tax(1_000_000, OTHER)).isCloseTo(16_500, within(1e-6));
    // 4 M: 0.8074 + 1.7704 = 2.5778 -> 2.58 %; 1.2662 + 1.5352 = 2.8014 -> 2.80 %
    assertThat(HSF.rate(4_000_000, PM)).isEqualTo(0.0258);
    assertThat(HSF.rate(4_000_000, OTHER)).isEqualTo(0.0280);
    assertThat(HSF.tax(4_000_000, PM)).isCloseTo(103_200, within(1e-6));
    assertThat(HSF.tax(4_000_000, OTHER)).isCloseTo(112_000, within(1e-6));
    // 2.5 M: 0.8074 + 1.1065 = 1.9139 -> 1.91 % (down); 1.2662 + 0.9595 = 2.2257 -> 2.23 % (up)
    assertThat(HSF.rate(2_500_000, PM)).isEqualTo(0.0191);
    assertThat(HSF.rate(2_500_000, OTHER)).isEqualTo(0.0223);
    // just below 7.8 M: 0.8074 + 0.4426 x 7.799999 = 4.2596796 -> 4.26 %
    assertThat(HSF.rate(7_799_999, PM)).isEqualTo(0.0426);
    // 7.8 M and 10 M: the top rate on the whole payroll
    for (Group g : Group.values()) {
      assertThat(HSF.rate(7_800_000, g)).isEqualTo(0.0426);
      assertThat(HSF.rate(10_000_000, g)).isEqualTo(0.0426);
    }
    assertThat(HSF.tax(7_800_000, PM)).isCloseTo(332_280, within(1e-6));
    assertThat(HSF.tax(10_000_000, OTHER)).isCloseTo(426_000, within(1e-6));
    assertThat(HSF.topRate()).isEqualTo(0.0426);
    assertThat(HSF.topFrom(7_800_000)).isTrue();
    assertThat(HSF.topFrom(7_700_000)).isFalse();
  }

  /** Ontario EHT, an eligible private employer: 1.95 % above a 1,000,000 CAD exemption up to 5,000,000 CAD. */
  @Test
  void ontarioExemptionBelowTheLimit() {
    PayrollTaxSchedule on = PayrollTaxSchedule.of(P, "Ontario");
    assertThat(on.tax(800_000, OTHER)).isZero();
    assertThat(on.tax(3_000_000, OTHER)).isCloseTo(0.0195 * 2_000_000, within(1e-6)); // 39,000
    assertThat(on.rate(3_000_000, OTHER)).isCloseTo(0.013, within(1e-15)); // 39,000 / 3,000,000
    assertThat(on.tax(5_000_000, OTHER)).isCloseTo(78_000, within(1e-6)); // still exempt at the limit
    assertThat(on.tax(6_000_000, OTHER)).isCloseTo(117_000, within(1e-6)); // no exemption above it
    assertThat(on.topFrom(5_000_000)).isFalse();
    assertThat(on.topFrom(5_000_001)).isTrue();
  }

  /** B.C. EHT: exempt to 1,000,000 CAD, 5.85 % of the excess to 1,500,000 CAD, then 1.95 % of all. */
  @Test
  void britishColumbiaNotch() {
    PayrollTaxSchedule bc = PayrollTaxSchedule.of(P, "British Columbia");
    assertThat(bc.tax(1_000_000, OTHER)).isZero();
    assertThat(bc.tax(1_200_000, OTHER)).isCloseTo(0.0585 * 200_000, within(1e-6)); // 11,700
    assertThat(bc.rate(1_200_000, OTHER)).isCloseTo(0.00975, within(1e-15)); // 11,700 / 1,200,000
    assertThat(bc.tax(2_000_000, OTHER)).isCloseTo(39_000, within(1e-6));
    assertThat(bc.topFrom(1_500_001)).isTrue();
  }

  /** Manitoba's HE levy 2025 (rows of the file): exempt to 2,250,000 CAD, 4.3 % of the excess to 4,500,000 CAD. */
  @Test
  void manitobaNotch() {
    PayrollTaxSchedule mb = PayrollTaxSchedule.of(P, "Manitoba");
    assertThat(mb.tax(2_000_000, OTHER)).isZero();
    assertThat(mb.tax(3_000_000, OTHER)).isCloseTo(0.043 * 750_000, within(1e-6)); // 32,250
    assertThat(mb.rate(3_000_000, OTHER)).isCloseTo(0.01075, within(1e-15));
    assertThat(mb.tax(5_000_000, OTHER)).isCloseTo(0.0215 * 5_000_000, within(1e-6)); // 107,500
  }

  /** HAPSET: 2 % above the 2,000,000 CAD exemption, never the top rate on all of the payroll. */
  @Test
  void newfoundlandExemption() {
    PayrollTaxSchedule nl = PayrollTaxSchedule.of(P, "Newfoundland and Labrador");
    assertThat(nl.tax(3_000_000, OTHER)).isCloseTo(0.02 * 1_000_000, within(1e-6)); // above the 2,000,000 exemption: 20,000
    assertThat(nl.tax(2_000_000, OTHER)).isZero();
    assertThat(nl.topFrom(1e9)).isFalse();
    assertThat(PayrollTaxSchedule.of(P, "Alberta")).isNull();
  }

  /** A small employer (1,000,000 CAD): 1.65 % in Quebec, exempt in every other province with a payroll tax. */
  @Test
  void smallEmployerRates() {
    double small = PayrollTaxSchedule.smallPayroll(P);
    assertThat(small).isEqualTo(1_000_000);
    assertThat(HSF.rate(small, OTHER)).isEqualTo(0.0165);
    for (String p : new String[] {"Ontario", "British Columbia", "Manitoba", "Newfoundland and Labrador"}) {
      assertThat(PayrollTaxSchedule.of(P, p).rate(small, OTHER)).as(p).isZero();
    }
    assertThat(HSF.describe()).contains("1.65 % (other sectors)", "1.25 %", "4.26 % at 7,800,000 CAD");
  }
}

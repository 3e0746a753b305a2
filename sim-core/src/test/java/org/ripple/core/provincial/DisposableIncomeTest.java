package org.ripple.core.provincial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.fiscal.FiscalParameters;
import org.ripple.core.fiscal.TaxRules;

/**
 * The propensity to consume from disposable income and the measured labour income, against hand computations with
 * the 2025 Quebec parameters.
 */
class DisposableIncomeTest {
  static final FiscalParameters P2025 = FiscalParameters.forYear(2025).orElseThrow();
  static final TaxRules QUEBEC_2025 = new TaxRules(P2025);

  /**
   * A wage of 60,000 by hand, with the 2025 federal rate of 14.5 % on the first bracket. Federal: 0.145 x 57,375 +
   * 0.205 x 2,625 - 0.145 x 16,129 = 6,518.795, less the 16.5 % abatement = 5,443.193825; Quebec: 0.14 x 53,255 +
   * 0.19 x 6,745 - 0.14 x 18,571 = 6,137.31. QPP 0.064 x 56,500 = 3,616; EI 0.0131 x 60,000 = 786; QPIP 0.00494 x
   * 60,000 = 296.4.
   */
  @Test
  void aWageOfSixtyThousandByHand() {
    DisposableIncome d = DisposableIncome.of(QUEBEC_2025, 60_000, 0.086, 1.08);
    assertThat(d.incomeTax()).isCloseTo(5443.193825 + 6137.31, within(1e-6));
    assertThat(d.contributions()).isCloseTo(3616 + 786 + 296.4, within(1e-9));
    double share = 1 - (5443.193825 + 6137.31 + 4698.4) / 60_000;
    assertThat(d.disposableShare()).isCloseTo(share, within(1e-12));
    assertThat(d.propensity()).isCloseTo(share * 0.914 / 1.08, within(1e-12));
    assertThat(d.withSaving(0).propensity()).isCloseTo(share / 1.08, within(1e-12));
  }

  /**
   * A negative saving rate (households spending more than their disposable income, as Nova Scotia's published 2023
   * rate of -3.7 %) raises p by the factor 1.037; a rate of -1 or below, or of 1 or above, is refused.
   */
  @Test
  void aNegativeSavingRateSpendsMoreThanDisposableIncome() {
    DisposableIncome d = DisposableIncome.of(QUEBEC_2025, 60_000, -0.037, 1.08);
    assertThat(d.propensity()).isCloseTo(d.disposableShare() * 1.037 / 1.08, within(1e-12));
    assertThat(d.propensity()).isGreaterThan(d.withSaving(0).propensity());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withSaving(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saving in (-1, 1)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withSaving(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Above the ceilings: the second QPP tier and the capped EI and QPIP. */
  @Test
  void aWageAboveTheCeilingsByHand() {
    DisposableIncome d = DisposableIncome.of(QUEBEC_2025, 120_000, 0, 1);
    double qpp = 0.064 * (71300 - 3500) + 0.04 * (81200 - 71300);
    assertThat(d.contributions()).isCloseTo(qpp + 0.0131 * 65700 + 0.00494 * 98000, within(1e-9));
    double federal = (0.145 * 57375 + 0.205 * (114750 - 57375) + 0.26 * (120000 - 114750) - 0.145 * 16129) * 0.835;
    double quebec = 0.14 * 53255 + 0.19 * (106495 - 53255) + 0.24 * (120000 - 106495) - 0.14 * 18571;
    assertThat(d.incomeTax()).isCloseTo(federal + quebec, within(1e-6));
  }

  /**
   * An Ontario worker at 60,000 by hand: no abatement, CPP 0.0595 x 56,500 = 3,361.75, EI at 1.64 % = 984, no
   * QPIP; Ontario tax 0.0505 x 52,886 + 0.0915 x 7,114 - 0.0505 x 12,747 = 2,677.9505.
   */
  @Test
  void anOntarioWageOfSixtyThousandByHand() {
    TaxRules ontario = TaxRules.forProvince(P2025, "Ontario");
    assertThat(ontario.provincialScheduleIsOwn()).isTrue();
    DisposableIncome d = DisposableIncome.of(ontario, 60_000, 0, 1);
    assertThat(d.contributions()).isCloseTo(3361.75 + 984, within(1e-9));
    assertThat(d.incomeTax()).isCloseTo(6518.795 + 2677.9505, within(1e-6));
  }

  /** Below the basic personal amounts there is no income tax. */
  @Test
  void noTaxBelowTheBasicAmounts() {
    assertThat(DisposableIncome.of(QUEBEC_2025, 15_000, 0, 1).incomeTax()).isZero();
  }

  /**
   * Measured labour income is jobs x pay x k, and the households' mix removes g from the collective sectors: with
   * alpha (0.5, 0.3, 0.2), sectors 2 and 3 collective and g = 0.25, h = (0.5, 0.3 - 0.25 x 0.6, 0.2 - 0.25 x 0.4)
   * / 0.75 = (2/3, 0.2, 2/15).
   */
  @Test
  void measuredLabourIncomeAndTheHouseholdsMixByHand() {
    List<Sector> s = List.of(new Sector("A", "a"), new Sector("B", "b"), new Sector("C", "c"));
    double[] shares = {0.5, 0.2, 0.3, 0.25, 0.5, 0.3, 0.25, 0.3, 0.4};
    SectorIncome income = new SectorIncome(new double[] {40, 30, 50},
        new double[] {1.1, 1.1, 1.2}, 0.25, new boolean[] {false, true, true});
    ProvincialModelBuilder.Inputs in = new ProvincialModelBuilder.Inputs(s, shares, new double[] {0.5, 0.6, 0.7},
        new double[] {1000, 800, 600}, new double[] {500, 600, 590}, new double[] {100, 50, 5},
        new double[] {100, 50, 5}, new double[] {10, 8, 6}, 0.3, new double[] {0.5, 0.3, 0.2}, 0.6, income);
    double[] h = ProvincialModelBuilder.householdMix(in);
    assertThat(h[0]).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(h[1]).isCloseTo(0.2, within(1e-15));
    assertThat(h[2]).isCloseTo(2.0 / 15, within(1e-15));
    Model m = ProvincialModelBuilder.build(ModelInfo.named("t"), in);
    assertThat(m.level(Measure.LABOUR_INCOME, 0)).isCloseTo(10 * 40 * 1.1, within(1e-9));
    assertThat(m.level(Measure.LABOUR_INCOME, 2)).isCloseTo(6 * 50 * 1.2, within(1e-9));
    double hh = (10 * 40 + 8 * 30) * 1.1 + 6 * 50 * 1.2;
    assertThat(income.payFactor(new double[] {10, 8, 6})).isCloseTo(hh / (10 * 40 + 8 * 30 + 6 * 50), within(1e-15));
    assertThat(m.householdIncome()).isCloseTo(hh, within(1e-9));
    double rpc0 = 500.0 / 700;
    assertThat(m.householdConsumption(0)).isCloseTo(2.0 / 3 * rpc0 * 0.6 * hh, within(1e-9));
  }
}

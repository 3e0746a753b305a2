package org.ripple.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ripple.cli.model.Models;
import org.ripple.core.Model;

/**
 * The labour income per unit of a facility's stated pay against hand computations from the 2025 rates: the pay, in
 * CAD of 2021 (the models' year), carried to CAD of 2025 by the CPI, 164.2 / 141.6; then the employer's social
 * contributions at that pay over it.
 */
class FacilityPayTest {
  private static final double CPI = 164.2 / 141.6;

  /** Quebec: EI 1.4 x 1.31 % up to 65,700; QPP 6.4 % from 3,500 to 71,300 and 4 % to 81,200; QPIP 0.692 % to 98,000. */
  private static double quebec(double pay2021) {
    double p = pay2021 * CPI;
    double ei = 1.4 * 0.0131 * Math.min(p, 65_700);
    double qpp = 0.064 * Math.max(0, Math.min(p, 71_300) - 3_500) + 0.04 * Math.max(0, Math.min(p, 81_200) - 71_300);
    double qpip = 0.00692 * Math.min(p, 98_000);
    return 1 + (ei + qpp + qpip) / p;
  }

  /** Ontario: EI 1.4 x 1.64 % up to 65,700; CPP 5.95 % from 3,500 to 71,300 and 4 % to 81,200; no QPIP. */
  private static double ontario(double pay2021) {
    double p = pay2021 * CPI;
    double ei = 1.4 * 0.0164 * Math.min(p, 65_700);
    double cpp = 0.0595 * Math.max(0, Math.min(p, 71_300) - 3_500) + 0.04 * Math.max(0, Math.min(p, 81_200) - 71_300);
    return 1 + (ei + cpp) / p;
  }

  @Test
  void quebecPayOf40000And80000() {
    Model m = Models.bundled("quebec-2021").model();
    // 40,000 CAD of 2021 = 46,384.18 of 2025: EI 850.69, QPP 2,744.59, QPIP 320.98, below every ceiling
    assertThat(quebec(40_000)).isCloseTo(1 + (850.69 + 2_744.59 + 320.98) / 46_384.18, within(1e-6));
    assertThat(FacilityPay.of(m, "TRANSPORT", 40_000).value()).isCloseTo(quebec(40_000), within(1e-12));
    // 80,000 = 92,768.36 of 2025: EI at its ceiling 1,204.94, QPP 4,339.20 + 396.00, QPIP 641.96
    assertThat(quebec(80_000)).isCloseTo(1 + (1_204.94 + 4_735.20 + 641.96) / 92_768.36, within(1e-6));
    FacilityPay.Factor high = FacilityPay.of(m, "TRANSPORT", 80_000);
    assertThat(high.value()).isCloseTo(quebec(80_000), within(1e-12));
    assertThat(high.basis()).contains("Quebec's employer EI 1,204.94, QPP 4,735.20 and QPIP 641.96 CAD")
        .contains("92,768").contains("CPI 2025 / 2021 = 1.1596");
    // the factor falls with the pay above the ceilings, and differs from the model's payroll-weighted 1.0830
    assertThat(high.value()).isLessThan(FacilityPay.of(m, "TRANSPORT", 40_000).value());
    assertThat(m.info().payFactor()).isNotCloseTo(quebec(40_000), within(1e-4));
  }

  @Test
  void eachProvinceOfTheTenProvinceModelUsesItsOwnRules() {
    Model m = Models.bundled("canada-provinces-2021").model();
    assertThat(FacilityPay.of(m, "QC.TRANSPORT", 40_000).value()).isCloseTo(quebec(40_000), within(1e-12));
    FacilityPay.Factor on = FacilityPay.of(m, "ON.TRANSPORT", 40_000);
    assertThat(on.value()).isCloseTo(ontario(40_000), within(1e-12));
    assertThat(on.basis()).contains("Ontario's employer EI").contains("CPP").doesNotContain("QPIP");
  }

  @Test
  void aModelWithoutContributionsInItsLabourIncomeTakesThePayAsIs() {
    Model us = Models.bundled("us-2022").model();
    assertThat(us.info().payFactor()).isEqualTo(1.0);
    assertThat(FacilityPay.of(us, us.sectors().at(0).code(), 50_000).value()).isEqualTo(1.0);
  }
}

package org.ripple.core.supplyuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Two-industry, two-commodity cases worked by hand (fractions in the comments). */
class SupplyUseTest {
  private static final double EPS = 1e-12;
  // V (industry x commodity): industry 0 makes 80 of c0 and 20 of c1; industry 1 makes 10 and 90. g = (100, 100),
  // q = (90, 110).
  private static final double[] MAKE = {80, 20, 10, 90};
  // U (commodity x industry)
  private static final double[] USE = {10, 20, 30, 40};

  @Test
  void industryTechnology() {
    // D = V qhat^-1 = [[8/9, 2/11], [1/9, 9/11]]; Z = D U
    SupplyUse.Symmetric s = SupplyUse.industryByIndustry(2, 2, MAKE, USE, OptionalInt.empty());
    assertThat(s.flow(0, 0)).isCloseTo(1420.0 / 99, within(EPS));
    assertThat(s.flow(0, 1)).isCloseTo(2480.0 / 99, within(EPS));
    assertThat(s.flow(1, 0)).isCloseTo(2540.0 / 99, within(EPS));
    assertThat(s.flow(1, 1)).isCloseTo(3460.0 / 99, within(EPS));
    assertThat(s.outputCopy()).containsExactly(100, 100);
    // a commodity vector f becomes D f
    assertThat(s.toSectors(new double[] {9, 11})).containsExactly(10.0, 10.0);
  }

  @Test
  void commodityTechnology() {
    // B = U ghat^-1 = [[.1, .2], [.3, .4]]; C = V^T ghat^-1 = [[.8, .1], [.2, .9]], det .7;
    // A = B C^-1 = [[1/14, 3/14], [19/70, 29/70]]; Z = A qhat
    SupplyUse.Symmetric s = SupplyUse.commodityByCommodity(2, 2, MAKE, USE, OptionalInt.empty());
    assertThat(s.flow(0, 0)).isCloseTo(90.0 / 14, within(EPS));
    assertThat(s.flow(0, 1)).isCloseTo(3.0 / 14 * 110, within(EPS));
    assertThat(s.flow(1, 0)).isCloseTo(19.0 / 70 * 90, within(EPS));
    assertThat(s.flow(1, 1)).isCloseTo(29.0 / 70 * 110, within(EPS));
    assertThat(s.outputCopy()).containsExactly(90, 110);
    // commodity technology keeps each commodity's intermediate use: row sums of Z equal row sums of U
    assertThat(s.flow(0, 0) + s.flow(0, 1)).isCloseTo(30, within(1e-9));
    assertThat(s.flow(1, 0) + s.flow(1, 1)).isCloseTo(70, within(1e-9));
    assertThat(s.negativeCoefficients()).isZero();
    // value added (60, 40) per industry: r = (.6, .4); r_c = r C^-1 = (1/.7)(.6 x .9 - .4 x .2, -.6 x .1 + .4 x .8)
    // = (46/70, 26/70); totals r_c q = (46/70 x 90, 26/70 x 110)
    double[] va = s.industryTotalsToSectors(new double[] {60, 40});
    assertThat(va[0]).isCloseTo(46.0 / 70 * 90, within(1e-9));
    assertThat(va[1]).isCloseTo(26.0 / 70 * 110, within(1e-9));
    // output = intermediate inputs + value added, column by column (the table balances)
    assertThat(s.flow(0, 0) + s.flow(1, 0) + va[0]).isCloseTo(90, within(1e-9));
  }

  @Test
  void scrapAdjustment() {
    // Industry 0 also makes 10 of scrap (commodity 2): g0 = 110, p0 = 1/11, W row 0 = D row 0 x 11/10.
    double[] make = {80, 20, 10, 10, 90, 0};
    double[] use = {10, 20, 30, 40, 5, 0};
    SupplyUse.Symmetric s = SupplyUse.industryByIndustry(2, 3, make, use, OptionalInt.of(2));
    // Z[0][0] = 1.1 (8/9 x 10 + 2/11 x 30) ; scrap use (row 2) generates no output anywhere
    assertThat(s.flow(0, 0)).isCloseTo(1.1 * 1420.0 / 99, within(EPS));
    assertThat(s.flow(1, 0)).isCloseTo(2540.0 / 99, within(EPS));
    assertThat(s.outputCopy()).containsExactly(110, 100);
  }

  @Test
  void commodityTechnologyNeedsASquareSystem() {
    assertThatThrownBy(() -> SupplyUse.commodityByCommodity(1, 2, new double[] {1, 1}, new double[] {1, 1},
        OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many industries as commodities");
  }

  @Test
  void rejectsNegativeMake() {
    assertThatThrownBy(() -> SupplyUse.industryByIndustry(2, 2, new double[] {1, -1, 0, 1}, USE,
        OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
  }
}

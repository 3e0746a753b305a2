package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.testing.Models;

/**
 * The split of a sector's effect into inside its own region and outside, on the two-region model of
 * {@code Models.twoRegions()} computed by hand: A = [[0.2, 0.1], [0.1, 0.3]], det(I - A) = 0.55, so
 * L = [[0.7, 0.1], [0.1, 0.8]] / 0.55 and one unit of demand for R1.s raises output by 14/11 in R1 and 2/11 in R2
 * (12.5 % outside); for R2.s by 16/11 in R2 and 2/11 in R1 (1/9 outside). Type II with the per-region closure: jobs
 * 0.1 x 500/299 in R1 and 0.2 x 140/299 in R2 (28/78 outside).
 */
class RegionalSplitTest {
  private static final double TOL = 1e-12;

  @Test
  void typeIOutputOfTwoRegionsByHand() {
    RegionalMultipliers m = RegionalMultipliers.of(LeontiefSystem.of(Models.twoRegions()));
    RegionalSplit r1 = m.split(Measure.OUTPUT, ModelType.TYPE_I, 0);
    assertThat(r1.inside()).isCloseTo(14.0 / 11, within(TOL));
    assertThat(r1.outside()).isCloseTo(2.0 / 11, within(TOL));
    assertThat(r1.outsidePercent()).isCloseTo(12.5, within(1e-10));
    assertThat(r1.top()).isEqualTo(1);
    assertThat(r1.topEffect()).isCloseTo(2.0 / 11, within(TOL));
    RegionalSplit r2 = m.split(Measure.OUTPUT, ModelType.TYPE_I, 1);
    assertThat(r2.inside()).isCloseTo(16.0 / 11, within(TOL));
    assertThat(r2.outside()).isCloseTo(2.0 / 11, within(TOL));
    assertThat(r2.outsidePercent()).isCloseTo(100.0 / 9, within(1e-10));
    assertThat(r2.top()).isZero();
  }

  @Test
  void typeIIJobsOfTwoRegionsByHand() {
    RegionalSplit s = RegionalMultipliers.of(LeontiefSystem.of(Models.twoRegions()))
        .split(Measure.JOBS, ModelType.TYPE_II, 0);
    assertThat(s.inside()).isCloseTo(50.0 / 299, within(TOL));
    assertThat(s.outside()).isCloseTo(28.0 / 299, within(TOL));
    assertThat(s.outsidePercent()).isCloseTo(100.0 * 28 / 78, within(1e-10));
    assertThat(s.top()).isEqualTo(1);
  }

  /** Three regions: the outside is the sum of the other two, the top the larger (the first of a tie). */
  @Test
  void theTopIsTheLargestOtherRegionAndTiesGoToTheFirst() {
    RegionalSplit s = RegionalSplit.of(new double[] {1.5, 4, 0.5}, 0);
    assertThat(s.outside()).isEqualTo(4.5);
    assertThat(s.top()).isEqualTo(1);
    assertThat(s.topEffect()).isEqualTo(4);
    assertThat(s.outsidePercent()).isCloseTo(75, within(1e-12));
    assertThat(RegionalSplit.of(new double[] {2, 3, 3}, 0).top()).isEqualTo(1);
    assertThat(RegionalSplit.of(new double[] {2, 3, 3}, 1).top()).isEqualTo(2);
  }

  /** One region: nothing outside, no top; not available stays not available; a zero whole has no share. */
  @Test
  void edgeCases() {
    RegionalSplit one = RegionalSplit.of(new double[] {2}, 0);
    assertThat(one.outside()).isZero();
    assertThat(one.hasTop()).isFalse();
    assertThat(one.topEffect()).isNaN();
    RegionalSplit na = RegionalSplit.of(new double[] {Double.NaN, Double.NaN}, 1);
    assertThat(na.inside()).isNaN();
    assertThat(na.outside()).isNaN();
    assertThat(na.outsidePercent()).isNaN();
    assertThat(na.top()).isZero();
    assertThat(RegionalSplit.of(new double[] {0, 0}, 0).outsidePercent()).isNaN();
  }
}

package org.ripple.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void nearestRankPercentilesOfOneToHundred() {
    double[] v = new double[100];
    for (int i = 0; i < 100; i++) {
      v[i] = 100 - i; // any order
    }
    Summary s = Summary.of(v);
    assertThat(s.p5()).isEqualTo(5.0);
    assertThat(s.p50()).isEqualTo(50.0);
    assertThat(s.p95()).isEqualTo(95.0);
    assertThat(s.mean()).isEqualTo(50.5);
    assertThat(s.sd()).isCloseTo(Math.sqrt(100 * 101 / 12.0), within(1e-12)); // sample sd of 1..100
  }

  @Test
  void ranksNeedNoFloatingPoint() {
    // 0.05 * 20 is not exactly 1 in binary; the rank is ceil(5 * 20 / 100) = 1
    double[] v = new double[20];
    for (int i = 0; i < 20; i++) {
      v[i] = i + 1;
    }
    assertThat(Summary.of(v).p5()).isEqualTo(1.0);
    assertThat(Summary.of(new double[] {3}).p95()).isEqualTo(3.0);
    assertThat(Summary.of(new double[] {3}).sd()).isZero();
  }

  @Test
  void sameBitsInAnyOrderAndNaNIsUnavailable() {
    double[] v = {0.1, 0.7, 1e-3, 3.3, 2.2, 0.3};
    double[] w = {3.3, 0.3, 0.1, 2.2, 1e-3, 0.7};
    assertThat(Summary.of(v)).isEqualTo(Summary.of(w));
    assertThat(Summary.of(new double[] {Double.NaN, Double.NaN}).available()).isFalse();
  }
}

package org.ripple.core.regionalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.regionalisation.LocationQuotients.Method;

/** Hand-checked two-sector cases and seeded property tests of the location-quotient methods. */
class LocationQuotientsTest {
  private static final double EPS = 1e-12;
  // region 10 and 30 of 40 jobs, nation 100 and 100 of 200: SLQ = (0.5, 1.5)
  private static final double[] REG = {10, 30};
  private static final double[] NAT = {100, 100};
  private static final double[] A = {0.2, 0.1, 0.3, 0.4};

  @Test
  void slqAndCilqByHand() {
    assertThat(LocationQuotients.slq(REG, NAT)).containsExactly(0.5, 1.5);
    double[] cilq = LocationQuotients.quotients(Method.CILQ, REG, NAT, 0);
    assertThat(cilq[0]).isEqualTo(0.5); // diagonal: SLQ
    assertThat(cilq[1]).isCloseTo(1.0 / 3, within(EPS)); // SLQ_0 / SLQ_1
    assertThat(cilq[2]).isCloseTo(3.0, within(EPS));
    double[] r = LocationQuotients.regionalCoefficients(A, Method.CILQ, REG, NAT, 0);
    assertThat(r).containsExactly(new double[] {0.1, 0.1 / 3, 0.3, 0.4}, within(EPS));
  }

  @Test
  void flqAndAflqByHand() {
    // lambda* = log2(1 + 40/200)^0.3 = 0.26303440583379^0.3 = 0.6698904 (computed independently in Python)
    double lambda = LocationQuotients.lambdaStar(40, 200, 0.3);
    assertThat(lambda).isCloseTo(0.6698904, within(1e-7));
    double[] flq = LocationQuotients.quotients(Method.FLQ, REG, NAT, 0.3);
    assertThat(flq[1]).isCloseTo(lambda / 3, within(EPS));
    double[] aflq = LocationQuotients.quotients(Method.AFLQ, REG, NAT, 0.3);
    // buyer 1 has SLQ 1.5 > 1: times log2(2.5) = 1.3219280948873622; buyer 0 (SLQ 0.5) unchanged
    assertThat(aflq[1]).isCloseTo(lambda / 3 * 1.3219280948873622, within(EPS));
    assertThat(aflq[2]).isCloseTo(flq[2], within(EPS));
  }

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  private static double[][] randomCase(long seed) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(9);
    double[] nat = new double[n];
    double[] reg = new double[n];
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      nat[i] = 1 + rnd.nextInt(10_000);
      reg[i] = rnd.nextDouble() < 0.1 ? 0 : nat[i] * rnd.nextDouble();
    }
    reg[rnd.nextInt(n)] += 1;
    for (int i = 0; i < n; i++) {
      reg[i] = Math.min(reg[i], nat[i]);
    }
    for (int k = 0; k < a.length; k++) {
      a[k] = rnd.nextDouble() * 0.5 / n;
    }
    return new double[][] {reg, nat, a, {rnd.nextDouble() * 0.99}};
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void regionalCoefficientsNeverExceedNational(long seed) {
    double[][] c = randomCase(seed);
    for (Method m : Method.values()) {
      double[] r = LocationQuotients.regionalCoefficients(c[2], m, c[0], c[1], c[3][0]);
      for (int k = 0; k < r.length; k++) {
        assertThat(r[k]).as("%s cell %d", m, k).isBetween(0.0, c[2][k]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void flqWithDeltaZeroIsCilqCappedAtOne(long seed) {
    double[][] c = randomCase(seed);
    double[] flq = LocationQuotients.regionalCoefficients(c[2], Method.FLQ, c[0], c[1], 0);
    double[] cilq = LocationQuotients.regionalCoefficients(c[2], Method.CILQ, c[0], c[1], 0);
    assertThat(flq).containsExactly(cilq, within(EPS));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void flqFallsAsDeltaRises(long seed) {
    double[][] c = randomCase(seed);
    double[] lo = LocationQuotients.regionalCoefficients(c[2], Method.FLQ, c[0], c[1], 0.1);
    double[] hi = LocationQuotients.regionalCoefficients(c[2], Method.FLQ, c[0], c[1], 0.4);
    IntStream.range(0, lo.length).forEach(k -> assertThat(hi[k]).isLessThanOrEqualTo(lo[k] + EPS));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void regionEqualToNationKeepsNationalCoefficients(long seed) {
    double[][] c = randomCase(seed);
    assertThat(LocationQuotients.lambdaStar(7, 7, c[3][0])).isCloseTo(1, within(EPS));
    for (Method m : Method.values()) {
      assertThat(LocationQuotients.regionalCoefficients(c[2], m, c[1], c[1], c[3][0])).containsExactly(c[2],
          within(EPS));
    }
  }

  @Test
  void comparisonByHand() {
    assertThat(MethodComparison.relativeDeviation(new double[] {1, 2}, new double[] {2, 2})).isEqualTo(0.25);
    // one sector, a = 0.5: multiplier 1 / (1 - 0.5) = 2
    assertThat(MethodComparison.outputMultipliers(new double[] {0.5}, 1)[0]).isCloseTo(2, within(EPS));
  }
}

package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/**
 * One contract for every strategy that solves Leontief systems: solves with {@code I - A} and {@code I - Abar}, and
 * with their transposes, agree with a naive Gauss-Jordan inverse ({@link Dense#inverse}, test code) on seeded random
 * productive models. Today there is one strategy, dense LU; a new one (sparse, iterative) is one more enum constant.
 */
class SolverContractTest {
  private static final int TRIES = 100;
  private static final double TOLERANCE = 1e-10;

  /** A factored matrix as the contract sees it. */
  interface Factored {
    double[] solve(double[] b);

    double[] solveTransposed(double[] b);
  }

  /** Every solver strategy. */
  enum Strategy {
    DENSE_LU {
      @Override
      Factored factor(double[] m, int n) {
        DenseLu lu = DenseLu.factor(DenseMatrix.square(n, m));
        return new Factored() {
          @Override
          public double[] solve(double[] b) {
            return lu.solve(b);
          }

          @Override
          public double[] solveTransposed(double[] b) {
            return lu.solveTransposed(b);
          }
        };
      }
    };

    abstract Factored factor(double[] m, int n);
  }

  static Stream<Arguments> cases() {
    return Arrays.stream(Strategy.values()).flatMap(s -> java.util.stream.LongStream.rangeClosed(1, TRIES)
        .mapToObj(i -> Arguments.of(s, i * 0x9E3779B97F4A7C15L)));
  }

  private static double[] random(SplittableRandom rnd, int n) {
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = rnd.nextDouble() - 0.5;
    }
    return b;
  }

  private static void agrees(Strategy strategy, double[] m, int n, SplittableRandom rnd) {
    Factored f = strategy.factor(m, n);
    double[] inverse = Dense.inverse(m, n);
    double[] b = random(rnd, n);
    assertThat(Dense.relativeError(f.solve(b), Dense.times(inverse, n, b), 1e-12)).isLessThan(TOLERANCE);
    assertThat(Dense.relativeError(f.solveTransposed(b), Dense.timesTransposed(inverse, n, b), 1e-12))
        .isLessThan(TOLERANCE);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void solvesAgreeWithGaussJordanForTypeOneAndTypeTwo(Strategy strategy, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(30);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    agrees(strategy, Dense.identityMinus(g.a(), n), n, rnd);
    agrees(strategy, Dense.identityMinus(g.closed(), n + 1), n + 1, rnd);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void theSystemEveryCommandUsesAgreesWithGaussJordan(Strategy strategy, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = 1 + rnd.nextInt(15);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double[] d = random(rnd, n);
    double[] l = Dense.inverse(Dense.identityMinus(g.a(), n), n);
    double[] lbar = Dense.topLeft(Dense.inverse(Dense.identityMinus(g.closed(), n + 1), n + 1), n + 1, n);
    assertThat(Dense.relativeError(system.solveTypeI(d), Dense.times(l, n, d), 1e-12)).isLessThan(TOLERANCE);
    assertThat(Dense.relativeError(system.solveTypeII(d), Dense.times(lbar, n, d), 1e-12)).isLessThan(TOLERANCE);
    // the strategy under test must give the same Type I answer as the system
    double[] viaStrategy = strategy.factor(Dense.identityMinus(g.a(), n), n).solve(d);
    assertThat(Dense.relativeError(viaStrategy, system.solveTypeI(d), 1e-12)).isLessThan(TOLERANCE);
  }
}

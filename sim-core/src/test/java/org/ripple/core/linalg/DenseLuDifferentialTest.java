package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.RandomModels;

/**
 * Differential test of {@link DenseLu} against a naive Gauss-Jordan inverse ({@link Dense#inverse}) written in the
 * test: {@code solve(b) = M^-1 b} and {@code solveTransposed(b) = M^-T b}, norm-wise relative error at most 1e-9, on
 * {@code M = I - A} of seeded random productive models and on row permutations of it (which force pivoting).
 */
class DenseLuDifferentialTest {
  private static final double TOLERANCE = 1e-9;

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int n : new int[] {1, 2, 5, 23, 60}) {
      for (long seed = 1; seed <= 4; seed++) {
        b.add(Arguments.of(n, seed * 7919 + n));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "n={0}, seed={1}")
  @MethodSource("cases")
  void solvesMatchNaiveInverse(int n, long seed) {
    double[] m = Dense.identityMinus(RandomModels.productive(seed, n).a(), n);
    check(m, n, new SplittableRandom(seed ^ 0x5DEECE66DL));
  }

  @ParameterizedTest(name = "n={0}, seed={1}")
  @MethodSource("cases")
  void solvesMatchNaiveInverseWhenRowsArePermuted(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] m = Dense.identityMinus(RandomModels.productive(seed, n).a(), n);
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[k];
      p[k] = t;
    }
    double[] permuted = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m, p[i] * n, permuted, i * n, n);
    }
    check(permuted, n, rnd);
  }

  private static void check(double[] m, int n, SplittableRandom rnd) {
    DenseLu lu = DenseLu.factor(DenseMatrix.square(n, m));
    double[] inv = Dense.inverse(m, n);
    for (int trial = 0; trial < 3; trial++) {
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = rnd.nextDouble() * 2 - 1;
      }
      assertThat(Dense.relativeError(lu.solve(b), Dense.times(inv, n, b), 1e-300)).isLessThan(TOLERANCE);
      assertThat(Dense.relativeError(lu.solveTransposed(b), Dense.timesTransposed(inv, n, b), 1e-300))
          .isLessThan(TOLERANCE);
    }
    // the factorisation is reusable and never modifies its input
    double[] again = m.clone();
    DenseLu.factor(DenseMatrix.square(n, again));
    assertThat(again).containsExactly(m);
  }

  @Test
  void zeroRightHandSideGivesZero() {
    double[] m = Dense.identityMinus(RandomModels.productive(3, 7).a(), 7);
    DenseLu lu = DenseLu.factor(DenseMatrix.square(7, m));
    assertThat(lu.solve(new double[7])).containsOnly(0.0);
    assertThat(lu.solveTransposed(new double[7])).containsOnly(0.0);
  }

  @Test
  void singularMatrixThrows() {
    double[] twoEqualRows = {1, 2, 3, 1, 2, 3, 0, 1, 4};
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(3, twoEqualRows))).isInstanceOf(SingularMatrixException.class);
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(2, new double[4]))).isInstanceOf(SingularMatrixException.class)
        .satisfies(e -> assertThat(((SingularMatrixException) e).column()).isZero());
    // rank one: the second pivot vanishes
    double[] rankOne = {2, 4, 1, 2};
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(2, rankOne))).isInstanceOf(SingularMatrixException.class)
        .satisfies(e -> assertThat(((SingularMatrixException) e).column()).isEqualTo(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void badShapesAreRejected(int n) {
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(n, new double[1]))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrongLengthsAndNonFiniteEntriesAreRejected() {
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(2, new double[5]))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(2, new double[] {1, Double.NaN, 0, 1})))
        .isInstanceOf(IllegalArgumentException.class);
    DenseLu lu = DenseLu.factor(DenseMatrix.square(2, new double[] {1, 0, 0, 1}));
    assertThatThrownBy(() -> lu.solve(new double[3])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lu.solveTransposed(new double[1])).isInstanceOf(IllegalArgumentException.class);
  }
}

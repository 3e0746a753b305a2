package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.RandomModels;

/**
 * Differential test of the blocked LU kernel ({@link LuKernels#factorBlocked}) at sizes straddling the panel width:
 * against the naive Gauss-Jordan inverse of {@link Dense#inverse} (solve and solveTransposed to 1e-9 relative) and
 * against the unblocked kij kernel (identical factors and pivots: every entry receives the same updates in the same
 * order), sequential and with the row-parallel trailing update, with the production and with a small panel width.
 */
class BlockedLuTest {
  private static final double TOLERANCE = 1e-9;
  private static final double RELATIVE_PIVOT_TOLERANCE = 1e-13;

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int n : new int[] {1, 2, 63, 64, 65, 127, 129, 300, 700}) {
      for (boolean productive : new boolean[] {false, true}) {
        b.add(Arguments.of(n, productive, 31L * n + (productive ? 1 : 0)));
      }
    }
    return b.build();
  }

  /** Uniform entries in [-1, 1]: needs pivoting, condition number of order n. */
  static double[] randomDense(int n, SplittableRandom rnd) {
    double[] m = new double[n * n];
    for (int i = 0; i < m.length; i++) {
      m[i] = rnd.nextDouble() * 2 - 1;
    }
    return m;
  }

  @ParameterizedTest(name = "n={0}, productive={1}, seed={2}")
  @MethodSource("cases")
  void blockedMatchesReferenceAndUnblocked(int n, boolean productive, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] m = productive ? Dense.identityMinus(RandomModels.productive(seed, n).a(), n) : randomDense(n, rnd);
    double tol = tolerance(m);

    double[] plain = m.clone();
    int[] plainPerm = new int[n];
    assertThat(LuKernels.factorUnblocked(DenseMatrix.wrap(n, n, plain), plainPerm, tol)).isEqualTo(-1);

    double[] inv = Dense.inverse(m, n);
    for (int nb : new int[] {LuKernels.BLOCK, 16}) {
      for (boolean parallel : new boolean[] {false, true}) {
        double[] lu = m.clone();
        int[] perm = new int[n];
        assertThat(LuKernels.factorBlocked(DenseMatrix.wrap(n, n, lu), perm, tol, nb, parallel)).isEqualTo(-1);
        // Arrays.mismatch: AssertJ's containsExactly is far too slow on 490,000 entries
        assertThat(Arrays.mismatch(perm, plainPerm)).as("perm, nb=%d parallel=%s", nb, parallel).isEqualTo(-1);
        assertThat(Arrays.mismatch(lu, plain)).as("factors, nb=%d parallel=%s", nb, parallel).isEqualTo(-1);
        checkSolves(lu, n, perm, inv, rnd);
      }
    }
    // the public facade (blocked from LuKernels.BLOCKED_FROM rows on)
    DenseLu dense = DenseLu.factor(DenseMatrix.square(n, m));
    double[] b = rhs(n, rnd);
    assertThat(Dense.relativeError(dense.solve(b), Dense.times(inv, n, b), 1e-300)).isLessThan(TOLERANCE);
    assertThat(Dense.relativeError(dense.solveTransposed(b), Dense.timesTransposed(inv, n, b), 1e-300))
        .isLessThan(TOLERANCE);
  }

  @Test
  void zeroDiagonalNeedsPivotingInEveryPanel() {
    int n = 300;
    SplittableRandom rnd = new SplittableRandom(17);
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = i == j ? 0.0 : (rnd.nextDouble() * 2 - 1) * 0.1;
      }
      m[i * n + (i + 1) % n] += 5.0;
    }
    double[] lu = m.clone();
    int[] perm = new int[n];
    assertThat(LuKernels.factorBlocked(DenseMatrix.wrap(n, n, lu), perm, tolerance(m), LuKernels.BLOCK, true)).isEqualTo(-1);
    assertThat(perm[0]).isEqualTo(n - 1); // row n-1 holds the 5 in column 0
    for (int i = 0; i < n; i++) {
      assertThat(Math.abs(lu[i * n + i])).isGreaterThan(1.0);
    }
    checkSolves(lu, n, perm, Dense.inverse(m, n), rnd);
    DenseLu dense = DenseLu.factor(DenseMatrix.square(n, m));
    double[] b = rhs(n, rnd);
    assertThat(Dense.relativeError(dense.solve(b), Dense.times(Dense.inverse(m, n), n, b), 1e-300))
        .isLessThan(TOLERANCE);
  }

  @Test
  void twoEqualRowsBeyondTheFirstPanelLeaveTheLastPivotNegligible() {
    int n = 300;
    double[] m = randomDense(n, new SplittableRandom(5));
    System.arraycopy(m, 90 * n, m, 250 * n, n);
    // the two reduced rows stay bitwise equal, so once one is a pivot row the other is exactly zero and drifts to
    // the bottom: only the last pivot vanishes, in every kernel
    assertSingularAt(m, n, n - 1);
  }

  @Test
  void aColumnDependentOnEarlierColumnsIsReportedWhereItIs() {
    int n = 300;
    double[] m = randomDense(n, new SplittableRandom(6));
    for (int i = 0; i < n; i++) {
      m[i * n + 150] = 2 * m[i * n + 30] - m[i * n + 100]; // column 150 is in the span of columns 30 and 100
    }
    assertSingularAt(m, n, 150);
  }

  private static void assertSingularAt(double[] m, int n, int column) {
    double tol = tolerance(m);
    assertThat(LuKernels.factorUnblocked(DenseMatrix.wrap(n, n, m.clone()), new int[n], tol)).isEqualTo(column);
    for (int nb : new int[] {LuKernels.BLOCK, 16, 7}) {
      assertThat(LuKernels.factorBlocked(DenseMatrix.wrap(n, n, m.clone()), new int[n], tol, nb, false)).isEqualTo(column);
      assertThat(LuKernels.factorBlocked(DenseMatrix.wrap(n, n, m.clone()), new int[n], tol, nb, true)).isEqualTo(column);
    }
    assertThatThrownBy(() -> DenseLu.factor(DenseMatrix.square(n, m))).isInstanceOf(SingularMatrixException.class)
        .satisfies(e -> assertThat(((SingularMatrixException) e).column()).isEqualTo(column));
  }

  private static void checkSolves(double[] lu, int n, int[] perm, double[] inv, SplittableRandom rnd) {
    for (int trial = 0; trial < 2; trial++) {
      double[] b = rhs(n, rnd);
      double[] x = new double[n];
      LuKernels.solve(DenseMatrix.wrap(n, n, lu), perm, b, x);
      assertThat(Dense.relativeError(x, Dense.times(inv, n, b), 1e-300)).isLessThan(TOLERANCE);
      double[] y = new double[n];
      LuKernels.solveTransposed(DenseMatrix.wrap(n, n, lu), perm, b, new double[n], y);
      assertThat(Dense.relativeError(y, Dense.timesTransposed(inv, n, b), 1e-300)).isLessThan(TOLERANCE);
    }
  }

  private static double[] rhs(int n, SplittableRandom rnd) {
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = rnd.nextDouble() * 2 - 1;
    }
    return b;
  }

  private static double tolerance(double[] m) {
    double scale = 0;
    for (double v : m) {
      scale = Math.max(scale, Math.abs(v));
    }
    return RELATIVE_PIVOT_TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
  }
}

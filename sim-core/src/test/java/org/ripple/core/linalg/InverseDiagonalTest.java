package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.testing.Dense;

/** The diagonal of an inverse from the triangular inverses of the LU factors, against Gauss-Jordan and by hand. */
class InverseDiagonalTest {
  /**
   * Sizes around the block edges (64 columns, 64 rows solved together), past the blocked factorisation's threshold
   * and the back substitution's product depth (256 each), and past two depths.
   */
  static IntStream sizes() {
    return IntStream.of(1, 2, 3, 4, 5, 7, 63, 64, 65, 127, 130, 257, 300, 513);
  }

  /**
   * M = [[1, 2], [3, 4]]: partial pivoting swaps the rows; M^-1 = [[-2, 1], [1.5, -0.5]], so the diagonal is
   * (-2, -0.5). M = [[0, 2, 0], [1, 0, 0], [0, 0, 4]] (a zero leading entry): M^-1 = [[0, 1, 0], [0.5, 0, 0],
   * [0, 0, 0.25]], diagonal (0, 0, 0.25).
   */
  @Test
  void pivotedSmallMatricesByHand() {
    assertThat(DenseLu.factor(DenseMatrix.of(new double[][] {{1, 2}, {3, 4}})).inverseDiagonal())
        .containsExactly(new double[] {-2, -0.5}, within(1e-15));
    assertThat(DenseLu.factor(DenseMatrix.of(new double[][] {{0, 2, 0}, {1, 0, 0}, {0, 0, 4}})).inverseDiagonal())
        .containsExactly(new double[] {0, 0, 0.25}, within(1e-15));
  }

  /** General matrices (entries in [-1, 1], so rows are swapped), against the diagonal of a Gauss-Jordan inverse. */
  @ParameterizedTest
  @MethodSource("sizes")
  void generalMatricesAgreeWithGaussJordan(int n) {
    SplittableRandom rnd = new SplittableRandom(1000 + n);
    double[] m = new double[n * n];
    for (int k = 0; k < m.length; k++) {
      m[k] = 2 * rnd.nextDouble() - 1;
    }
    double[] inverse = Dense.inverse(m, n);
    double scale = 0;
    for (double v : inverse) {
      scale = Math.max(scale, Math.abs(v));
    }
    double[] d = DenseLu.factor(DenseMatrix.square(n, m)).inverseDiagonal();
    for (int k = 0; k < n; k++) {
      assertThat(d[k]).as("entry %d of %d", k, n).isCloseTo(inverse[k * n + k], within(1e-10 * scale));
    }
  }

  /** Leontief matrices I - A (30 % non-zero, column sums of A 0.6): every entry to 1e-12 relative. */
  @ParameterizedTest
  @MethodSource("sizes")
  void leontiefMatricesAgreeEntryByEntry(int n) {
    SplittableRandom rnd = new SplittableRandom(n);
    double[] m = new double[n * n];
    for (int j = 0; j < n; j++) {
      double[] col = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        col[i] = rnd.nextDouble() < 0.3 ? rnd.nextDouble() : 0;
        s += col[i];
      }
      for (int i = 0; i < n; i++) {
        m[i * n + j] = (i == j ? 1 : 0) - (s > 0 ? 0.6 * col[i] / s : 0);
      }
    }
    double[] inverse = Dense.inverse(m, n);
    double[] d = DenseLu.factor(DenseMatrix.square(n, m)).inverseDiagonal();
    for (int k = 0; k < n; k++) {
      assertThat(d[k]).isCloseTo(inverse[k * n + k], within(1e-12 * inverse[k * n + k]));
    }
  }

  /** Blocks run as tasks on the threads there are; the same bits on one, two or three. */
  @ParameterizedTest
  @MethodSource("sizes")
  void theDiagonalDoesNotDependOnTheNumberOfThreads(int n) {
    SplittableRandom rnd = new SplittableRandom(77 + n);
    double[] m = new double[n * n];
    for (int k = 0; k < m.length; k++) {
      m[k] = 2 * rnd.nextDouble() - 1;
    }
    DenseMatrix factors = DenseMatrix.square(n, m);
    int[] perm = new int[n];
    assertThat(LuKernels.factor(factors, perm, 1e-13)).isEqualTo(-1);
    double[] one = InverseDiagonal.of(factors, perm, 1);
    assertThat(InverseDiagonal.of(factors, perm, 2)).containsExactly(one);
    assertThat(InverseDiagonal.of(factors, perm, 3)).containsExactly(one);
  }

  @Test
  void theDenseSolverGivesItsDiagonalAndTheIterativeOnesNone() {
    CsrMatrix a = CsrMatrix.fromDense(DenseMatrix.of(new double[][] {{0.15, 0.25}, {0.2, 0.05}}));
    LeontiefMatrix b = LeontiefMatrix.of(a);
    // L = [[0.95, 0.25], [0.2, 0.85]] / 0.7575 (Miller and Blair 2009, ch. 2)
    assertThat(SolverKind.DENSE_LU.create(b, SolverOptions.defaults()).inverseDiagonal())
        .containsExactly(new double[] {0.95 / 0.7575, 0.85 / 0.7575}, within(1e-14));
    assertThat(SolverKind.BICGSTAB.create(b, SolverOptions.defaults()).inverseDiagonal()).isNull();
  }
}

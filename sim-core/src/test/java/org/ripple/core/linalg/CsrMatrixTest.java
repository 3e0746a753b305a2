package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CSR construction, transpose and products against a naive dense reference. */
class CsrMatrixTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void tripletsInAnyOrderGiveTheDenseMatrixAndItsTranspose(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int rows = 1 + rnd.nextInt(30);
    int cols = 1 + rnd.nextInt(30);
    double[] dense = new double[rows * cols];
    int count = 0;
    int[] r = new int[rows * cols];
    int[] c = new int[rows * cols];
    double[] v = new double[rows * cols];
    for (int cell : shuffled(rows * cols, rnd)) {
      if (rnd.nextDouble() < 0.4) {
        double x = rnd.nextDouble() < 0.1 ? 0.0 : rnd.nextDouble() - 0.3;
        dense[cell] = x;
        r[count] = cell / cols;
        c[count] = cell % cols;
        v[count] = x;
        count++;
      }
    }
    CsrMatrix m = CsrMatrix.fromTriplets(rows, cols, r, c, v, count);
    assertThat(m.toDense()).containsExactly(dense);
    assertThat(m).isEqualTo(CsrMatrix.fromDense(dense, rows, cols));
    assertThat(m.rowPointers).hasSize(rows + 1);
    double[] t = m.transpose().toDense();
    double[] x = new double[cols];
    for (int j = 0; j < cols; j++) {
      x[j] = rnd.nextDouble();
    }
    double[] y = m.multiply(x);
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int j = 0; j < cols; j++) {
        assertThat(t[j * rows + i]).isEqualTo(dense[i * cols + j]);
        assertThat(m.get(i, j)).isEqualTo(dense[i * cols + j]);
        s += dense[i * cols + j] * x[j];
      }
      assertThat(y[i]).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Test
  void aRepeatedEntryNamesBothTriplets() {
    assertThatThrownBy(() -> CsrMatrix.fromTriplets(3, 3, new int[] {0, 2, 0}, new int[] {1, 2, 1},
        new double[] {1, 2, 3}, 3)).isInstanceOfSatisfying(CsrMatrix.DuplicateEntryException.class, e -> {
          assertThat(e.first()).isZero();
          assertThat(e.second()).isEqualTo(2);
        });
  }

  private static int[] shuffled(int n, SplittableRandom rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}

package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product kernel against the textbook triple loop written here: bit for bit, since both subtract each entry's
 * products one after the other in ascending k, across the remainders of its two-row and three-deep blocking.
 */
class GemmTest {
  static Stream<Arguments> shapes() {
    Stream.Builder<Arguments> b = Stream.builder();
    long seed = 1;
    for (int rows : new int[] {1, 2, 3, 4, 5, 64}) {
      for (int depth : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 64, 65}) {
        for (int w : new int[] {1, 3, 8, 17, 64, 257}) {
          b.add(Arguments.of(rows, depth, w, seed++));
        }
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "rows={0} depth={1} w={2} seed={3}")
  @MethodSource("shapes")
  void subtractIsTheTripleLoopBitForBit(int rows, int depth, int w, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int stride = depth + 5;
    int offset = 3;
    double[] a = new double[offset + (rows + 1) * stride];
    for (int i = 0; i < a.length; i++) {
      a[i] = 2 * rnd.nextDouble() - 1;
    }
    // b's rows from index 2, c's rows from index 1; a spare row on each side and spare entries past w
    double[][] b = random(depth + 4, w + 2, rnd);
    double[][] c = random(rows + 2, w + 2, rnd);
    double[][] expected = new double[c.length][];
    for (int r = 0; r < c.length; r++) {
      expected[r] = c[r].clone();
    }
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < depth; k++) {
        double l = a[offset + r * stride + k];
        for (int j = 0; j < w; j++) {
          expected[1 + r][j] = expected[1 + r][j] - l * b[2 + k][j];
        }
      }
    }
    Gemm.subtract(a, offset, stride, b, 2, depth, c, 1, rows, w);
    for (int r = 0; r < c.length; r++) {
      assertThat(c[r]).as("row %d", r).containsExactly(expected[r]);
    }
  }

  /** {@code [10, 20] - [1, 2] [[3, 4], [5, 6]] = [10 - 3 - 10, 20 - 4 - 12] = [-3, 4]}. */
  @Test
  void aSmallProductByHand() {
    double[][] c = {{10, 20}};
    Gemm.subtract(new double[] {1, 2}, 0, 2, new double[][] {{3, 4}, {5, 6}}, 0, 2, c, 0, 1, 2);
    assertThat(c[0]).containsExactly(-3, 4);
  }

  private static double[][] random(int rows, int cols, SplittableRandom rnd) {
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = 2 * rnd.nextDouble() - 1;
      }
    }
    return m;
  }
}

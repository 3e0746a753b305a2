package org.ripple.bench;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;

/**
 * The dense kernels on their own: {@code factor} is one partial-pivoting LU of a seeded Leontief matrix
 * {@code I - A} (30 % of A non-zero, column sums 0.6), {@code 2 n^3 / 3} flops; {@code inverseDiagonal} the diagonal
 * of its inverse from the factors (the two triangular inverses, {@code 2 n^3 / 3} flops more). GFlop/s is
 * {@code 2 n^3 / 3} over the time of either. Single shots: at n = 5,000 one operation takes seconds.
 */
public class DenseLuBenchmark extends DenseSizes {
  DenseMatrix matrix;
  DenseLu factors;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(20261202L + n);
    double[] m = new double[n * n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        column[i] = rnd.nextDouble() < 0.3 ? rnd.nextDouble() : 0;
        sum += column[i];
      }
      for (int i = 0; i < n; i++) {
        m[i * n + j] = (i == j ? 1 : 0) - (sum > 0 ? 0.6 * column[i] / sum : 0);
      }
    }
    matrix = DenseMatrix.square(n, m);
    factors = DenseLu.factor(matrix);
  }

  /** One factorisation. */
  @Benchmark
  public DenseLu factor() {
    return DenseLu.factor(matrix);
  }

  /** The diagonal of the inverse from the factors. */
  @Benchmark
  public double[] inverseDiagonal() {
    return factors.inverseDiagonal();
  }
}

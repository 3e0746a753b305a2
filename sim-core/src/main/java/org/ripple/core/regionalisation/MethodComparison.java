package org.ripple.core.regionalisation;

import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;

/**
 * How far a set of regional coefficients is from a reference set (the trade-based ones): the relative absolute
 * deviation {@code sum_ij |r_ij - t_ij| / sum_ij t_ij} and the Type I output multipliers, column sums of
 * {@code (I - r)^-1}, found by one transposed solve {@code (I - r)^T y = 1}.
 */
public final class MethodComparison {
  private MethodComparison() {}

  /** {@code sum |r - t| / sum t}. */
  public static double relativeDeviation(double[] r, double[] t) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < r.length; k++) {
      num += Math.abs(r[k] - t[k]);
      den += Math.abs(t[k]);
    }
    return num / den;
  }

  /** Type I output multipliers of coefficients a (n x n row-major). */
  public static double[] outputMultipliers(double[] a, int n) {
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = (i == j ? 1 : 0) - a[i * n + j];
      }
    }
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return DenseLu.factor(DenseMatrix.square(n, m)).solveTransposed(ones);
  }

  /**
   * The FLQ delta in [0, 1) on a grid of {@code steps} that minimises the relative deviation from {@code t}.
   *
   * @return {delta, deviation}
   */
  public static double[] calibrateFlqDelta(double[] nationalA, double[] regional, double[] national, double[] t,
      int steps) {
    double best = Double.POSITIVE_INFINITY;
    double bestDelta = 0;
    for (int k = 0; k < steps; k++) {
      double delta = (double) k / steps;
      double d = relativeDeviation(LocationQuotients.regionalCoefficients(nationalA, LocationQuotients.Method.FLQ,
          regional, national, delta), t);
      if (d < best) {
        best = d;
        bestDelta = delta;
      }
    }
    return new double[] {bestDelta, best};
  }
}

package org.ripple.core.explain;

import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;

/**
 * Hypothetical extraction (Miller and Blair 2009, sec. 12.2): the total output lost when sector k's row, column and
 * final demand are removed, {@code sum(x) - sum((I - A_-k)^-1 f_-k)} with {@code f = x - A x} (that is,
 * {@code x - Z 1}).
 *
 * <p>Removing row and column k of A is a rank-2 change of {@code I - A}; the Sherman-Morrison-Woodbury update on the
 * one factorisation reduces, for every k, to {@code x_k b_k / L_kk}, with {@code b} the column sums of
 * {@code L = (I - A)^-1}: writing R for the other sectors, {@code x_R - x'_R = (I - A_RR)^-1 A_Rk x_k} and
 * {@code (I - A_RR)^-1 A_Rk = L_Rk / L_kk} (column k of {@code (I - A) L = I}), so the loss is
 * {@code x_k (L_kk + sum_(i != k) L_ik) / L_kk}. The diagonal of L comes from block transposed solves of unit vectors
 * on the system's own solver ({@code (I - A)^T y = e_k} gives row k of L), {@link #BLOCK} at a time: n solves, one
 * factorisation. Transposed, because dense LU's transposed solve skips the leading zeros of a unit vector.
 */
public final class Extraction {
  /** Unit right-hand sides per block solve. */
  static final int BLOCK = 64;

  private Extraction() {}

  /** Every sector's output lost by extraction, given the column sums of L ({@code (I - A)^T b = 1}). */
  static double[] outputLost(LeontiefSystem system, double[] columnSums) {
    int n = system.size();
    double[] lost = new double[n];
    for (int k0 = 0; k0 < n; k0 += BLOCK) {
      int k1 = Math.min(n, k0 + BLOCK);
      double[][] units = new double[k1 - k0][n];
      for (int k = k0; k < k1; k++) {
        units[k - k0][k] = 1.0;
      }
      double[][] rows = system.solveTransposed(ModelType.TYPE_I, units);
      for (int k = k0; k < k1; k++) {
        double xk = system.model().output(k);
        lost[k] = xk == 0.0 ? 0.0 : xk * columnSums[k] / rows[k - k0][k];
      }
    }
    return lost;
  }
}

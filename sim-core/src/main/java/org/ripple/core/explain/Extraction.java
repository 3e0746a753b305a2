package org.ripple.core.explain;

import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.linalg.SolverKind;

/**
 * Hypothetical extraction (Miller and Blair 2009, sec. 12.2): the total output lost when sector k's row, column and
 * final demand are removed, {@code sum(x) - sum((I - A_-k)^-1 f_-k)} with {@code f = x - A x} (that is,
 * {@code x - Z 1}).
 *
 * <p>Removing row and column k of A is a rank-2 change of {@code I - A}; the Sherman-Morrison-Woodbury update on the
 * one factorisation reduces, for every k, to {@code x_k b_k / L_kk}, with {@code b} the column sums of
 * {@code L = (I - A)^-1}: writing R for the other sectors, {@code x_R - x'_R = (I - A_RR)^-1 A_Rk x_k} and
 * {@code (I - A_RR)^-1 A_Rk = L_Rk / L_kk} (column k of {@code (I - A) L = I}), so the loss is
 * {@code x_k (L_kk + sum_(i != k) L_ik) / L_kk}.
 *
 * <p>The diagonal of L comes one of two ways ({@link #dense}):
 * <ul>
 *   <li>dense (a system solved by dense LU, or a model with at least {@link #DENSE_FROM} of its n^2 flows
 *       non-zero): {@link LeontiefSystem#typeIInverseDiagonal()}, the two triangular inverses of one LU
 *       factorisation contracted, about {@code 4 n^3 / 3} flops with the factorisation;
 *   <li>otherwise (a sparse model on an iterative solver, or a dense one whose n x n arrays do not fit in the heap):
 *       block transposed solves of unit vectors on the system's own solver ({@code (I - A)^T y = e_k} gives row k
 *       of L), {@link #BLOCK} at a time: n solves, each costing what one scenario solve costs.
 * </ul>
 */
public final class Extraction {
  /** Unit right-hand sides per block solve. */
  static final int BLOCK = 64;
  /**
   * Share of non-zero flows from which an iterative system's diagonal is made densely: n unit solves cost about
   * n x (iterations) x 4 nnz flops against 4 n^3 / 3 for the dense route, so with some ten iterations the dense route
   * has fewer flops from about 3 % and, at several times the flop rate of a sparse mat-vec, from below 1 %.
   */
  static final double DENSE_FROM = 0.01;

  private Extraction() {}

  /** Every sector's output lost by extraction, given the column sums of L ({@code (I - A)^T b = 1}). */
  static double[] outputLost(LeontiefSystem system, double[] columnSums) {
    int n = system.size();
    double[] diagonal = dense(system) ? system.typeIInverseDiagonal() : null;
    if (diagonal == null) {
      diagonal = bySolves(system);
    }
    double[] lost = new double[n];
    for (int k = 0; k < n; k++) {
      double xk = system.model().output(k);
      lost[k] = xk == 0.0 ? 0.0 : xk * columnSums[k] / diagonal[k];
    }
    return lost;
  }

  /** Whether the diagonal of L is made by the dense route (see the class comment). */
  static boolean dense(LeontiefSystem system) {
    double n = system.size();
    return system.solver() == SolverKind.DENSE_LU || system.model().nonZeroFlows() >= DENSE_FROM * n * n;
  }

  /** {@code L_kk} for every k from block transposed solves of unit vectors on the system's solver. */
  static double[] bySolves(LeontiefSystem system) {
    int n = system.size();
    double[] diagonal = new double[n];
    for (int k0 = 0; k0 < n; k0 += BLOCK) {
      int k1 = Math.min(n, k0 + BLOCK);
      double[][] units = new double[k1 - k0][n];
      for (int k = k0; k < k1; k++) {
        units[k - k0][k] = 1.0;
      }
      double[][] rows = system.solveTransposed(ModelType.TYPE_I, units);
      for (int k = k0; k < k1; k++) {
        diagonal[k] = rows[k - k0][k];
      }
    }
    return diagonal;
  }
}

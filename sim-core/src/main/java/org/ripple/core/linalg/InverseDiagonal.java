package org.ripple.core.linalg;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The diagonal of {@code M^-1} from the factors of {@code P M = L U} ({@link LuKernels#factor}), without forming the
 * inverse.
 *
 * <p>{@code M^-1 = U^-1 L^-1 P}, so with {@code X = U^-1} (upper), {@code Y = L^-1} (unit lower) and {@code q} the
 * inverse of the row permutation ({@code perm[q[k]] = k}), {@code (M^-1)_kk = sum_j X[k][j] Y[j][q[k]]}. Both
 * triangular inverses are computed one block of {@link #BLOCK} indices J at a time, and contracted at once: block
 * column J of X is {@code U^-1 E_J} (back substitution with U on the unit columns of J) and block row J of Y is the
 * transpose of {@code L^-T E_J} (back substitution with {@code L^T}); neither full inverse is ever held. Each block
 * costs about {@code 2 j1^2 BLOCK} flops for its last index j1 (n^3 / 3 for each inverse in all, the two triangular
 * inverses of LAPACK's {@code dtrtri}), and the contraction is O(n^2).
 *
 * <p>The back substitution resolves four rows at a time: the contributions of every row already solved are gathered
 * into four accumulator rows in one pass over those rows (two of them per step), so each solved row is read once
 * per four rows instead of once per row; the 4 x 4 triangle inside the group is then solved row by row. Blocks are
 * independent tasks, the largest first, on {@link Parallel}'s threads; each block's contributions are summed into
 * the diagonal in block order afterwards, so the result does not depend on the number of threads.
 */
final class InverseDiagonal {
  /** Unit columns (and rows) per block. */
  static final int BLOCK = 64;
  /** Rows resolved together by the back substitution. */
  private static final int GROUP = 4;

  private InverseDiagonal() {}

  /** {@code diag(M^-1)} given the factors of {@code P M = L U} (L strictly below, U on and above the diagonal). */
  static double[] of(DenseMatrix factors, int[] perm) {
    int n = factors.rows();
    double[] lu = factors.values;
    double[] lt = upperOfTransposedLower(lu, n);
    int[] q = new int[n];
    for (int i = 0; i < n; i++) {
      q[perm[i]] = i;
    }
    int blocks = (n + BLOCK - 1) / BLOCK;
    double[][] parts = new double[blocks][];
    AtomicInteger next = new AtomicInteger(blocks - 1);
    int workers = Math.min(Parallel.processors(), blocks);
    Parallel.run(workers, t -> {
      int rows = Math.min(n, blocks * BLOCK);
      double[] x = new double[rows * BLOCK];
      double[] y = new double[rows * BLOCK];
      double[][] acc = new double[GROUP][BLOCK];
      for (int b = next.getAndDecrement(); b >= 0; b = next.getAndDecrement()) {
        int j0 = b * BLOCK;
        int j1 = Math.min(n, j0 + BLOCK);
        int w = j1 - j0;
        backSubstitute(lu, n, false, j0, j1, x, acc);
        backSubstitute(lt, n, true, j0, j1, y, acc);
        double[] part = new double[j1];
        for (int k = 0; k < j1; k++) {
          int c = q[k];
          if (c < j1) {
            double s = 0;
            int xk = k * w;
            int yc = c * w;
            for (int r = 0; r < w; r++) {
              s += x[xk + r] * y[yc + r];
            }
            part[k] = s;
          }
        }
        parts[b] = part;
      }
    });
    double[] diag = new double[n];
    for (double[] part : parts) {
      for (int k = 0; k < part.length; k++) {
        diag[k] += part[k];
      }
    }
    return diag;
  }

  /** A row-major array whose strict upper triangle is the transpose of {@code lu}'s strict lower triangle. */
  private static double[] upperOfTransposedLower(double[] lu, int n) {
    double[] t = new double[lu.length];
    int tile = 64;
    for (int i0 = 0; i0 < n; i0 += tile) {
      int i1 = Math.min(n, i0 + tile);
      for (int j0 = 0; j0 < i1; j0 += tile) {
        int j1 = Math.min(i1, j0 + tile);
        for (int i = i0; i < i1; i++) {
          int in = i * n;
          for (int j = j0; j < Math.min(j1, i); j++) {
            t[j * n + i] = lu[in + j];
          }
        }
      }
    }
    return t;
  }

  /**
   * {@code out = T[0:j1, 0:j1]^-1 E} for the upper triangle of the row-major n x n array {@code t} (its diagonal, or
   * ones when {@code unit}) and E the unit columns {@code e_j0 .. e_j1-1}: row i of the result at
   * {@code out[i * (j1 - j0)]}, rows 0 to j1 - 1 (the rows below are zero).
   */
  static void backSubstitute(double[] t, int n, boolean unit, int j0, int j1, double[] out, double[][] acc) {
    int w = j1 - j0;
    int i = j1 - 1;
    while (i >= 0) {
      int g = Math.min(GROUP, i + 1);
      int top = i - g + 1;
      for (int r = 0; r < g; r++) {
        double[] a = acc[r];
        java.util.Arrays.fill(a, 0, w, 0.0);
        int row = top + r;
        if (row >= j0) {
          a[row - j0] = 1.0;
        }
      }
      if (g == GROUP) {
        gather4(t, n, top, i + 1, j1, w, out, acc);
      } else {
        for (int r = 0; r < g; r++) {
          gather1(t, n, top + r, i + 1, j1, w, out, acc[r]);
        }
      }
      for (int row = i; row >= top; row--) {
        double[] a = acc[row - top];
        int rn = row * n;
        for (int k = row + 1; k <= i; k++) {
          double v = t[rn + k];
          if (v != 0.0) {
            int o = k * w;
            for (int c = 0; c < w; c++) {
              a[c] -= v * out[o + c];
            }
          }
        }
        int o = row * w;
        if (unit) {
          System.arraycopy(a, 0, out, o, w);
        } else {
          double d = t[rn + row];
          for (int c = 0; c < w; c++) {
            out[o + c] = a[c] / d;
          }
        }
      }
      i = top - 1;
    }
  }

  /** {@code acc[r] -= sum_(k in [k0, k1)) t[top + r][k] out[k]} for the four rows from {@code top}, two k a step. */
  private static void gather4(double[] t, int n, int top, int k0, int k1, int w, double[] out, double[][] acc) {
    double[] a0 = acc[0];
    double[] a1 = acc[1];
    double[] a2 = acc[2];
    double[] a3 = acc[3];
    int t0 = top * n;
    int t1 = t0 + n;
    int t2 = t1 + n;
    int t3 = t2 + n;
    int k = k0;
    for (; k + 1 < k1; k += 2) {
      double u00 = t[t0 + k];
      double u01 = t[t0 + k + 1];
      double u10 = t[t1 + k];
      double u11 = t[t1 + k + 1];
      double u20 = t[t2 + k];
      double u21 = t[t2 + k + 1];
      double u30 = t[t3 + k];
      double u31 = t[t3 + k + 1];
      int o0 = k * w;
      int o1 = o0 + w;
      for (int c = 0; c < w; c++) {
        double x0 = out[o0 + c];
        double x1 = out[o1 + c];
        a0[c] = a0[c] - u00 * x0 - u01 * x1;
        a1[c] = a1[c] - u10 * x0 - u11 * x1;
        a2[c] = a2[c] - u20 * x0 - u21 * x1;
        a3[c] = a3[c] - u30 * x0 - u31 * x1;
      }
    }
    for (; k < k1; k++) {
      double u0 = t[t0 + k];
      double u1 = t[t1 + k];
      double u2 = t[t2 + k];
      double u3 = t[t3 + k];
      int o = k * w;
      for (int c = 0; c < w; c++) {
        double x0 = out[o + c];
        a0[c] -= u0 * x0;
        a1[c] -= u1 * x0;
        a2[c] -= u2 * x0;
        a3[c] -= u3 * x0;
      }
    }
  }

  /** {@code acc -= sum_(k in [k0, k1)) t[row][k] out[k]}. */
  private static void gather1(double[] t, int n, int row, int k0, int k1, int w, double[] out, double[] acc) {
    int rn = row * n;
    for (int k = k0; k < k1; k++) {
      double v = t[rn + k];
      if (v != 0.0) {
        int o = k * w;
        for (int c = 0; c < w; c++) {
          acc[c] -= v * out[o + c];
        }
      }
    }
  }
}

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
 * <p>The back substitution is blocked onto the LU's product kernel ({@link Gemm}): the rows of the block's result
 * are solved {@link #ROWS} at a time from the bottom; for each such row block I, the rows already solved below it are
 * subtracted as one product {@code T[I, below] X[below]} ({@link Gemm#subtract}, {@link #DEPTH} solved rows at a
 * time so they stay in cache while the rows of I pass), then the triangle inside I is solved row by row. Every row
 * of X is its own array. Blocks are independent tasks, the largest first, on {@link Parallel}'s threads; each block's
 * contributions are summed into the diagonal in block order afterwards, so the result does not depend on the number
 * of threads.
 */
final class InverseDiagonal {
  /** Unit columns (and rows) per block. */
  static final int BLOCK = 64;
  /** Rows of a block's result solved together. */
  private static final int ROWS = 64;
  /** Solved rows subtracted per product. */
  private static final int DEPTH = 256;

  private InverseDiagonal() {}

  /** {@code diag(M^-1)} given the factors of {@code P M = L U} (L strictly below, U on and above the diagonal). */
  static double[] of(DenseMatrix factors, int[] perm) {
    return of(factors, perm, Parallel.processors());
  }

  /** The same on at most {@code threads} threads (the result does not depend on how many). */
  static double[] of(DenseMatrix factors, int[] perm, int threads) {
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
    int workers = Math.max(1, Math.min(threads, blocks));
    Parallel.run(workers, t -> {
      int width = Math.min(n, BLOCK);
      double[][] x = new double[n][width];
      double[][] y = new double[n][width];
      for (int b = next.getAndDecrement(); b >= 0; b = next.getAndDecrement()) {
        int j0 = b * BLOCK;
        int j1 = Math.min(n, j0 + BLOCK);
        int w = j1 - j0;
        backSubstitute(lu, n, false, j0, j1, x);
        backSubstitute(lt, n, true, j0, j1, y);
        double[] part = new double[j1];
        for (int k = 0; k < j1; k++) {
          int c = q[k];
          if (c < j1) {
            double s = 0;
            double[] xk = x[k];
            double[] yc = y[c];
            for (int r = 0; r < w; r++) {
              s += xk[r] * yc[r];
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
   * ones when {@code unit}) and E the unit columns {@code e_j0 .. e_j1-1}: row i of the result in {@code out[i]}
   * (its first {@code j1 - j0} entries), rows 0 to j1 - 1 (the rows below are zero).
   */
  static void backSubstitute(double[] t, int n, boolean unit, int j0, int j1, double[][] out) {
    int w = j1 - j0;
    for (int i = 0; i < j1; i++) {
      double[] row = out[i];
      java.util.Arrays.fill(row, 0, w, 0.0);
      if (i >= j0) {
        row[i - j0] = 1.0;
      }
    }
    for (int i1 = j1; i1 > 0; i1 -= ROWS) {
      int i0 = Math.max(0, i1 - ROWS);
      for (int k0 = i1; k0 < j1; k0 += DEPTH) {
        int depth = Math.min(DEPTH, j1 - k0);
        Gemm.subtract(t, i0 * n + k0, n, out, k0, depth, out, i0, i1 - i0, w);
      }
      for (int r = i1 - 1; r >= i0; r--) {
        Gemm.subtract(t, r * n + r + 1, n, out, r + 1, i1 - 1 - r, out, r, 1, w);
        if (!unit) {
          double[] row = out[r];
          double d = t[r * n + r];
          for (int c = 0; c < w; c++) {
            row[c] = row[c] / d;
          }
        }
      }
    }
  }
}

package org.ripple.core.linalg;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kernels of the LU factorisation with partial pivoting, {@code P A = L U}, in place on a square {@link DenseMatrix}.
 * After {@link #factor}, the strict lower triangle holds L (unit diagonal implied) and the upper triangle holds U;
 * {@code perm[i]} is the original row now at position i.
 *
 * <p>Small matrices use right-looking Doolittle elimination (Golub and Van Loan, Matrix Computations, 4th ed.,
 * Alg. 3.4.1) in the "kij" order, so the innermost loop runs along contiguous rows. From {@link #BLOCKED_FROM} rows
 * on, the right-looking blocked LU of Golub and Van Loan sec. 3.2.11 / 3.4 (the LAPACK {@code dgetrf} scheme): for
 * each panel of {@link #BLOCK} columns, (1) the panel is factored with the unblocked algorithm on a copy holding each
 * column in its own array, swapping whole rows as pivots are chosen; (2) {@code U12 = L11^-1 A12}, on packed chunks
 * of {@link #COLUMN_CHUNK} columns; (3) {@code A22 -= L21 U12} on the product kernel {@link Gemm}, in tasks of
 * {@link #ROW_CHUNK} rows, each chunk of U12 staying in cache while the task's rows pass. O(n^3 / 3) multiply-adds
 * either way.
 *
 * <p>Every entry receives the same updates in the same order (k ascending) as in the unblocked loop, so both paths
 * produce the same factors and pivots (bit for bit, up to the sign of zero entries); the parallel steps split rows
 * or column chunks, never sums, so their result does not depend on the number of threads.
 */
final class LuKernels {
  /** Panel width of the blocked factorisation. */
  static final int BLOCK = 64;
  /** Matrices smaller than this use the unblocked kij loop. */
  static final int BLOCKED_FROM = 256;
  /** Columns of A22 / U12 updated together in the trailing update (64 x 256 doubles of U12 = 128 KiB). */
  static final int COLUMN_CHUNK = 256;
  /** Rows of A22 per task of the (optionally parallel) trailing update. */
  static final int ROW_CHUNK = 64;
  /** Trailing matrices with at least this many rows (or columns) are updated on {@link Parallel}'s threads. */
  static final int PARALLEL_FROM = 512;

  private LuKernels() {}

  /**
   * Factors {@code a} in place.
   *
   * @return the column of the first negligible pivot, or -1 when the matrix is numerically non-singular
   */
  static int factor(DenseMatrix m, int[] perm, double tolerance) {
    return m.rows() < BLOCKED_FROM
        ? factorUnblocked(m, perm, tolerance)
        : factorBlocked(m, perm, tolerance, BLOCK, true);
  }

  /** The unblocked right-looking kij elimination (Golub and Van Loan Alg. 3.4.1). */
  static int factorUnblocked(DenseMatrix m, int[] perm, double tolerance) {
    double[] a = m.values;
    int n = m.rows();
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    return factorPanel(a, n, perm, tolerance, 0, n);
  }

  /**
   * Right-looking blocked LU with panels of {@code nb} columns (Golub and Van Loan sec. 3.2.11 / 3.4).
   *
   * @param parallel whether large steps may be split over {@link Parallel}'s threads
   */
  static int factorBlocked(DenseMatrix m, int[] perm, double tolerance, int nb, boolean parallel) {
    double[] a = m.values;
    int n = m.rows();
    if (nb < 1) {
      throw new IllegalArgumentException("block size " + nb);
    }
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    double[][] panel = new double[Math.min(nb, n)][n];
    double[][][] packed = null;
    for (int k0 = 0; k0 < n; k0 += nb) {
      int k1 = Math.min(n, k0 + nb);
      int bad = factorPanelPacked(a, n, perm, tolerance, k0, k1, panel);
      if (bad >= 0) {
        return bad;
      }
      if (k1 == n) {
        break;
      }
      if (packed == null) {
        packed = new double[(n - k1 + COLUMN_CHUNK - 1) / COLUMN_CHUNK][nb][Math.min(COLUMN_CHUNK, n - k1)];
      }
      solveUpperBlock(a, n, k0, k1, packed, parallel);
      updateTrailing(a, n, k0, k1, packed, parallel);
    }
    return -1;
  }

  /**
   * {@code A22 -= L21 U12} for the panel {@code [k0, k1)}: tasks of {@link #ROW_CHUNK} rows (on {@link Parallel}'s
   * threads when large), each copying its rows' segment of every column chunk into a tile, subtracting
   * {@code L21 U12} there with {@link Gemm#subtract} (the U12 chunk stays in cache while the task's rows pass) and
   * copying it back. Every entry receives its products in ascending k, whichever task and thread computes it.
   */
  private static void updateTrailing(double[] a, int n, int k0, int k1, double[][][] packed, boolean parallel) {
    int rows = n - k1;
    int w = n - k1;
    int tasks = (rows + ROW_CHUNK - 1) / ROW_CHUNK;
    int workers = parallel && rows >= PARALLEL_FROM ? Math.min(Parallel.processors(), tasks) : 1;
    AtomicInteger next = new AtomicInteger();
    Parallel.run(workers, worker -> {
      double[][] tile = new double[Math.min(ROW_CHUNK, rows)][Math.min(COLUMN_CHUNK, w)];
      for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
        int r0 = k1 + t * ROW_CHUNK;
        int r1 = Math.min(n, r0 + ROW_CHUNK);
        for (int ch = 0; ch * COLUMN_CHUNK < w; ch++) {
          int c0 = k1 + ch * COLUMN_CHUNK;
          int cw = Math.min(COLUMN_CHUNK, n - c0);
          for (int i = r0; i < r1; i++) {
            System.arraycopy(a, i * n + c0, tile[i - r0], 0, cw);
          }
          Gemm.subtract(a, r0 * n + k0, n, packed[ch], 0, k1 - k0, tile, 0, r1 - r0, cw);
          for (int i = r0; i < r1; i++) {
            System.arraycopy(tile[i - r0], 0, a, i * n + c0, cw);
          }
        }
      }
    });
  }

  /**
   * Unblocked partial-pivoting elimination of columns {@code [k0, k1)}: pivots are searched in rows k..n-1, whole
   * rows (all n columns) are swapped, and the elimination updates only columns below k1.
   */
  private static int factorPanel(double[] a, int n, int[] perm, double tolerance, int k0, int k1) {
    for (int k = k0; k < k1; k++) {
      int kn = k * n;
      int pivotRow = k;
      double max = Math.abs(a[kn + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(a[i * n + k]);
        if (v > max) {
          max = v;
          pivotRow = i;
        }
      }
      if (!(max > tolerance)) {
        return k;
      }
      if (pivotRow != k) {
        swapRows(a, n, k, pivotRow, perm);
      }
      double pivot = a[kn + k];
      for (int i = k + 1; i < n; i++) {
        int in = i * n;
        double l = a[in + k] / pivot;
        a[in + k] = l;
        if (l != 0.0) {
          for (int j = k + 1; j < k1; j++) {
            a[in + j] -= l * a[kn + j];
          }
        }
      }
    }
    return -1;
  }

  /**
   * The same elimination as {@link #factorPanel} on columns {@code [k0, k1)}, on a copy of the panel with each column
   * its own array ({@code panel[c - k0][i - k0]} is row i of column c) so the pivot search and the updates run along
   * contiguous memory instead of striding over n - k0 rows, in loops the compiler vectorises; same operations in the
   * same order, so same results. Row swaps are applied to the whole rows of {@code a} (whose panel columns are stale
   * until the copy back) and to the copy.
   */
  private static int factorPanelPacked(double[] a, int n, int[] perm, double tolerance, int k0, int k1,
      double[][] panel) {
    int m = n - k0;
    int w = k1 - k0;
    for (int i = 0; i < m; i++) {
      int in = (k0 + i) * n + k0;
      for (int c = 0; c < w; c++) {
        panel[c][i] = a[in + c];
      }
    }
    int bad = -1;
    for (int c = 0; c < w; c++) {
      int k = k0 + c;
      double[] col = panel[c];
      int pivot = c;
      double max = Math.abs(col[c]);
      for (int i = c + 1; i < m; i++) {
        double v = Math.abs(col[i]);
        if (v > max) {
          max = v;
          pivot = i;
        }
      }
      if (!(max > tolerance)) {
        bad = k;
        break;
      }
      if (pivot != c) {
        swapRows(a, n, k, k0 + pivot, perm);
        for (int j = 0; j < w; j++) {
          double[] other = panel[j];
          double t = other[c];
          other[c] = other[pivot];
          other[pivot] = t;
        }
      }
      divide(col, c + 1, m, col[c]);
      for (int j = c + 1; j < w; j++) {
        double[] other = panel[j];
        eliminate(other, col, c + 1, m, other[c]);
      }
    }
    for (int i = 0; i < m; i++) {
      int in = (k0 + i) * n + k0;
      for (int c = 0; c < w; c++) {
        a[in + c] = panel[c][i];
      }
    }
    return bad;
  }

  /** {@code col[i] /= pivot} for i in [from, to). */
  private static void divide(double[] col, int from, int to, double pivot) {
    for (int i = from; i < to; i++) {
      col[i] = col[i] / pivot;
    }
  }

  /** {@code target[i] -= l[i] u} for i in [from, to): one column of the panel's rank-one update. */
  private static void eliminate(double[] target, double[] l, int from, int to, double u) {
    for (int i = from; i < to; i++) {
      target[i] = target[i] - l[i] * u;
    }
  }

  /**
   * {@code U12 = L11^-1 A12}: copies rows k0..k1-1 of columns k1..n-1 into column chunks of {@link #COLUMN_CHUNK},
   * one array a row ({@code packed[chunk][p - k0]}), solves the unit-lower panel block there by forward
   * substitution ({@link Gemm#subtract} on one row at a time, products in ascending k as in the unblocked loop) and
   * copies the solved rows back; chunks are independent, on {@link Parallel}'s threads when large. The packed chunks
   * are then the right operand of the trailing update.
   */
  private static void solveUpperBlock(double[] a, int n, int k0, int k1, double[][][] packed, boolean parallel) {
    int w = n - k1;
    int chunks = (w + COLUMN_CHUNK - 1) / COLUMN_CHUNK;
    int workers = parallel && w >= PARALLEL_FROM ? Math.min(Parallel.processors(), chunks) : 1;
    AtomicInteger next = new AtomicInteger();
    Parallel.run(workers, worker -> {
      for (int ch = next.getAndIncrement(); ch < chunks; ch = next.getAndIncrement()) {
        int c0 = k1 + ch * COLUMN_CHUNK;
        int cw = Math.min(COLUMN_CHUNK, n - c0);
        double[][] rows = packed[ch];
        for (int p = k0; p < k1; p++) {
          System.arraycopy(a, p * n + c0, rows[p - k0], 0, cw);
        }
        for (int i = k0 + 1; i < k1; i++) {
          Gemm.subtract(a, i * n + k0, n, rows, 0, i - k0, rows, i - k0, 1, cw);
        }
        for (int p = k0 + 1; p < k1; p++) {
          System.arraycopy(rows[p - k0], 0, a, p * n + c0, cw);
        }
      }
    });
  }

  /** Solves {@code A x = b} given the factors; writes x into {@code out}. */
  static void solve(DenseMatrix factors, int[] perm, double[] b, double[] out) {
    double[] lu = factors.values;
    int n = factors.rows();
    for (int i = 0; i < n; i++) {
      out[i] = b[perm[i]];
    }
    // forward: L y = P b (unit diagonal)
    for (int i = 1; i < n; i++) {
      int in = i * n;
      double sum = out[i];
      for (int j = 0; j < i; j++) {
        sum -= lu[in + j] * out[j];
      }
      out[i] = sum;
    }
    // backward: U x = y
    for (int i = n - 1; i >= 0; i--) {
      int in = i * n;
      double sum = out[i];
      for (int j = i + 1; j < n; j++) {
        sum -= lu[in + j] * out[j];
      }
      out[i] = sum / lu[in + i];
    }
  }

  /**
   * Solves {@code A^T x = b} given the factors of {@code P A = L U}: {@code U^T z = b}, {@code L^T y = z},
   * {@code x[perm[i]] = y[i]}. Column-oriented updates keep the inner loops on contiguous rows.
   */
  static void solveTransposed(DenseMatrix factors, int[] perm, double[] b, double[] work, double[] out) {
    double[] lu = factors.values;
    int n = factors.rows();
    System.arraycopy(b, 0, work, 0, n);
    // U^T z = b: forward, row i of U scatters into later entries
    for (int i = 0; i < n; i++) {
      int in = i * n;
      double zi = work[i] / lu[in + i];
      work[i] = zi;
      if (zi != 0.0) {
        for (int j = i + 1; j < n; j++) {
          work[j] -= lu[in + j] * zi;
        }
      }
    }
    // L^T y = z: backward, row i of L scatters into earlier entries (unit diagonal)
    for (int i = n - 1; i > 0; i--) {
      int in = i * n;
      double yi = work[i];
      if (yi != 0.0) {
        for (int j = 0; j < i; j++) {
          work[j] -= lu[in + j] * yi;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out[perm[i]] = work[i];
    }
  }

  /** Swaps rows {@code k} and {@code p} of the row-major n x n {@code a}, and entries k and p of {@code perm}. */
  private static void swapRows(double[] a, int n, int k, int p, int[] perm) {
    int kn = k * n;
    int pn = p * n;
    for (int j = 0; j < n; j++) {
      double t = a[kn + j];
      a[kn + j] = a[pn + j];
      a[pn + j] = t;
    }
    int t = perm[k];
    perm[k] = perm[p];
    perm[p] = t;
  }
}

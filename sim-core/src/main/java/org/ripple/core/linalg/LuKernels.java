package org.ripple.core.linalg;

import java.util.stream.IntStream;

/**
 * Kernels of the LU factorisation with partial pivoting, {@code P A = L U}, in place on a square {@link DenseMatrix}.
 * After {@link #factor}, the strict lower triangle holds L (unit diagonal implied) and the upper triangle holds U;
 * {@code perm[i]} is the original row now at position i.
 *
 * <p>Small matrices use right-looking Doolittle elimination (Golub and Van Loan, Matrix Computations, 4th ed.,
 * Alg. 3.4.1) in the "kij" order, so the innermost loop runs along contiguous rows. From {@link #BLOCKED_FROM} rows
 * on, the right-looking blocked LU of Golub and Van Loan sec. 3.2.11 / 3.4 (the LAPACK {@code dgetrf} scheme): for
 * each panel of {@link #BLOCK} columns, (1) the panel is factored with the unblocked algorithm, swapping whole rows
 * as pivots are chosen; (2) {@code U12 = L11^-1 A12}; (3) {@code A22 -= L21 U12}, cache-blocked over column chunks
 * of {@link #COLUMN_CHUNK} so a strip of U12 stays in cache while every row of A22 streams past it once per panel
 * (instead of once per column, which made the kij loop memory-bound at n = 5000). O(n^3 / 3) flops either way.
 *
 * <p>Every entry receives the same updates in the same order (k ascending) as in the unblocked loop, so both paths
 * produce the same factors and pivots (bit for bit, up to the sign of zero entries); the optional row-parallel trailing update splits rows, never sums, so
 * its result does not depend on the number of threads.
 */
final class LuKernels {
  /** Panel width of the blocked factorisation. */
  static final int BLOCK = 64;
  /** Matrices smaller than this use the unblocked kij loop. */
  static final int BLOCKED_FROM = 256;
  /** Columns of A22 / U12 updated together in the trailing update (64 x 512 doubles of U12 = 256 KiB). */
  static final int COLUMN_CHUNK = 512;
  /** Rows of A22 per task of the (optionally parallel) trailing update. */
  static final int ROW_CHUNK = 64;
  /** Trailing matrices with at least this many rows are updated in parallel (common fork-join pool). */
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
   * @param parallel whether large trailing updates may be split over the common fork-join pool
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
    double[] u12 = new double[Math.min(nb, n) * n];
    double[] panel = new double[Math.min(nb, n) * n];
    for (int k0 = 0; k0 < n; k0 += nb) {
      int k1 = Math.min(n, k0 + nb);
      int bad = factorPanelPacked(a, n, perm, tolerance, k0, k1, panel);
      if (bad >= 0) {
        return bad;
      }
      if (k1 == n) {
        break;
      }
      solveUpperBlock(a, n, k0, k1);
      int w = n - k1;
      for (int p = k0; p < k1; p++) {
        System.arraycopy(a, p * n + k1, u12, (p - k0) * w, w);
      }
      updateTrailing(a, n, k0, k1, u12, parallel);
    }
    return -1;
  }

  /** {@code A22 -= L21 U12} for the panel {@code [k0, k1)}, split into independent row chunks when large. */
  private static void updateTrailing(double[] a, int n, int k0, int k1, double[] u12, boolean parallel) {
    int rows = n - k1;
    if (parallel && rows >= PARALLEL_FROM) {
      int tasks = (rows + ROW_CHUNK - 1) / ROW_CHUNK;
      IntStream.range(0, tasks).parallel().forEach(t -> {
        int r0 = k1 + t * ROW_CHUNK;
        updateTrailingRows(a, n, k0, k1, u12, r0, Math.min(n, r0 + ROW_CHUNK));
      });
    } else {
      updateTrailingRows(a, n, k0, k1, u12, k1, n);
    }
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
   * The same elimination as {@link #factorPanel} on columns {@code [k0, k1)}, on a column-major copy of the panel
   * (column c - k0 at offset (c - k0) * (n - k0), row i at i - k0) so the pivot search and the updates run along
   * contiguous memory instead of striding over n - k0 rows; same operations in the same order, so same results. Row
   * swaps are applied to the whole rows of {@code a} (whose panel columns are stale until the copy back) and to the
   * copy.
   */
  private static int factorPanelPacked(double[] a, int n, int[] perm, double tolerance, int k0, int k1,
      double[] panel) {
    int m = n - k0;
    int w = k1 - k0;
    for (int i = k0; i < n; i++) {
      int in = i * n;
      for (int c = 0; c < w; c++) {
        panel[c * m + (i - k0)] = a[in + k0 + c];
      }
    }
    int bad = -1;
    for (int k = k0; k < k1; k++) {
      int kc = (k - k0) * m - k0; // panel[kc + i] = column k, row i
      int pivotRow = k;
      double max = Math.abs(panel[kc + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(panel[kc + i]);
        if (v > max) {
          max = v;
          pivotRow = i;
        }
      }
      if (!(max > tolerance)) {
        bad = k;
        break;
      }
      if (pivotRow != k) {
        swapRows(a, n, k, pivotRow, perm);
        for (int c = 0; c < w; c++) {
          int base = c * m - k0;
          double t = panel[base + k];
          panel[base + k] = panel[base + pivotRow];
          panel[base + pivotRow] = t;
        }
      }
      double pivot = panel[kc + k];
      for (int i = k + 1; i < n; i++) {
        panel[kc + i] = panel[kc + i] / pivot;
      }
      for (int j = k + 1; j < k1; j++) {
        int jc = (j - k0) * m - k0;
        double u = panel[jc + k];
        for (int i = k + 1; i < n; i++) {
          panel[jc + i] -= panel[kc + i] * u;
        }
      }
    }
    for (int i = k0; i < n; i++) {
      int in = i * n;
      for (int c = 0; c < w; c++) {
        a[in + k0 + c] = panel[c * m + (i - k0)];
      }
    }
    return bad;
  }

  /** {@code U12 = L11^-1 A12}: forward substitution with the unit-lower panel block on columns k1..n-1. */
  private static void solveUpperBlock(double[] a, int n, int k0, int k1) {
    for (int i = k0 + 1; i < k1; i++) {
      int in = i * n;
      for (int p = k0; p < i; p++) {
        double l = a[in + p];
        if (l != 0.0) {
          int pn = p * n;
          for (int j = k1; j < n; j++) {
            a[in + j] -= l * a[pn + j];
          }
        }
      }
    }
  }

  /**
   * {@code A22[r0:r1, k1:n] -= L21[r0:r1, :] U12}, in column chunks so the U12 strip stays in cache; {@code u12}
   * holds a packed copy of U12 (row p - k0 at offset (p - k0) * (n - k1)), a separate array so the vectoriser sees
   * no aliasing between the loads of U12 and the stores into A22. Four rows of
   * U12 are applied per pass over a row segment, evaluated left to right ({@code ((a - l0 u0) - l1 u1) - ...}), which
   * rounds exactly like four successive updates while loading and storing the row segment a quarter as often.
   */
  private static void updateTrailingRows(double[] a, int n, int k0, int k1, double[] u12, int r0, int r1) {
    int w = n - k1;
    for (int c0 = 0; c0 < w; c0 += COLUMN_CHUNK) {
      int c1 = Math.min(w, c0 + COLUMN_CHUNK);
      for (int i = r0; i < r1; i++) {
        int in = i * n;
        int row = in + k1; // a[row + c] is A22[i, k1 + c]
        int p = k0;
        for (; p + 3 < k1; p += 4) {
          double l0 = a[in + p];
          double l1 = a[in + p + 1];
          double l2 = a[in + p + 2];
          double l3 = a[in + p + 3];
          int q0 = (p - k0) * w;
          int q1 = q0 + w;
          int q2 = q1 + w;
          int q3 = q2 + w;
          for (int c = c0; c < c1; c++) {
            a[row + c] = a[row + c] - l0 * u12[q0 + c] - l1 * u12[q1 + c] - l2 * u12[q2 + c] - l3 * u12[q3 + c];
          }
        }
        for (; p < k1; p++) {
          double l = a[in + p];
          int q = (p - k0) * w;
          for (int c = c0; c < c1; c++) {
            a[row + c] -= l * u12[q + c];
          }
        }
      }
    }
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

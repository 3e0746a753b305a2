package org.ripple.core.linalg;

/**
 * Kernels of the LU factorisation with partial pivoting, {@code P A = L U}, in place on a row-major n x n array.
 * After {@link #factor}, the strict lower triangle holds L (unit diagonal implied) and the upper triangle holds U;
 * {@code perm[i]} is the original row now at position i.
 *
 * <p>Right-looking Doolittle elimination (Golub and Van Loan, Matrix Computations, 4th ed., Alg. 3.4.1) in the
 * "kij" order, so the innermost loop runs along contiguous rows. O(n^3 / 3) flops.
 */
final class LuKernels {
  private LuKernels() {}

  /**
   * Factors {@code a} in place.
   *
   * @return the column of the first negligible pivot, or -1 when the matrix is numerically non-singular
   */
  static int factor(double[] a, int n, int[] perm, double tolerance) {
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int k = 0; k < n; k++) {
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
        int pn = pivotRow * n;
        for (int j = 0; j < n; j++) {
          double t = a[kn + j];
          a[kn + j] = a[pn + j];
          a[pn + j] = t;
        }
        int t = perm[k];
        perm[k] = perm[pivotRow];
        perm[pivotRow] = t;
      }
      double pivot = a[kn + k];
      for (int i = k + 1; i < n; i++) {
        int in = i * n;
        double l = a[in + k] / pivot;
        a[in + k] = l;
        if (l != 0.0) {
          for (int j = k + 1; j < n; j++) {
            a[in + j] -= l * a[kn + j];
          }
        }
      }
    }
    return -1;
  }

  /** Solves {@code A x = b} given the factors; writes x into {@code out}. */
  static void solve(double[] lu, int n, int[] perm, double[] b, double[] out) {
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
  static void solveTransposed(double[] lu, int n, int[] perm, double[] b, double[] work, double[] out) {
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
}

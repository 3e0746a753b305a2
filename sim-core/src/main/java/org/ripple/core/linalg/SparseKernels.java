package org.ripple.core.linalg;

/**
 * Kernels of the iterative solvers on {@code I - B} ({@link LeontiefMatrix}): plain loops over the CSR arrays of A and
 * the two border vectors, with local accumulators, no allocation. Rows {@code [lo, hi)} of {@code 0..size}; row n is
 * the household (border) row of a bordered system.
 *
 * <p>The Neumann step (Miller and Blair 2009, sec. 2.5: {@code (I - B)^-1 = I + B + B^2 + ...}, here in its
 * fixed-point form {@code x <- b + B x}) also returns, for free, the residual of the iterate it starts from:
 * {@code b - (I - B) x = (b + B x) - x}.
 */
final class SparseKernels {
  private SparseKernels() {}

  /**
   * {@code y[i] = b[i] + (B x)[i]} for rows in [lo, hi); {@code maxRes[0]} / {@code argMax[0]} receive the largest
   * {@code |y[i] - x[i]|} (the residual of x) and its row.
   */
  static void step(LeontiefMatrix m, double[] b, double[] x, double[] y, int lo, int hi, double[] maxRes,
      int[] argMax) {
    plusSignedProduct(m, b, 1.0, x, y, lo, hi);
    double worst = maxRes[0];
    int where = argMax[0];
    int end = Math.min(hi, m.size()); // the border row n (when bordered) last, as it was computed
    for (int i = lo; i < end; i++) {
      double r = Math.abs(y[i] - x[i]);
      if (r > worst) {
        worst = r;
        where = i;
      }
    }
    maxRes[0] = worst;
    argMax[0] = where;
  }

  /** {@code out = x - B x} for rows in [lo, hi) (the operator I - B applied, for Krylov methods). */
  static void applyIdentityMinus(LeontiefMatrix m, double[] x, double[] out, int lo, int hi) {
    plusSignedProduct(m, x, -1.0, x, out, lo, hi);
  }

  /**
   * {@code y = c + sign B x} for rows in [lo, hi), sign +1 (the Neumann step) or -1 (I - B applied): the one loop
   * over A's rows and the borders. With sign -1 each term is subtracted exactly as {@code c - B x} would subtract it
   * (negating a product is exact).
   */
  private static void plusSignedProduct(LeontiefMatrix m, double[] c, double sign, double[] x, double[] y, int lo,
      int hi) {
    final int[] rp = m.a.rowPointers;
    final int[] ci = m.a.columnIndices;
    final double[] av = m.a.values;
    final double[] u = m.column;
    final int n = m.n;
    final double xn = u == null ? 0.0 : x[n];
    int end = Math.min(hi, n);
    for (int i = lo; i < end; i++) {
      double s = c[i];
      for (int p = rp[i]; p < rp[i + 1]; p++) {
        s += sign * av[p] * x[ci[p]];
      }
      if (u != null) {
        s += sign * u[i] * xn;
      }
      y[i] = s;
    }
    if (u != null && hi > n) {
      double[] v = m.row;
      double s = c[n];
      for (int j = 0; j < n; j++) {
        s += sign * v[j] * x[j];
      }
      y[n] = s;
    }
  }

  /**
   * The block form of {@link #step} for k right-hand sides stored row-major ({@code x[i * k + r]}): each non-zero of
   * A is read once for all k vectors. {@code maxRes[r]} / {@code argMax[r]} per right-hand side.
   */
  static void stepBlock(LeontiefMatrix m, int k, double[] b, double[] x, double[] y, int lo, int hi,
      double[] maxRes, int[] argMax) {
    plusSignedProductBlock(m, k, b, 1.0, x, y, lo, hi);
    int rows = Math.min(hi, m.size()); // the border row n (when bordered) last, as it was computed
    for (int i = lo; i < rows; i++) {
      int ib = i * k;
      for (int r = 0; r < k; r++) {
        double res = Math.abs(y[ib + r] - x[ib + r]);
        if (res > maxRes[r]) {
          maxRes[r] = res;
          argMax[r] = i;
        }
      }
    }
  }

  /**
   * The block form of {@link #applyIdentityMinus} for k vectors stored row-major ({@code x[i * k + r]}): each non-zero
   * of A is read once for all k; {@code out = x - B x} for rows in [lo, hi).
   */
  static void applyIdentityMinusBlock(LeontiefMatrix m, int k, double[] x, double[] out, int lo, int hi) {
    plusSignedProductBlock(m, k, x, -1.0, x, out, lo, hi);
  }

  /** The block form of {@link #plusSignedProduct}: {@code y = c + sign B x} for k vectors, rows in [lo, hi). */
  private static void plusSignedProductBlock(LeontiefMatrix m, int k, double[] c, double sign, double[] x,
      double[] y, int lo, int hi) {
    final int[] rp = m.a.rowPointers;
    final int[] ci = m.a.columnIndices;
    final double[] av = m.a.values;
    final double[] u = m.column;
    final int n = m.n;
    final int nk = n * k;
    int end = Math.min(hi, n);
    for (int i = lo; i < end; i++) {
      int ib = i * k;
      int from = rp[i];
      int to = rp[i + 1];
      // groups of four right-hand sides accumulate in registers (no store-to-load chain through y)
      int r0 = 0;
      for (; r0 + 4 <= k; r0 += 4) {
        double s0 = c[ib + r0];
        double s1 = c[ib + r0 + 1];
        double s2 = c[ib + r0 + 2];
        double s3 = c[ib + r0 + 3];
        for (int p = from; p < to; p++) {
          double a = sign * av[p];
          int jb = ci[p] * k + r0;
          s0 += a * x[jb];
          s1 += a * x[jb + 1];
          s2 += a * x[jb + 2];
          s3 += a * x[jb + 3];
        }
        y[ib + r0] = s0;
        y[ib + r0 + 1] = s1;
        y[ib + r0 + 2] = s2;
        y[ib + r0 + 3] = s3;
      }
      for (int r = r0; r < k; r++) {
        double s = c[ib + r];
        for (int p = from; p < to; p++) {
          s += sign * av[p] * x[ci[p] * k + r];
        }
        y[ib + r] = s;
      }
      if (u != null) {
        double ui = sign * u[i];
        for (int r = 0; r < k; r++) {
          y[ib + r] += ui * x[nk + r];
        }
      }
    }
    if (u != null && hi > n) {
      double[] v = m.row;
      for (int r = 0; r < k; r++) {
        y[nk + r] = c[nk + r];
      }
      for (int j = 0; j < n; j++) {
        double vj = sign * v[j];
        int jb = j * k;
        for (int r = 0; r < k; r++) {
          y[nk + r] += vj * x[jb + r];
        }
      }
    }
  }

  /**
   * One forward Gauss-Seidel sweep on {@code (I - B) x = b} in place: {@code x_i = (b_i + sum_{j != i} B_ij x_j) /
   * (1 - B_ii)}, the household row last (Golub and Van Loan 2013, sec. 11.2.2). Returns the largest change, or
   * {@code -(i + 1)} when the diagonal {@code 1 - B_ii} of row i is not positive.
   */
  static double gaussSeidelSweep(LeontiefMatrix m, double[] b, double[] x) {
    final int[] rp = m.a.rowPointers;
    final int[] ci = m.a.columnIndices;
    final double[] av = m.a.values;
    final double[] u = m.column;
    final int n = m.n;
    double change = 0;
    for (int i = 0; i < n; i++) {
      double s = b[i];
      double d = 1.0;
      for (int p = rp[i]; p < rp[i + 1]; p++) {
        int j = ci[p];
        if (j == i) {
          d -= av[p];
        } else {
          s += av[p] * x[j];
        }
      }
      if (u != null) {
        s += u[i] * x[n];
      }
      if (!(d > 0)) {
        return -(i + 1);
      }
      double xi = s / d;
      change = Math.max(change, Math.abs(xi - x[i]));
      x[i] = xi;
    }
    if (u != null) {
      double[] v = m.row;
      double s = b[n];
      for (int j = 0; j < n; j++) {
        s += v[j] * x[j];
      }
      change = Math.max(change, Math.abs(s - x[n]));
      x[n] = s;
    }
    return change;
  }

  /** The largest absolute entry. */
  static double maxAbs(double[] v, int from, int to) {
    double m = 0;
    for (int i = from; i < to; i++) {
      m = Math.max(m, Math.abs(v[i]));
    }
    return m;
  }
}

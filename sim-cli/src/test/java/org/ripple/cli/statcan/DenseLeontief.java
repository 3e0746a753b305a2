package org.ripple.cli.statcan;

import org.ripple.core.Measure;
import org.ripple.core.Model;

/**
 * A naive dense reference for tests only: forms A, the Type I inverse L = (I - A)^-1 and the Type II inverse of the
 * household-closed (n+1) x (n+1) matrix [[A, c/H], [w, 0]] by Gauss-Jordan elimination with partial pivoting, and
 * reads multipliers off their columns (Miller &amp; Blair 2009, sections 2.3 and 6.1). O(n^3); fine for 23 sectors.
 * Production code never forms an inverse.
 */
final class DenseLeontief {
  final int n;
  final double[] a;
  final double[] l;
  final double[] lbar;
  final double[] jobsPerUnit;
  final double[] labourPerUnit;
  final double[] valueAddedPerUnit;

  DenseLeontief(Model m) {
    n = m.size();
    a = new double[n * n];
    jobsPerUnit = new double[n];
    labourPerUnit = new double[n];
    valueAddedPerUnit = new double[n];
    for (int j = 0; j < n; j++) {
      double x = m.output(j);
      for (int i = 0; i < n; i++) {
        a[i * n + j] = m.flow(i, j) / x;
      }
      jobsPerUnit[j] = m.level(Measure.JOBS, j) / x;
      labourPerUnit[j] = m.level(Measure.LABOUR_INCOME, j) / x;
      valueAddedPerUnit[j] = m.level(Measure.VALUE_ADDED, j) / x;
    }
    l = invert(identityMinus(a, n), n);
    int k = n + 1;
    double[] abar = new double[k * k];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * n, abar, i * k, n);
      abar[i * k + n] = m.householdConsumption(i) / m.householdIncome();
      abar[n * k + i] = labourPerUnit[i];
    }
    lbar = invert(identityMinus(abar, k), k);
  }

  double columnSumA(int j) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += a[i * n + j];
    }
    return s;
  }

  /** Type I output multiplier of sector j: sum_i L[i][j]. */
  double outputTypeI(int j) {
    return weightedTypeI(null, j);
  }

  /** Type II output multiplier of sector j: sum over the industry rows of Lbar[i][j]. */
  double outputTypeII(int j) {
    return weightedTypeII(null, j);
  }

  /** sum_i weight[i] L[i][j] (weight null means 1). */
  double weightedTypeI(double[] weight, int j) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (weight == null ? 1 : weight[i]) * l[i * n + j];
    }
    return s;
  }

  /** sum_{i<n} weight[i] Lbar[i][j] (weight null means 1). */
  double weightedTypeII(double[] weight, int j) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (weight == null ? 1 : weight[i]) * lbar[i * (n + 1) + j];
    }
    return s;
  }

  private static double[] identityMinus(double[] m, int k) {
    double[] r = new double[k * k];
    for (int i = 0; i < k * k; i++) {
      r[i] = -m[i];
    }
    for (int i = 0; i < k; i++) {
      r[i * k + i] += 1;
    }
    return r;
  }

  /** Gauss-Jordan with partial pivoting on a copy; throws if singular. */
  static double[] invert(double[] m, int k) {
    double[] w = m.clone();
    double[] inv = new double[k * k];
    for (int i = 0; i < k; i++) {
      inv[i * k + i] = 1;
    }
    for (int c = 0; c < k; c++) {
      int p = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(w[r * k + c]) > Math.abs(w[p * k + c])) {
          p = r;
        }
      }
      if (Math.abs(w[p * k + c]) < 1e-14) {
        throw new ArithmeticException("singular matrix at column " + c);
      }
      swapRows(w, k, c, p);
      swapRows(inv, k, c, p);
      double d = w[c * k + c];
      for (int j = 0; j < k; j++) {
        w[c * k + j] /= d;
        inv[c * k + j] /= d;
      }
      for (int r = 0; r < k; r++) {
        double f = w[r * k + c];
        if (r == c || f == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          w[r * k + j] -= f * w[c * k + j];
          inv[r * k + j] -= f * inv[c * k + j];
        }
      }
    }
    return inv;
  }

  private static void swapRows(double[] m, int k, int a, int b) {
    if (a == b) {
      return;
    }
    for (int j = 0; j < k; j++) {
      double t = m[a * k + j];
      m[a * k + j] = m[b * k + j];
      m[b * k + j] = t;
    }
  }
}

package org.ripple.core.explain;

/**
 * Independent dense computations for the explain tests: Gaussian elimination on a fresh copy for every solve, the
 * Leontief inverse column by column, and structural paths by brute-force enumeration.
 */
final class DenseReference {
  private DenseReference() {}

  /** Solves {@code M x = b} (row-major n x n) by Gaussian elimination with partial pivoting on copies. */
  static double[] solve(double[] m, int n, double[] b) {
    double[] a = m.clone();
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) {
          p = i;
        }
      }
      for (int j = 0; j < n; j++) {
        double t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      double t = x[k];
      x[k] = x[p];
      x[p] = t;
      for (int i = k + 1; i < n; i++) {
        double f = a[i * n + k] / a[k * n + k];
        for (int j = k; j < n; j++) {
          a[i * n + j] -= f * a[k * n + j];
        }
        x[i] -= f * x[k];
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = x[i];
      for (int j = i + 1; j < n; j++) {
        s -= a[i * n + j] * x[j];
      }
      x[i] = s / a[i * n + i];
    }
    return x;
  }

  /** {@code I - a}. */
  static double[] identityMinus(double[] a, int n) {
    double[] m = new double[n * n];
    for (int k = 0; k < m.length; k++) {
      m[k] = -a[k];
    }
    for (int i = 0; i < n; i++) {
      m[i * n + i] += 1;
    }
    return m;
  }

  /** {@code (I - a)^-1}, row-major, by solving for each unit column. */
  static double[] leontiefInverse(double[] a, int n) {
    double[] m = identityMinus(a, n);
    double[] l = new double[n * n];
    for (int k = 0; k < n; k++) {
      double[] e = new double[n];
      e[k] = 1;
      double[] col = solve(m, n, e);
      for (int i = 0; i < n; i++) {
        l[i * n + k] = col[i];
      }
    }
    return l;
  }

  /** Every path of at most {@code depth} edges from each shocked node, with value c[last] d[first] prod a. */
  static java.util.List<double[]> enumerate(double[] a, int n, double[] c, double[] d, int depth) {
    java.util.List<double[]> out = new java.util.ArrayList<>();
    for (int s = 0; s < d.length; s++) {
      if (d[s] != 0) {
        walk(a, n, c, new int[] {s}, d[s], depth, out);
      }
    }
    return out;
  }

  private static void walk(double[] a, int n, double[] c, int[] path, double p, int depth,
      java.util.List<double[]> out) {
    int s = path[path.length - 1];
    double[] row = new double[path.length + 1];
    row[0] = c[s] * p;
    for (int k = 0; k < path.length; k++) {
      row[k + 1] = path[k];
    }
    if (row[0] != 0) {
      out.add(row);
    }
    if (path.length - 1 == depth) {
      return;
    }
    for (int i = 0; i < n; i++) {
      double w = a[i * n + s];
      if (w != 0) {
        int[] next = java.util.Arrays.copyOf(path, path.length + 1);
        next[path.length] = i;
        walk(a, n, c, next, p * w, depth, out);
      }
    }
  }
}

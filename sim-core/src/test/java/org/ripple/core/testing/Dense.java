package org.ripple.core.testing;

/**
 * Naive dense reference arithmetic for differential tests: a Gauss-Jordan inverse with partial pivoting, written
 * independently of the production LU kernels, and plain matrix-vector products. Row-major {@code double[]}.
 */
public final class Dense {
  private Dense() {}

  /** {@code I - a} for a row-major n x n matrix. */
  public static double[] identityMinus(double[] a, int n) {
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = (i == j ? 1.0 : 0.0) - a[i * n + j];
      }
    }
    return m;
  }

  /**
   * The inverse by Gauss-Jordan elimination on the augmented matrix [M | I], choosing the largest pivot in each
   * column. O(n^3); for tests only.
   */
  public static double[] inverse(double[] m, int n) {
    int w = 2 * n;
    double[] g = new double[n * w];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        g[i * w + j] = m[i * n + j];
      }
      g[i * w + n + i] = 1.0;
    }
    for (int col = 0; col < n; col++) {
      int best = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(g[r * w + col]) > Math.abs(g[best * w + col])) {
          best = r;
        }
      }
      if (g[best * w + col] == 0.0) {
        throw new ArithmeticException("singular matrix in reference inverse at column " + col);
      }
      if (best != col) {
        for (int j = 0; j < w; j++) {
          double t = g[col * w + j];
          g[col * w + j] = g[best * w + j];
          g[best * w + j] = t;
        }
      }
      double p = g[col * w + col];
      for (int j = 0; j < w; j++) {
        g[col * w + j] /= p;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = g[r * w + col];
          if (f != 0.0) {
            for (int j = 0; j < w; j++) {
              g[r * w + j] -= f * g[col * w + j];
            }
          }
        }
      }
    }
    double[] inv = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(g, i * w + n, inv, i * n, n);
    }
    return inv;
  }

  /** {@code m v}. */
  public static double[] times(double[] m, int n, double[] v) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += m[i * n + j] * v[j];
      }
      out[i] = s;
    }
    return out;
  }

  /** {@code m^T v}. */
  public static double[] timesTransposed(double[] m, int n, double[] v) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[j] += m[i * n + j] * v[i];
      }
    }
    return out;
  }

  /** The top-left n x n block of a row-major m x m matrix. */
  public static double[] topLeft(double[] a, int m, int n) {
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * m, out, i * n, n);
    }
    return out;
  }

  /** max_i |a_i - b_i| / max(max_i |b_i|, floor): a norm-wise relative error. */
  public static double relativeError(double[] actual, double[] expected, double floor) {
    double diff = 0;
    double scale = floor;
    for (int i = 0; i < expected.length; i++) {
      diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
      scale = Math.max(scale, Math.abs(expected[i]));
    }
    return diff / scale;
  }

  /** A unit vector. */
  public static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1.0;
    return e;
  }
}

package org.ripple.core.linalg;

/**
 * Bounds on the spectral radius (Perron root) of a square matrix's entry-wise absolute value, |A|. For a
 * non-negative matrix B and any positive vector x, the Collatz-Wielandt inequalities give
 * {@code min_i (Bx)_i / x_i <= rho(B) <= max_i (Bx)_i / x_i}; power iteration tightens both bounds. We iterate with
 * {@code B = |A| + I} (same Perron vector, spectrum shifted by one, and aperiodic, so the iteration converges) and
 * subtract one. Since {@code rho(A) <= rho(|A|)}, an upper bound below one certifies that the Leontief series
 * converges, i.e. the model is productive.
 */
public final class PerronRoot {
  private final double lower;
  private final double upper;
  private final int iterations;

  private PerronRoot(double lower, double upper, int iterations) {
    this.lower = lower;
    this.upper = upper;
    this.iterations = iterations;
  }

  /**
   * Estimates rho(|B|) for the B of a {@link LeontiefMatrix} (A in CSR, possibly bordered) to a bound gap of
   * {@code gap}, in at most maxIterations, without any dense array: one sparse mat-vec with |B| per iteration.
   */
  public static PerronRoot estimate(LeontiefMatrix m, double gap, int maxIterations) {
    int size = m.size();
    int n = m.n;
    int[] rp = m.a.rowPointers;
    int[] ci = m.a.columnIndices;
    double[] av = m.a.values;
    double[] u = m.column;
    double[] w = m.row;
    double[] x = new double[size];
    double[] y = new double[size];
    java.util.Arrays.fill(x, 1.0);
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    int it = 0;
    while (it < maxIterations) {
      it++;
      double minRatio = Double.POSITIVE_INFINITY;
      double maxRatio = 0;
      double norm = 0;
      for (int i = 0; i < size; i++) {
        double sum = x[i];
        if (i < n) {
          for (int p = rp[i]; p < rp[i + 1]; p++) {
            sum += Math.abs(av[p]) * x[ci[p]];
          }
          if (u != null) {
            sum += Math.abs(u[i]) * x[n];
          }
        } else {
          for (int j = 0; j < n; j++) {
            sum += Math.abs(w[j]) * x[j];
          }
        }
        y[i] = sum;
        double r = sum / x[i];
        minRatio = Math.min(minRatio, r);
        maxRatio = Math.max(maxRatio, r);
        norm = Math.max(norm, sum);
      }
      lo = Math.max(lo, minRatio - 1.0);
      hi = Math.min(hi, maxRatio - 1.0);
      for (int i = 0; i < size; i++) {
        x[i] = Math.max(y[i] / norm, Double.MIN_NORMAL);
      }
      if (hi - lo <= gap) {
        break;
      }
    }
    return new PerronRoot(Math.max(lo, 0), Math.max(hi, 0), it);
  }

  /** A lower bound on rho(|A|). */
  public double lower() {
    return lower;
  }

  /** An upper bound on rho(|A|), hence on rho(A). */
  public double upper() {
    return upper;
  }

  /** A point estimate: the midpoint of the bounds. */
  public double estimate() {
    return 0.5 * (lower + upper);
  }

  public int iterations() {
    return iterations;
  }
}

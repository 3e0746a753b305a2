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
    double[] x = new double[size];
    double[] y = new double[size];
    java.util.Arrays.fill(x, 1.0);
    // row blocks of about equal non-zeros on both cores for large matrices: each row's sum is made in the same order
    // whatever the split, and min and max are exact, so the bounds are the same bits on any number of threads
    int threads = m.nonZeros() >= IterativeSolver.PARALLEL_MIN_NONZEROS ? Parallel.processors() : 1;
    int[] splits = m.splits(threads);
    double[] ratios = new double[3 * threads];
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    int it = 0;
    while (it < maxIterations) {
      it++;
      Parallel.run(threads, t -> multiply(m, x, y, splits[t], splits[t + 1], ratios, 3 * t));
      double minRatio = Double.POSITIVE_INFINITY;
      double maxRatio = 0;
      double norm = 0;
      for (int t = 0; t < threads; t++) {
        minRatio = Math.min(minRatio, ratios[3 * t]);
        maxRatio = Math.max(maxRatio, ratios[3 * t + 1]);
        norm = Math.max(norm, ratios[3 * t + 2]);
      }
      lo = Math.max(lo, minRatio - 1.0);
      hi = Math.min(hi, maxRatio - 1.0);
      double scale = norm;
      Parallel.run(threads, t -> {
        for (int i = splits[t]; i < splits[t + 1]; i++) {
          x[i] = Math.max(y[i] / scale, Double.MIN_NORMAL);
        }
      });
      if (hi - lo <= gap) {
        break;
      }
    }
    return new PerronRoot(Math.max(lo, 0), Math.max(hi, 0), it);
  }

  /**
   * The bounds the row and column sums of |B| give without iterating: for a non-negative matrix the spectral radius
   * lies between the smallest and the largest row sum, and between the smallest and the largest column sum (the
   * Collatz-Wielandt inequalities at x = 1, for B and for its transpose, which has the same spectrum; Horn and
   * Johnson, Matrix Analysis, 2nd ed., 2013, Theorem 8.1.22). The tighter of each pair is kept. One pass over the
   * CSR arrays; zero iterations.
   */
  public static PerronRoot ofSums(LeontiefMatrix m) {
    int n = m.n;
    int size = m.size();
    if (size == 0) {
      return new PerronRoot(0, 0, 0);
    }
    int[] rp = m.a.rowPointers;
    int[] ci = m.a.columnIndices;
    double[] av = m.a.values;
    double[] u = m.column;
    double[] w = m.row;
    double[] columns = new double[size];
    double minRow = Double.POSITIVE_INFINITY;
    double maxRow = 0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int p = rp[i]; p < rp[i + 1]; p++) {
        double v = Math.abs(av[p]);
        sum += v;
        columns[ci[p]] += v;
      }
      if (u != null) {
        double v = Math.abs(u[i]);
        sum += v;
        columns[n] += v;
      }
      minRow = Math.min(minRow, sum);
      maxRow = Math.max(maxRow, sum);
    }
    if (w != null) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double v = Math.abs(w[j]);
        sum += v;
        columns[j] += v;
      }
      minRow = Math.min(minRow, sum);
      maxRow = Math.max(maxRow, sum);
    }
    double minColumn = Double.POSITIVE_INFINITY;
    double maxColumn = 0;
    for (double c : columns) {
      minColumn = Math.min(minColumn, c);
      maxColumn = Math.max(maxColumn, c);
    }
    return new PerronRoot(Math.max(minRow, minColumn), Math.min(maxRow, maxColumn), 0);
  }

  /**
   * {@code y = (|B| + I) x} on rows {@code [from, to)}, with the smallest and largest {@code y_i / x_i} and the largest
   * {@code y_i} of those rows in {@code out[at .. at + 2]}.
   */
  private static void multiply(LeontiefMatrix m, double[] x, double[] y, int from, int to, double[] out, int at) {
    int n = m.n;
    int[] rp = m.a.rowPointers;
    int[] ci = m.a.columnIndices;
    double[] av = m.a.values;
    double[] u = m.column;
    double[] w = m.row;
    double minRatio = Double.POSITIVE_INFINITY;
    double maxRatio = 0;
    double norm = 0;
    for (int i = from; i < to; i++) {
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
    out[at] = minRatio;
    out[at + 1] = maxRatio;
    out[at + 2] = norm;
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

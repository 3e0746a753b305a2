package org.ripple.core.explain;

import org.ripple.core.impact.LeontiefSystem;

/**
 * The backward and forward linkages of every sector of a model, its key-sector flag and, optionally, its hypothetical
 * extraction (Miller and Blair 2009, sec. 12.1 and 12.2).
 *
 * <ul>
 *   <li>Backward (Rasmussen, normalised): {@code n b_j / sum_j b_j} with {@code b} the column sums of
 *       {@code L = (I - A)^-1}, one transposed solve {@code (I - A)^T b = 1}.
 *   <li>Forward (Ghosh, normalised): {@code n g_i / sum_i g_i} with {@code g} the row sums of {@code G = (I - B)^-1},
 *       {@code B = diag(x)^-1 Z}. Since {@code B = diag(x)^-1 A diag(x)}, {@code (I - B) g = 1} is solved as
 *       {@code (I - A) y = x}, {@code g_i = y_i / x_i}: one solve on the same factorisation. A zero-output sector's
 *       row of B is zero, as its column of A is, so its g is 1.
 *   <li>Key sector: both linkages above 1.
 *   <li>Hypothetical extraction: see {@link Extraction}.
 * </ul>
 */
public final class Linkages {
  private final double[] backward;
  private final double[] forward;
  private final double[] extraction;

  private Linkages(double[] backward, double[] forward, double[] extraction) {
    this.backward = backward;
    this.forward = forward;
    this.extraction = extraction;
  }

  /** The linkages of every sector of a system's model; with {@code extract}, also every sector's extraction. */
  public static Linkages of(LeontiefSystem system, boolean extract) {
    int n = system.size();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[] columnSums = system.solveTypeITransposed(ones);
    double[] x = system.model().outputCopy();
    double[] y = system.solveTypeI(x);
    double[] rowSums = new double[n];
    for (int i = 0; i < n; i++) {
      rowSums[i] = x[i] > 0 ? y[i] / x[i] : 1.0;
    }
    return new Linkages(normalised(columnSums), normalised(rowSums),
        extract ? Extraction.outputLost(system, columnSums) : null);
  }

  /** {@code n v_j / sum v}: 1 for a sector at the average. */
  private static double[] normalised(double[] v) {
    double sum = 0;
    for (double e : v) {
      sum += e;
    }
    double[] out = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = v.length * v[j] / sum;
    }
    return out;
  }

  public int size() {
    return backward.length;
  }

  /** The normalised backward (Rasmussen) linkage of sector j. */
  public double backward(int sector) {
    return backward[sector];
  }

  /** The normalised forward (Ghosh) linkage of sector i. */
  public double forward(int sector) {
    return forward[sector];
  }

  /** Whether both linkages are above 1. */
  public boolean key(int sector) {
    return backward[sector] > 1.0 && forward[sector] > 1.0;
  }

  /** Whether the extraction was computed. */
  public boolean hasExtraction() {
    return extraction != null;
  }

  /** The total output lost when the sector is extracted (see {@link Extraction}). */
  public double outputLost(int sector) {
    if (extraction == null) {
      throw new IllegalStateException("the extraction was not computed");
    }
    return extraction[sector];
  }
}

package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The summary of one headline cell over all draws: the 5th, 50th and 95th percentiles, the mean and the standard
 * deviation. Computed from the sorted values, so it depends on the multiset of draws only, never on the order in
 * which threads or partitions produced them:
 *
 * <ul>
 *   <li>percentiles are nearest-rank order statistics (Hyndman and Fan 1996, definition 1): {@code P_q} is the value
 *       of rank {@code ceil(q N / 100)} in ascending order, always one of the draws;
 *   <li>the mean is the sum of the sorted values divided by N; the standard deviation is the sample standard
 *       deviation {@code sqrt(sum (x - mean)^2 / (N - 1))} (0 for one draw), summed in the same order.
 * </ul>
 *
 * A cell the model cannot give (NaN in every draw) has NaN everywhere: see {@link #available()}.
 */
public record Summary(double p5, double p50, double p95, double mean, double sd) implements Serializable {
  /** The summary of a cell that is not available. */
  public static final Summary UNAVAILABLE = new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  public boolean available() {
    return !Double.isNaN(mean);
  }

  /** Summarises values in any order (they are copied and sorted). */
  public static Summary of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted);
  }

  /** Summarises values already in ascending order ({@link Arrays#sort(double[])} order). */
  public static Summary ofSorted(double[] sorted) {
    int count = sorted.length;
    if (count == 0) {
      throw new IllegalArgumentException("a summary needs at least one draw");
    }
    if (Double.isNaN(sorted[0]) || Double.isNaN(sorted[count - 1])) {
      return UNAVAILABLE;
    }
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    double mean = sum / count;
    double squares = 0;
    for (double v : sorted) {
      double dev = v - mean;
      squares += dev * dev;
    }
    double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
    return new Summary(percentile(sorted, 5), percentile(sorted, 50), percentile(sorted, 95), mean, sd);
  }

  /** The nearest-rank percentile {@code pct} (1 to 100) of sorted values: rank {@code ceil(pct N / 100)}. */
  public static double percentile(double[] sorted, int pct) {
    if (pct < 1 || pct > 100) {
      throw new IllegalArgumentException("percentile must be in [1, 100], was " + pct);
    }
    long rank = ((long) pct * sorted.length + 99) / 100;
    return sorted[(int) Math.max(0, rank - 1)];
  }
}

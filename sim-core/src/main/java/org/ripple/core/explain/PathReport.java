package org.ripple.core.explain;

import java.util.List;

/**
 * The largest paths of a final-demand change, largest first by absolute value, with the total effect they are part
 * of ({@code sum_s d_s m_s}, the measure's total over every path of every length) and what the search did.
 *
 * @param paths the paths found, largest first
 * @param total the measure's total effect of the change (Type I or Type II, as the network)
 * @param expanded how many partial paths the search extended
 * @param complete false when the search stopped at its limit of partial paths before the bound proved the list
 */
public record PathReport(List<StructuralPath> paths, double total, long expanded, boolean complete) {
  public PathReport {
    paths = List.copyOf(paths);
  }

  /** The sum of the listed paths' values. */
  public double listed() {
    double s = 0;
    for (StructuralPath p : paths) {
      s += p.value();
    }
    return s;
  }

  /** The listed paths' share of the total effect (0 when the total is 0). */
  public double coverage() {
    return total == 0 ? 0 : listed() / total;
  }

  /** A path's value over the total effect (0 when the total is 0). */
  public double share(StructuralPath path) {
    return total == 0 ? 0 : path.value() / total;
  }
}

package org.ripple.core.validate;

import org.ripple.core.Model;
import org.ripple.core.linalg.Triplets;

/**
 * Everything the checks need from a model's flows, gathered in one pass over them ({@link Model#forEachFlow}: the CSR
 * arrays of a sparse model, every cell of a dense one): the first flow that is not finite, the negative flows in the
 * order read, and the column and row sums of Z. The sums add the flows in the order of that pass (row by row, columns
 * ascending), as each check summed them on its own before.
 */
final class FlowScan {
  /** Column sums of Z: each sector's purchases from the region. */
  final double[] columnSums;
  /** Row sums of Z: each sector's sales to the region's industries. */
  final double[] rowSums;
  /** The first non-finite flow, or -1 for none. */
  int badFrom = -1;
  int badTo;
  double badValue;
  /** The negative flows, in the order read. */
  final Triplets negatives = new Triplets(16);

  private FlowScan(int n) {
    columnSums = new double[n];
    rowSums = new double[n];
  }

  static FlowScan of(Model model) {
    FlowScan s = new FlowScan(model.size());
    double[] cols = s.columnSums;
    double[] rows = s.rowSums;
    model.forEachFlow((i, j, v) -> {
      cols[j] += v;
      rows[i] += v;
      if (v < 0) {
        s.negative(i, j, v);
      } else if (!(v < Double.POSITIVE_INFINITY) && s.badFrom < 0) {
        s.bad(i, j, v);
      }
    });
    return s;
  }

  private void bad(int i, int j, double v) {
    badFrom = i;
    badTo = j;
    badValue = v;
  }

  private void negative(int i, int j, double v) {
    if (v == Double.NEGATIVE_INFINITY && badFrom < 0) {
      bad(i, j, v);
    }
    negatives.add(i, j, v);
  }
}

package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * Collects the entries of a sparse matrix one at a time, in primitive arrays, into a {@link CsrMatrix}. Entries that
 * arrive in row order (rows ascending, columns strictly ascending within a row, as a file written by row has them)
 * go straight into the CSR arrays: no triplet copy and no sort. At the first entry out of that order the collector
 * turns what it holds into triplets and goes on as {@link CsrMatrix#fromTriplets} does, so any order is accepted.
 *
 * <p>Either way the result, and what is refused, are those of {@link CsrMatrix#fromTriplets} on the same entries in
 * the same order: zeros are dropped, a repeated entry is a {@link CsrMatrix.DuplicateEntryException} naming the same
 * two entries (by their position in the order they were added). An entry equal to the one before it is out of order,
 * so a repeat is always decided by {@code fromTriplets}.
 *
 * <p>The caller grows the arrays ({@link #full}, {@link #grow}) so that it can word what happens when they cannot.
 */
public final class CsrCollector {
  private final int rows;
  private final int cols;
  /** In row order: row pointers so far ({@code pointers[r + 1]} is final for every row below {@link #lastRow}). */
  private int[] pointers;
  /** Out of order: the row of each entry; null while in row order. */
  private int[] rowOf;
  private int[] colOf;
  private double[] values;
  private int count;
  private int lastRow;
  private int lastCol = -1;

  /** A rows x cols matrix, with room for {@code capacity >= 1} entries before growing. */
  public CsrCollector(int rows, int cols, int capacity) {
    if (rows < 0 || cols < 0 || capacity < 1) {
      throw new IllegalArgumentException("bad size " + rows + " x " + cols + " or capacity " + capacity);
    }
    this.rows = rows;
    this.cols = cols;
    this.pointers = new int[rows + 1];
    this.colOf = new int[capacity];
    this.values = new double[capacity];
  }

  /** Whether the next {@link #add} needs a {@link #grow} first. */
  public boolean full() {
    return count == values.length;
  }

  /** How many entries were added (zeros included). */
  public int size() {
    return count;
  }

  /** Whether every entry so far came in row order (the direct path). */
  public boolean inRowOrder() {
    return rowOf == null;
  }

  /** Room for {@code capacity > size()} entries; may throw {@link OutOfMemoryError}, leaving the collector as it was. */
  public void grow(int capacity) {
    if (capacity <= count) {
      throw new IllegalArgumentException("capacity " + capacity + " is not above " + count);
    }
    int[] c = Arrays.copyOf(colOf, capacity);
    double[] v = Arrays.copyOf(values, capacity);
    int[] r = rowOf == null ? null : Arrays.copyOf(rowOf, capacity);
    colOf = c;
    values = v;
    rowOf = r;
  }

  /** Adds entry (row, col); {@link #full} must be false. Checks of range and value are {@link #toCsr}'s. */
  public void add(int row, int col, double value) {
    if (rowOf == null) {
      if (row > lastRow || (row == lastRow && col > lastCol)) {
        if (row >= rows || col < 0) {
          toTriplets(); // out of range: fromTriplets names it
        } else {
          for (int r = lastRow; r < row; r++) {
            pointers[r + 1] = count;
          }
          lastRow = row;
          lastCol = col;
          colOf[count] = col;
          values[count] = value;
          count++;
          return;
        }
      } else {
        toTriplets();
      }
    }
    rowOf[count] = row;
    colOf[count] = col;
    values[count] = value;
    count++;
  }

  /** Leaves the row order: the entries so far as triplets (their rows from the pointers). */
  private void toTriplets() {
    int[] r = new int[values.length];
    for (int i = 0; i < lastRow; i++) {
      Arrays.fill(r, pointers[i], pointers[i + 1], i);
    }
    Arrays.fill(r, pointers[lastRow], count, lastRow);
    rowOf = r;
    pointers = null;
  }

  /**
   * The matrix: what {@link CsrMatrix#fromTriplets} gives for the same entries (and the same refusals). The collector
   * must not be used afterwards.
   */
  public CsrMatrix toCsr() {
    if (rowOf != null) {
      return CsrMatrix.fromTriplets(rows, cols, rowOf, colOf, values, count);
    }
    for (int k = 0; k < count; k++) {
      if (colOf[k] >= cols || !Double.isFinite(values[k])) {
        // the same refusal, worded by fromTriplets
        toTriplets();
        return CsrMatrix.fromTriplets(rows, cols, rowOf, colOf, values, count);
      }
    }
    for (int r = lastRow; r < rows; r++) {
      pointers[r + 1] = count;
    }
    // drop the zeros in place (rare in a model file), then trim the arrays to the entries
    int kept = 0;
    int start = 0;
    for (int r = 0; r < rows; r++) {
      int end = pointers[r + 1];
      for (int k = start; k < end; k++) {
        if (values[k] != 0.0) {
          colOf[kept] = colOf[k];
          values[kept] = values[k];
          kept++;
        }
      }
      start = end;
      pointers[r + 1] = kept;
    }
    int[] c = kept == colOf.length ? colOf : Arrays.copyOf(colOf, kept);
    double[] v = kept == values.length ? values : Arrays.copyOf(values, kept);
    colOf = null;
    values = null;
    return CsrMatrix.ofArrays(rows, cols, pointers, c, v);
  }
}

package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * A growable list of (row, column, value) triplets in primitive arrays, turned into a {@link CsrMatrix} by
 * {@link CsrMatrix#fromTriplets} (which drops zeros and refuses a repeated entry). For building sparse matrices whose
 * non-zeros are not produced row by row (blocks, file lines) without a dense array or a boxed map.
 */
public final class Triplets {
  private int[] rows;
  private int[] cols;
  private double[] values;
  private int count;

  public Triplets() {
    this(1024);
  }

  /** With room for {@code capacity} triplets before growing. */
  public Triplets(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    rows = new int[capacity];
    cols = new int[capacity];
    values = new double[capacity];
  }

  /** Appends one triplet. */
  public void add(int row, int col, double value) {
    if (count == values.length) {
      grow(Math.addExact(count, Math.max(1024, count >> 1)));
    }
    rows[count] = row;
    cols[count] = col;
    values[count] = value;
    count++;
  }

  /** Appends the non-zeros of a k x k row-major {@code block} at rows {@code row0 + i}, columns {@code col0 + j}. */
  public void addBlock(double[] block, int k, int row0, int col0) {
    if (block.length != k * k) {
      throw new IllegalArgumentException("block has " + block.length + " values, expected " + k + " x " + k);
    }
    for (int i = 0; i < k; i++) {
      int base = i * k;
      for (int j = 0; j < k; j++) {
        double v = block[base + j];
        if (v != 0.0) {
          add(row0 + i, col0 + j, v);
        }
      }
    }
  }

  /** The row of triplet {@code k} (in the order added). */
  public int row(int k) {
    return rows[k];
  }

  /** The column of triplet {@code k}. */
  public int col(int k) {
    return cols[k];
  }

  /** The value of triplet {@code k}. */
  public double value(int k) {
    return values[k];
  }

  /** How many triplets were added (zeros included). */
  public int size() {
    return count;
  }

  /** The rows x cols matrix of the triplets; see {@link CsrMatrix#fromTriplets} for what it refuses. */
  public CsrMatrix toCsr(int rows, int cols) {
    return CsrMatrix.fromTriplets(rows, cols, this.rows, this.cols, values, count);
  }

  /** Room for {@code capacity} triplets, the ones held kept. */
  private void grow(int capacity) {
    rows = Arrays.copyOf(rows, capacity);
    cols = Arrays.copyOf(cols, capacity);
    values = Arrays.copyOf(values, capacity);
  }
}

package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * A dense real matrix: its number of rows and columns and its entries in one row-major array (entry (i, j) at
 * {@code i * cols + j}). It checks its shape when built (positive sizes, an array of exactly rows x cols entries) and
 * every index it is given; the kernels of this package read the array directly.
 */
public final class DenseMatrix {
  private final int rows;
  private final int cols;
  final double[] values;

  private DenseMatrix(int rows, int cols, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.values = values;
  }

  /** A matrix over a row-major array, not copied: for the kernels of this package, which work in place. */
  static DenseMatrix wrap(int rows, int cols, double[] rowMajor) {
    checkShape(rows, cols);
    if (rowMajor.length != (long) rows * cols) {
      throw new IllegalArgumentException("expected a " + rows + " x " + cols + " row-major array, got length "
          + rowMajor.length);
    }
    return new DenseMatrix(rows, cols, rowMajor);
  }

  /** A rows x cols matrix of zeros. */
  public static DenseMatrix zeros(int rows, int cols) {
    checkShape(rows, cols);
    return new DenseMatrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
  }

  /** A matrix holding a copy of a row-major array of rows x cols entries. */
  public static DenseMatrix of(int rows, int cols, double[] rowMajor) {
    checkShape(rows, cols);
    if (rowMajor.length != (long) rows * cols) {
      throw new IllegalArgumentException("expected a " + rows + " x " + cols + " row-major array, got length "
          + rowMajor.length);
    }
    return new DenseMatrix(rows, cols, rowMajor.clone());
  }

  /** A square n x n matrix holding a copy of a row-major array. */
  public static DenseMatrix square(int n, double[] rowMajor) {
    return of(n, n, rowMajor);
  }

  /** A matrix holding a copy of rows given as arrays of equal length. */
  public static DenseMatrix of(double[][] rowsOfEntries) {
    int r = rowsOfEntries.length;
    int c = r == 0 ? 0 : rowsOfEntries[0].length;
    checkShape(r, c);
    double[] v = new double[Math.multiplyExact(r, c)];
    for (int i = 0; i < r; i++) {
      if (rowsOfEntries[i].length != c) {
        throw new IllegalArgumentException("row " + i + " has " + rowsOfEntries[i].length + " entries, expected " + c);
      }
      System.arraycopy(rowsOfEntries[i], 0, v, i * c, c);
    }
    return new DenseMatrix(r, c, v);
  }

  /** The n x n identity. */
  public static DenseMatrix identity(int n) {
    DenseMatrix m = zeros(n, n);
    for (int i = 0; i < n; i++) {
      m.values[i * n + i] = 1.0;
    }
    return m;
  }

  private static void checkShape(int rows, int cols) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows + " x " + cols);
    }
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public boolean isSquare() {
    return rows == cols;
  }

  /** Entry (i, j). */
  public double get(int i, int j) {
    return values[index(i, j)];
  }

  /** Sets entry (i, j). */
  public void set(int i, int j, double value) {
    values[index(i, j)] = value;
  }

  /** Adds to entry (i, j). */
  public void add(int i, int j, double value) {
    values[index(i, j)] += value;
  }

  private int index(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside a " + rows + " x " + cols + " matrix");
    }
    return i * cols + j;
  }

  /** Row i as a new array. */
  public double[] row(int i) {
    index(i, 0);
    return Arrays.copyOfRange(values, i * cols, (i + 1) * cols);
  }

  /** The sum of each column, summed from the first row down. */
  public double[] columnSums() {
    double[] s = new double[cols];
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        s[j] += values[row + j];
      }
    }
    return s;
  }

  /** {@code I - this} for a square matrix: every entry negated, then one added on the diagonal. */
  public DenseMatrix identityMinus() {
    requireSquare();
    double[] m = new double[values.length];
    for (int k = 0; k < m.length; k++) {
      m[k] = -values[k];
    }
    for (int i = 0; i < rows; i++) {
      m[i * cols + i] += 1.0;
    }
    return new DenseMatrix(rows, cols, m);
  }

  /** {@code this x}, each entry summed over the row from left to right. */
  public double[] multiply(double[] x) {
    if (x.length != cols) {
      throw new IllegalArgumentException("vector has " + x.length + " entries, the matrix has " + cols + " columns");
    }
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      double s = 0;
      for (int j = 0; j < cols; j++) {
        s += values[row + j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  /** {@code this other}: the matrix product, each entry summed over k ascending. */
  public DenseMatrix multiply(DenseMatrix other) {
    if (other.rows != cols) {
      throw new IllegalArgumentException("cannot multiply a " + rows + " x " + cols + " matrix by a " + other.rows
          + " x " + other.cols + " matrix");
    }
    DenseMatrix out = zeros(rows, other.cols);
    int w = other.cols;
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < cols; k++) {
        double a = values[i * cols + k];
        if (a != 0.0) {
          int o = k * w;
          int r = i * w;
          for (int j = 0; j < w; j++) {
            out.values[r + j] += a * other.values[o + j];
          }
        }
      }
    }
    return out;
  }

  /** The entry-wise absolute value. */
  public DenseMatrix absolute() {
    double[] m = new double[values.length];
    for (int k = 0; k < m.length; k++) {
      m[k] = Math.abs(values[k]);
    }
    return new DenseMatrix(rows, cols, m);
  }

  /** Whether no entry is negative. */
  public boolean nonNegative() {
    for (double v : values) {
      if (v < 0) {
        return false;
      }
    }
    return true;
  }

  /** How many entries are not zero. */
  public long nonZeros() {
    long nz = 0;
    for (double v : values) {
      if (v != 0.0) {
        nz++;
      }
    }
    return nz;
  }

  /** The first non-finite entry's position in row-major order, or -1 when every entry is finite. */
  public int firstNonFinite() {
    for (int k = 0; k < values.length; k++) {
      if (!Double.isFinite(values[k])) {
        return k;
      }
    }
    return -1;
  }

  /** The largest absolute entry. */
  public double maxAbs() {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  public DenseMatrix copy() {
    return new DenseMatrix(rows, cols, values.clone());
  }

  /** The entries as a new row-major array. */
  public double[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DenseMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DenseMatrix[" + rows + " x " + cols + "]";
  }

  private void requireSquare() {
    if (rows != cols) {
      throw new IllegalArgumentException("the matrix must be square, is " + rows + " x " + cols);
    }
  }
}

package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * An immutable sparse matrix in compressed sparse row (CSR) form.
 *
 * <p>Storage: {@code rowPointers.length == rows + 1}, {@code rowPointers[0] == 0} and
 * {@code rowPointers[rows] == nonZeros()}; the entries of row i sit at positions {@code rowPointers[i]} to
 * {@code rowPointers[i + 1] - 1} of {@code columnIndices} and {@code values}, with column indices strictly increasing
 * within a row (so there are no duplicates). Explicit zeros are allowed but never created by this class. The arrays
 * are package-private so that the kernels of this package read them directly; nothing outside sees them.
 */
public final class CsrMatrix {
  final int rows;
  final int cols;
  final int[] rowPointers;
  final int[] columnIndices;
  final double[] values;

  private CsrMatrix(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.rowPointers = rowPointers;
    this.columnIndices = columnIndices;
    this.values = values;
  }

  /** A matrix over arrays already in CSR form (see the class comment); they are taken, not copied. */
  static CsrMatrix ofArrays(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
    return new CsrMatrix(rows, cols, rowPointers, columnIndices, values);
  }

  /** Thrown by {@link #fromTriplets} when two triplets name the same entry. */
  public static final class DuplicateEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int first;
    private final int second;

    DuplicateEntryException(int first, int second, int row, int col) {
      super("entry (" + row + ", " + col + ") is given twice (triplets " + first + " and " + second + ")");
      this.first = first;
      this.second = second;
    }

    /** Position of the earlier triplet in the input arrays. */
    public int first() {
      return first;
    }

    /** Position of the later triplet in the input arrays. */
    public int second() {
      return second;
    }
  }

  /**
   * Builds a matrix from the first {@code count} triplets {@code (row[k], col[k], value[k])}, which may come in any
   * order. Zero values are dropped. A repeated (row, col) pair is a {@link DuplicateEntryException} naming both
   * triplets. O(nonZeros + rows + cols): two stable counting sorts (by column, then by row), no comparison sort.
   */
  public static CsrMatrix fromTriplets(int rows, int cols, int[] row, int[] col, double[] value, int count) {
    if (rows < 0 || cols < 0 || count < 0 || count > row.length || count > col.length || count > value.length) {
      throw new IllegalArgumentException("bad triplet arrays for a " + rows + " x " + cols + " matrix");
    }
    for (int k = 0; k < count; k++) {
      if (row[k] < 0 || row[k] >= rows || col[k] < 0 || col[k] >= cols) {
        throw new IllegalArgumentException("triplet " + k + " (" + row[k] + ", " + col[k] + ") is outside a "
            + rows + " x " + cols + " matrix");
      }
      if (!Double.isFinite(value[k])) {
        throw new IllegalArgumentException("triplet " + k + " has a non-finite value: " + value[k]);
      }
    }
    // pass 1: order by column (stable)
    int[] colStart = new int[cols + 1];
    for (int k = 0; k < count; k++) {
      colStart[col[k] + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      colStart[j + 1] += colStart[j];
    }
    int[] byCol = new int[count];
    int[] next = Arrays.copyOf(colStart, cols);
    for (int k = 0; k < count; k++) {
      byCol[next[col[k]]++] = k;
    }
    // pass 2: stable by row, so columns ascend within each row
    int[] rowStart = new int[rows + 1];
    for (int k = 0; k < count; k++) {
      rowStart[row[k] + 1]++;
    }
    for (int i = 0; i < rows; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    int[] order = new int[count];
    next = Arrays.copyOf(rowStart, rows);
    for (int t = 0; t < count; t++) {
      int k = byCol[t];
      order[next[row[k]]++] = k;
    }
    byCol = null;
    int[] pointers = new int[rows + 1];
    int nz = 0;
    for (int i = 0; i < rows; i++) {
      int last = -1;
      int lastK = -1;
      for (int t = rowStart[i]; t < rowStart[i + 1]; t++) {
        int k = order[t];
        if (col[k] == last) {
          throw new DuplicateEntryException(Math.min(lastK, k), Math.max(lastK, k), i, last);
        }
        last = col[k];
        lastK = k;
        if (value[k] != 0.0) {
          nz++;
        }
      }
      pointers[i + 1] = nz;
    }
    int[] ci = new int[nz];
    double[] v = new double[nz];
    int p = 0;
    for (int t = 0; t < count; t++) {
      int k = order[t];
      if (value[k] != 0.0) {
        ci[p] = col[k];
        v[p] = value[k];
        p++;
      }
    }
    return new CsrMatrix(rows, cols, pointers, ci, v);
  }

  /** The non-zeros of a dense matrix. */
  public static CsrMatrix fromDense(DenseMatrix m) {
    return fromDense(m.values, m.rows(), m.cols());
  }

  /** The non-zeros of a row-major dense array. */
  public static CsrMatrix fromDense(double[] a, int rows, int cols) {
    if (a.length != (long) rows * cols) {
      throw new IllegalArgumentException("expected " + rows + " x " + cols + " values, got " + a.length);
    }
    int nz = 0;
    for (double x : a) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("matrix has a non-finite entry: " + x);
      }
      if (x != 0.0) {
        nz++;
      }
    }
    int[] pointers = new int[rows + 1];
    int[] ci = new int[nz];
    double[] v = new double[nz];
    int p = 0;
    for (int i = 0; i < rows; i++) {
      int base = i * cols;
      for (int j = 0; j < cols; j++) {
        double x = a[base + j];
        if (x != 0.0) {
          ci[p] = j;
          v[p] = x;
          p++;
        }
      }
      pointers[i + 1] = p;
    }
    return new CsrMatrix(rows, cols, pointers, ci, v);
  }

  /**
   * A matrix from its CSR arrays (copied): {@code rowPointers.length == rows + 1}, non-decreasing from 0 to the
   * number of entries; column indices in range and strictly increasing within each row; values finite.
   */
  public static CsrMatrix of(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
    if (rows < 0 || cols < 0 || rowPointers.length != rows + 1 || rowPointers[0] != 0
        || rowPointers[rows] != columnIndices.length || columnIndices.length != values.length) {
      throw new IllegalArgumentException("inconsistent CSR arrays for a " + rows + " x " + cols + " matrix");
    }
    for (int i = 0; i < rows; i++) {
      if (rowPointers[i + 1] < rowPointers[i]) {
        throw new IllegalArgumentException("row pointers decrease at row " + i);
      }
      for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
        int j = columnIndices[p];
        if (j < 0 || j >= cols || (p > rowPointers[i] && j <= columnIndices[p - 1])) {
          throw new IllegalArgumentException("column index " + j + " of row " + i
              + " is out of range or not strictly increasing");
        }
        if (!Double.isFinite(values[p])) {
          throw new IllegalArgumentException("entry (" + i + ", " + j + ") is not finite: " + values[p]);
        }
      }
    }
    return new CsrMatrix(rows, cols, rowPointers.clone(), columnIndices.clone(), values.clone());
  }

  /** The pattern of m with other values (same length), for kernels of this package. */
  static CsrMatrix withValues(CsrMatrix m, double[] values) {
    return new CsrMatrix(m.rows, m.cols, m.rowPointers, m.columnIndices, values);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int nonZeros() {
    return rowPointers[rows];
  }

  /** Entry (i, j), zero when not stored; O(log of the row's length). */
  public double get(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside a " + rows + " x " + cols + " matrix");
    }
    int p = Arrays.binarySearch(columnIndices, rowPointers[i], rowPointers[i + 1], j);
    return p >= 0 ? values[p] : 0.0;
  }

  /** The same matrix with column j multiplied by {@code scale[j]} (e.g. {@code A = Z diag(x)^-1}). */
  public CsrMatrix scaleColumns(double[] scale) {
    if (scale.length != cols) {
      throw new IllegalArgumentException("scale has " + scale.length + " entries, expected " + cols);
    }
    double[] v = new double[values.length];
    for (int p = 0; p < v.length; p++) {
      v[p] = values[p] * scale[columnIndices[p]];
    }
    return new CsrMatrix(rows, cols, rowPointers, columnIndices, v);
  }

  /** The transpose, in CSR (that is, this matrix in compressed sparse column form). O(nonZeros + cols). */
  public CsrMatrix transpose() {
    int nz = nonZeros();
    int[] pointers = new int[cols + 1];
    for (int p = 0; p < nz; p++) {
      pointers[columnIndices[p] + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      pointers[j + 1] += pointers[j];
    }
    int[] next = Arrays.copyOf(pointers, cols);
    int[] ci = new int[nz];
    double[] v = new double[nz];
    for (int i = 0; i < rows; i++) {
      for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
        int q = next[columnIndices[p]]++;
        ci[q] = i;
        v[q] = values[p];
      }
    }
    return new CsrMatrix(cols, rows, pointers, ci, v);
  }

  /** Writes the column indices of row i's stored entries (ascending) into {@code out}; returns how many. */
  public int rowPattern(int i, int[] out) {
    int from = rowPointers[i];
    int k = rowPointers[i + 1] - from;
    System.arraycopy(columnIndices, from, out, 0, k);
    return k;
  }

  /** Writes the values of row i's stored entries (in {@link #rowPattern}'s order) into {@code out}; returns how many. */
  public int rowValues(int i, double[] out) {
    int from = rowPointers[i];
    int k = rowPointers[i + 1] - from;
    System.arraycopy(values, from, out, 0, k);
    return k;
  }

  /** Column sums. */
  public double[] columnSums() {
    double[] s = new double[cols];
    for (int p = 0; p < nonZeros(); p++) {
      s[columnIndices[p]] += values[p];
    }
    return s;
  }

  /** {@code y = A x}. */
  public double[] multiply(double[] x) {
    if (x.length != cols) {
      throw new IllegalArgumentException("vector has " + x.length + " entries, expected " + cols);
    }
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
        s += values[p] * x[columnIndices[p]];
      }
      y[i] = s;
    }
    return y;
  }

  /** A row-major dense copy; allocates rows x cols doubles, so only for small matrices. */
  public double[] toDense() {
    double[] a = new double[Math.multiplyExact(rows, cols)];
    for (int i = 0; i < rows; i++) {
      for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
        a[i * cols + columnIndices[p]] = values[p];
      }
    }
    return a;
  }

  /** Bytes held by the arrays of a matrix with this many rows and non-zeros (for memory preflight). */
  public static long bytes(long rows, long nonZeros) {
    return 4 * (rows + 1) + 12 * nonZeros;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsrMatrix m && rows == m.rows && cols == m.cols
        && Arrays.equals(rowPointers, m.rowPointers) && Arrays.equals(columnIndices, m.columnIndices)
        && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "CsrMatrix[" + rows + " x " + cols + ", " + nonZeros() + " non-zeros]";
  }
}

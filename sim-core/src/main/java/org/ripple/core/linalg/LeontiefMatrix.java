package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * The matrix {@code I - B} of a Leontief system, held through B without ever forming I - B densely:
 *
 * <ul>
 *   <li>Type I: {@code B = A} (n x n, CSR);
 *   <li>Type II (Miller and Blair 2009, sec. 6.1): the bordered {@code (n+1) x (n+1)} matrix
 *       {@code B = [[A, u], [v^T, 0]]} with u the household consumption coefficients (a column) and v the labour
 *       income coefficients (a row). A is shared, not copied.
 * </ul>
 *
 * The transpose {@code I - B^T} has the same shape, {@code [[A^T, v], [u^T, 0]]}; it is built on first use (one
 * O(nonZeros) transpose of A) and kept. Row blocks for the two-thread kernels are balanced by non-zeros.
 */
public final class LeontiefMatrix {
  final CsrMatrix a;
  final double[] column;
  final double[] row;
  final int n;
  final int size;
  private LeontiefMatrix transposed;

  private LeontiefMatrix(CsrMatrix a, double[] column, double[] row) {
    this.a = a;
    this.column = column;
    this.row = row;
    this.n = a.rows;
    this.size = column == null ? n : n + 1;
  }

  /** {@code I - A} for a square CSR matrix A. */
  public static LeontiefMatrix of(CsrMatrix a) {
    if (a.rows != a.cols) {
      throw new IllegalArgumentException("A must be square, is " + a.rows + " x " + a.cols);
    }
    return new LeontiefMatrix(a, null, null);
  }

  /** {@code I - [[A, column], [row^T, 0]]}: the household-closed (Type II) system. */
  public static LeontiefMatrix bordered(CsrMatrix a, double[] column, double[] row) {
    if (a.rows != a.cols) {
      throw new IllegalArgumentException("A must be square, is " + a.rows + " x " + a.cols);
    }
    if (column.length != a.rows || row.length != a.rows) {
      throw new IllegalArgumentException("border vectors must have " + a.rows + " entries");
    }
    for (int i = 0; i < a.rows; i++) {
      if (!Double.isFinite(column[i]) || !Double.isFinite(row[i])) {
        throw new IllegalArgumentException("border vectors must be finite (entry " + i + ")");
      }
    }
    return new LeontiefMatrix(a, column.clone(), row.clone());
  }

  /** The order of the system: n, or n + 1 when bordered. */
  public int size() {
    return size;
  }

  /** Whether this is the bordered (household-closed) system. */
  public boolean isBordered() {
    return column != null;
  }

  /** Stored non-zeros of B. */
  public long nonZeros() {
    return a.nonZeros() + (column == null ? 0 : 2L * n);
  }

  /** {@code I - B^T}, built once. */
  public synchronized LeontiefMatrix transposed() {
    if (transposed == null) {
      transposed = new LeontiefMatrix(a.transpose(), row, column);
      transposed.transposed = this;
    }
    return transposed;
  }

  /** {@code I - |B|}: the same pattern with absolute values (for the productivity check). */
  public LeontiefMatrix absolute() {
    double[] v = new double[a.values.length];
    for (int p = 0; p < v.length; p++) {
      v[p] = Math.abs(a.values[p]);
    }
    CsrMatrix abs = CsrMatrix.withValues(a, v);
    if (column == null) {
      return new LeontiefMatrix(abs, null, null);
    }
    double[] c = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = Math.abs(column[i]);
      r[i] = Math.abs(row[i]);
    }
    return new LeontiefMatrix(abs, c, r);
  }

  /** Entry (i, j) of B. */
  public double b(int i, int j) {
    if (i < n && j < n) {
      return a.get(i, j);
    }
    if (column == null || i > n || j > n) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside a " + size + " x " + size + " matrix");
    }
    if (i == n && j == n) {
      return 0.0;
    }
    return i == n ? row[j] : column[i];
  }

  /** B as a dense matrix of size x size; only for small systems (the dense LU path). */
  public DenseMatrix dense() {
    DenseMatrix out = DenseMatrix.zeros(size, size);
    for (int i = 0; i < n; i++) {
      for (int p = a.rowPointers[i]; p < a.rowPointers[i + 1]; p++) {
        out.set(i, a.columnIndices[p], a.values[p]);
      }
      if (column != null) {
        out.set(i, n, column[i]);
      }
    }
    if (column != null) {
      for (int j = 0; j < n; j++) {
        out.set(n, j, row[j]);
      }
    }
    return out;
  }

  /** {@code I - B} as a dense matrix; only for small systems (the dense LU path). */
  public DenseMatrix denseIdentityMinus() {
    return dense().identityMinus();
  }

  /** Whether no entry of B is negative. */
  public boolean nonNegative() {
    for (double v : a.values) {
      if (v < 0) {
        return false;
      }
    }
    if (column != null) {
      for (int i = 0; i < n; i++) {
        if (column[i] < 0 || row[i] < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code y = B x}. */
  public double[] multiplyB(double[] x) {
    if (x.length != size) {
      throw new IllegalArgumentException("vector has " + x.length + " entries, expected " + size);
    }
    double[] y = new double[size];
    double[] zero = new double[size];
    SparseKernels.step(this, zero, x, y, 0, size, new double[1], new int[1]);
    return y;
  }

  /** Row boundaries of {@code blocks} blocks with about equal non-zeros; the border row goes to the last block. */
  int[] splits(int blocks) {
    int[] s = new int[blocks + 1];
    long nz = a.nonZeros();
    for (int t = 1; t < blocks; t++) {
      long target = nz * t / blocks;
      int r = Arrays.binarySearch(a.rowPointers, 0, n + 1, (int) target);
      s[t] = Math.max(s[t - 1], Math.min(n, r >= 0 ? r : -r - 1));
    }
    s[blocks] = size;
    return s;
  }
}

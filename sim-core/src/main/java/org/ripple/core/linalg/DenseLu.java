package org.ripple.core.linalg;

/**
 * An LU factorisation with partial pivoting of a dense square matrix, computed once and reused for any number of
 * solves with {@code A} or {@code A^T}. Never forms the inverse. Refuses a matrix with a non-finite entry and, as
 * singular, one with a pivot negligible against its largest entry.
 */
public final class DenseLu {
  /** Pivots smaller than this, relative to the largest entry of the matrix, count as zero. */
  private static final double RELATIVE_PIVOT_TOLERANCE = 1e-13;

  private final DenseMatrix lu;
  private final int[] perm;

  private DenseLu(DenseMatrix lu, int[] perm) {
    this.lu = lu;
    this.perm = perm;
  }

  /**
   * Factors a copy of a square matrix.
   *
   * @throws SingularMatrixException when a pivot is negligible
   */
  public static DenseLu factor(DenseMatrix a) {
    if (!a.isSquare()) {
      throw new IllegalArgumentException("expected a square matrix, got " + a.rows() + " x " + a.cols());
    }
    int bad = a.firstNonFinite();
    if (bad >= 0) {
      throw new IllegalArgumentException("matrix has a non-finite entry: " + a.values[bad]);
    }
    double scale = a.maxAbs();
    DenseMatrix work = a.copy();
    int[] perm = new int[a.rows()];
    int singular = LuKernels.factor(work, perm, RELATIVE_PIVOT_TOLERANCE * Math.max(scale, Double.MIN_NORMAL));
    if (singular >= 0) {
      throw new SingularMatrixException(singular, "matrix is singular (negligible pivot in column " + singular + ")");
    }
    return new DenseLu(work, perm);
  }

  public int size() {
    return perm.length;
  }

  /** Returns x with {@code A x = b}. */
  public double[] solve(double[] b) {
    checkLength(b);
    double[] out = new double[perm.length];
    LuKernels.solve(lu, perm, b, out);
    return out;
  }

  /** Returns x with {@code A^T x = b}. */
  public double[] solveTransposed(double[] b) {
    checkLength(b);
    double[] out = new double[perm.length];
    LuKernels.solveTransposed(lu, perm, b, new double[perm.length], out);
    return out;
  }

  /**
   * The diagonal of the inverse, {@code (A^-1)_kk} for every k, from the two triangular inverses of the factors
   * ({@link InverseDiagonal}): about {@code 2 n^3 / 3} flops on both cores, the inverse itself never formed.
   */
  public double[] inverseDiagonal() {
    return InverseDiagonal.of(lu, perm);
  }

  private void checkLength(double[] b) {
    if (b.length != perm.length) {
      throw new IllegalArgumentException("right-hand side has " + b.length + " entries, expected " + perm.length);
    }
  }
}

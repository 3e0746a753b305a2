package org.ripple.core.linalg;

/**
 * An LU factorisation with partial pivoting of a dense square matrix, computed once and reused for any number of
 * solves with {@code A} or {@code A^T}. Never forms the inverse.
 */
public final class DenseLu {
  /** Pivots smaller than this, relative to the largest entry of the matrix, count as zero. */
  private static final double RELATIVE_PIVOT_TOLERANCE = 1e-13;

  private final int n;
  private final double[] lu;
  private final int[] perm;

  private DenseLu(int n, double[] lu, int[] perm) {
    this.n = n;
    this.lu = lu;
    this.perm = perm;
  }

  /**
   * Factors a copy of the row-major n x n matrix {@code a}.
   *
   * @throws SingularMatrixException when a pivot is negligible
   */
  public static DenseLu factor(double[] a, int n) {
    if (n <= 0 || a.length != (long) n * n) {
      throw new IllegalArgumentException("expected a " + n + " x " + n + " row-major array, got length " + a.length);
    }
    double scale = 0;
    for (double v : a) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("matrix has a non-finite entry: " + v);
      }
      scale = Math.max(scale, Math.abs(v));
    }
    double[] work = a.clone();
    int[] perm = new int[n];
    int bad = LuKernels.factor(work, n, perm, RELATIVE_PIVOT_TOLERANCE * Math.max(scale, Double.MIN_NORMAL));
    if (bad >= 0) {
      throw new SingularMatrixException(bad, "matrix is singular (negligible pivot in column " + bad + ")");
    }
    return new DenseLu(n, work, perm);
  }

  public int size() {
    return n;
  }

  /** Returns x with {@code A x = b}. */
  public double[] solve(double[] b) {
    checkLength(b);
    double[] out = new double[n];
    LuKernels.solve(lu, n, perm, b, out);
    return out;
  }

  /** Returns x with {@code A^T x = b}. */
  public double[] solveTransposed(double[] b) {
    checkLength(b);
    double[] out = new double[n];
    LuKernels.solveTransposed(lu, n, perm, b, new double[n], out);
    return out;
  }

  /** This factorisation as a {@link LinearSolver} ({@link SolverKind#DENSE_LU}) of the matrix it factored. */
  public LinearSolver asSolver() {
    return DenseLuSolver.of(this);
  }

  private void checkLength(double[] b) {
    if (b.length != n) {
      throw new IllegalArgumentException("right-hand side has " + b.length + " entries, expected " + n);
    }
  }
}

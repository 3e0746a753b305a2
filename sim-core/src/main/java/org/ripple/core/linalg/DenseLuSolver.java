package org.ripple.core.linalg;

/** {@link SolverKind#DENSE_LU}: one partial-pivoting LU of the dense {@code I - B}, reused for every solve. */
final class DenseLuSolver implements LinearSolver {
  private final DenseLu lu;

  private DenseLuSolver(DenseLu lu) {
    this.lu = lu;
  }

  static LinearSolver of(LeontiefMatrix m, SolverOptions options) {
    return new DenseLuSolver(DenseLu.factor(m.denseIdentityMinus()));
  }

  @Override
  public SolverKind kind() {
    return SolverKind.DENSE_LU;
  }

  @Override
  public int size() {
    return lu.size();
  }

  @Override
  public SolveReport solve(double[] b, double[] x, boolean transposed) {
    double[] r = transposed ? lu.solveTransposed(b) : lu.solve(b);
    System.arraycopy(r, 0, x, 0, r.length);
    return SolveReport.DIRECT;
  }

  @Override
  public double[] inverseDiagonal() {
    return lu.inverseDiagonal();
  }

  @Override
  public SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed) {
    int n = lu.size();
    IterativeSolver.checkBlock(b, x, n, k);
    double[] col = new double[n];
    for (int r = 0; r < k; r++) {
      for (int i = 0; i < n; i++) {
        col[i] = b[i * k + r];
      }
      double[] s = transposed ? lu.solveTransposed(col) : lu.solve(col);
      for (int i = 0; i < n; i++) {
        x[i * k + r] = s[i];
      }
    }
    return SolveReport.DIRECT;
  }
}

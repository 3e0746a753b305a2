package org.ripple.core.linalg;

/**
 * {@link SolverKind#GAUSS_SEIDEL}: forward Gauss-Seidel sweeps on {@code (I - B) x = b} (Golub and Van Loan,
 * Matrix Computations, 4th ed., sec. 11.2). {@code I - B} of a productive model is a non-singular M-matrix, for which
 * Gauss-Seidel converges at least as fast as the Neumann series (Stein-Rosenberg theorem; Varga, Matrix Iterative
 * Analysis, 2000, thm. 3.10). A sweep is sequential, so one right-hand side uses one thread; blocks run their
 * right-hand sides on separate threads. When a sweep changes x by at most the tolerance, the true residual is
 * computed (one mat-vec) and must meet it too.
 */
final class GaussSeidelSolver extends IterativeSolver {
  GaussSeidelSolver(LeontiefMatrix matrix, SolverOptions options) {
    super(matrix, options);
  }

  @Override
  public SolverKind kind() {
    return SolverKind.GAUSS_SEIDEL;
  }

  @Override
  SolveReport iterate(LeontiefMatrix m, double[] b, double[] x, double bnorm, int threads) {
    int size = m.size();
    System.arraycopy(b, 0, x, 0, size);
    double[] scratch = new double[size];
    int[] where = new int[1];
    double tol = options.tolerance();
    int rowThreads = rowThreads(m, threads);
    double relative = Double.NaN;
    for (int it = 1; it <= options.maxIterations(); it++) {
      double change = SparseKernels.gaussSeidelSweep(m, b, x);
      if (change < 0) {
        int row = (int) (-change) - 1;
        throw new NotConvergedException("the gauss-seidel solve cannot proceed: the diagonal of I - B is not "
            + "positive in row " + row, row, it, Double.NaN);
      }
      if (!Double.isFinite(change)) {
        relative = residual(m, b, x, scratch, where, rowThreads) / bnorm;
        throw notConverged(it, relative, where[0]);
      }
      if (change <= tol * bnorm) {
        relative = residual(m, b, x, scratch, where, rowThreads) / bnorm;
        if (relative <= tol) {
          return new SolveReport(it, relative);
        }
      }
    }
    relative = residual(m, b, x, scratch, where, rowThreads) / bnorm;
    throw notConverged(options.maxIterations(), relative, where[0]);
  }
}

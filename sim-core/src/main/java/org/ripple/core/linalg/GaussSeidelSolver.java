package org.ripple.core.linalg;

/**
 * {@link SolverKind#GAUSS_SEIDEL}: forward Gauss-Seidel sweeps on {@code (I - B) x = b} (Golub and Van Loan,
 * Matrix Computations, 4th ed., sec. 11.2). {@code I - B} of a productive model is a non-singular M-matrix, for which
 * Gauss-Seidel converges at least as fast as the Neumann series (Stein-Rosenberg theorem; Varga, Matrix Iterative
 * Analysis, 2000, thm. 3.10). A sweep is sequential, so one right-hand side uses one thread; blocks run their
 * right-hand sides on separate threads. When a sweep changes x by at most the tolerance, the true residual is
 * computed (one mat-vec) and must meet it too. A block of k right-hand sides is swept together, one pass over A
 * updating all k iterates; with several threads the block is split into as many groups of right-hand sides.
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
  public SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed) {
    int n = size();
    checkBlock(b, x, n, k);
    if (k == 1) {
      return super.solveBlock(b, x, k, transposed);
    }
    LeontiefMatrix m = transposed ? matrix.transposed() : matrix;
    int groups = Math.min(k, options.threads());
    SolveReport[] reports = new SolveReport[groups];
    Parallel.run(groups, g -> {
      int from = k * g / groups;
      int kg = k * (g + 1) / groups - from;
      double[] bg = new double[n * kg];
      double[] xg = new double[n * kg];
      for (int i = 0; i < n; i++) {
        System.arraycopy(b, i * k + from, bg, i * kg, kg);
      }
      reports[g] = sweepBlock(m, bg, xg, kg, groups == 1 ? options.threads() : 1);
      for (int i = 0; i < n; i++) {
        System.arraycopy(xg, i * kg, x, i * k + from, kg);
      }
    });
    SolveReport worst = new SolveReport(0, 0.0);
    for (SolveReport r : reports) {
      worst = worst.worst(r);
    }
    return worst;
  }

  /** Block sweeps on k right-hand sides until every change, then every true residual, meets the tolerance. */
  private SolveReport sweepBlock(LeontiefMatrix m, double[] b, double[] x, int k, int threads) {
    int n = m.size();
    double[] bnorm = new double[k];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < k; r++) {
        bnorm[r] = Math.max(bnorm[r], Math.abs(b[i * k + r]));
      }
    }
    System.arraycopy(b, 0, x, 0, n * k);
    double[] sum = new double[k];
    double[] change = new double[k];
    double[] col = new double[n];
    double[] xc = new double[n];
    double[] scratch = new double[n];
    int[] where = new int[1];
    double tol = options.tolerance();
    int rowThreads = rowThreads(m, threads);
    for (int it = 1; it <= options.maxIterations(); it++) {
      int bad = SparseKernels.gaussSeidelSweepBlock(m, k, b, x, sum, change);
      if (bad < 0) {
        int row = -bad - 1;
        throw new NotConvergedException("the gauss-seidel solve cannot proceed: the diagonal of I - B is not "
            + "positive in row " + row, row, it, Double.NaN);
      }
      boolean small = true;
      for (int r = 0; r < k; r++) {
        if (!Double.isFinite(change[r])) {
          small = false;
          it = options.maxIterations(); // fail below with the residual
        }
        small &= change[r] <= tol * bnorm[r];
      }
      if (!small && it < options.maxIterations()) {
        continue;
      }
      // verify every right-hand side by its true residual
      double worst = 0;
      int worstRow = 0;
      for (int r = 0; r < k; r++) {
        if (bnorm[r] == 0) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          col[i] = b[i * k + r];
          xc[i] = x[i * k + r];
        }
        double rel = residual(m, col, xc, scratch, where, rowThreads) / bnorm[r];
        if (rel > worst || Double.isNaN(rel)) {
          worst = rel;
          worstRow = where[0];
        }
      }
      if (worst <= tol) {
        return new SolveReport(it, worst);
      }
      if (it >= options.maxIterations() || !Double.isFinite(worst)) {
        throw notConverged(it, worst, worstRow);
      }
    }
    throw notConverged(options.maxIterations(), Double.NaN, 0);
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

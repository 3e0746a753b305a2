package org.ripple.core.linalg;

import java.util.Arrays;

/**
 * {@link SolverKind#NEUMANN}: the power (Neumann) series {@code x = b + B b + B^2 b + ...} as the fixed-point
 * iteration {@code x <- b + B x} (Miller and Blair 2009, sec. 2.5), which converges for every productive model since
 * {@code rho(B) < 1}; the error shrinks by about rho(B) per iteration. Each step also yields the exact residual of the
 * current iterate, {@code (b + B x) - x}, so the stopping rule costs nothing. The returned x is the iterate whose
 * residual was measured. Rows are split in two (or more) blocks of equal non-zeros when the matrix is large, and a
 * block of k right-hand sides is iterated together so each non-zero is read once per step for all of them.
 */
final class NeumannSolver extends IterativeSolver {
  NeumannSolver(LeontiefMatrix matrix, SolverOptions options) {
    super(matrix, options);
  }

  @Override
  public SolverKind kind() {
    return SolverKind.NEUMANN;
  }

  @Override
  SolveReport iterate(LeontiefMatrix m, double[] b, double[] x, double bnorm, int threads) {
    return run(m, b, x, 1, new double[] {bnorm}, threads);
  }

  @Override
  public SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed) {
    int n = size();
    checkBlock(b, x, n, k);
    LeontiefMatrix m = transposed ? matrix.transposed() : matrix;
    double[] bnorm = new double[k];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < k; r++) {
        bnorm[r] = Math.max(bnorm[r], Math.abs(b[i * k + r]));
      }
    }
    return run(m, b, x, k, bnorm, options.threads());
  }

  private SolveReport run(LeontiefMatrix m, double[] b, double[] out, int k, double[] bnorm, int threadsAllowed) {
    int threads = rowThreads(m, threadsAllowed);
    int[] splits = m.splits(threads);
    double tol = options.tolerance();
    double[] x = b.clone();
    double[] y = new double[x.length];
    double[][] res = new double[threads][k];
    int[][] arg = new int[threads][k];
    for (int it = 1; ; it++) {
      for (int t = 0; t < threads; t++) {
        Arrays.fill(res[t], 0.0);
      }
      final double[] xs = x;
      final double[] ys = y;
      if (k == 1) {
        Parallel.run(threads, t -> SparseKernels.step(m, b, xs, ys, splits[t], splits[t + 1], res[t], arg[t]));
      } else {
        Parallel.run(threads, t -> SparseKernels.stepBlock(m, k, b, xs, ys, splits[t], splits[t + 1], res[t],
            arg[t]));
      }
      // worst relative residual over the right-hand sides, and where
      double worst = 0;
      int where = 0;
      for (int r = 0; r < k; r++) {
        double rr = 0;
        int wr = 0;
        for (int t = 0; t < threads; t++) {
          if (res[t][r] > rr || Double.isNaN(res[t][r])) {
            rr = res[t][r];
            wr = arg[t][r];
          }
        }
        double rel = bnorm[r] == 0 ? rr : rr / bnorm[r];
        if (rel > worst || Double.isNaN(rel)) {
          worst = rel;
          where = wr;
        }
      }
      if (worst <= tol) {
        System.arraycopy(x, 0, out, 0, x.length);
        return new SolveReport(it - 1, worst);
      }
      if (!Double.isFinite(worst) || it >= options.maxIterations()) {
        throw notConverged(it, worst, where);
      }
      double[] swap = x;
      x = y;
      y = swap;
    }
  }
}

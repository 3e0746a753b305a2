package org.ripple.core.linalg;

/**
 * {@link SolverKind#BICGSTAB}: unpreconditioned BiCGSTAB (van der Vorst, SIAM J. Sci. Stat. Comput. 13, 1992;
 * Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., 2003, alg. 7.7) on {@code (I - B) x = b}, started from
 * {@code x = b}. Two mat-vecs per iteration (each split over row blocks when the matrix is large), but far fewer
 * iterations than the Neumann series when rho(B) is close to one. The recurrence residual only triggers the stop: the
 * true residual {@code b - (I - B) x} is then computed and must meet the tolerance, else the method restarts from x.
 */
final class BiCgStabSolver extends IterativeSolver {
  BiCgStabSolver(LeontiefMatrix matrix, SolverOptions options) {
    super(matrix, options);
  }

  @Override
  public SolverKind kind() {
    return SolverKind.BICGSTAB;
  }

  @Override
  SolveReport iterate(LeontiefMatrix m, double[] b, double[] x, double bnorm, int threadsAllowed) {
    int n = m.size();
    int threads = rowThreads(m, threadsAllowed);
    int[] splits = m.splits(threads);
    double tol = options.tolerance() * bnorm;
    System.arraycopy(b, 0, x, 0, n);
    double[] r = new double[n];
    double[] rhat = new double[n];
    double[] p = new double[n];
    double[] v = new double[n];
    double[] s = new double[n];
    double[] t = new double[n];
    double[] scratch = new double[n];
    int[] where = new int[1];
    int it = 0;
    double trueRes = residual(m, b, x, scratch, where, threads);
    while (true) {
      if (trueRes <= tol) {
        return new SolveReport(it, trueRes / bnorm);
      }
      if (it >= options.maxIterations() || !Double.isFinite(trueRes)) {
        throw notConverged(it, trueRes / bnorm, where[0]);
      }
      // (re)start from the current x with r = b - (I - B) x, which residual() left as (b + B x) - x
      for (int i = 0; i < n; i++) {
        r[i] = scratch[i] - x[i];
        rhat[i] = r[i];
        p[i] = 0;
        v[i] = 0;
      }
      double rho = 1;
      double alpha = 1;
      double omega = 1;
      while (it < options.maxIterations()) {
        it++;
        double rhoNew = dot(rhat, r, n);
        if (rhoNew == 0 || omega == 0) {
          break; // breakdown: restart
        }
        double beta = (rhoNew / rho) * (alpha / omega);
        for (int i = 0; i < n; i++) {
          p[i] = r[i] + beta * (p[i] - omega * v[i]);
        }
        apply(m, p, v, splits, threads);
        double rv = dot(rhat, v, n);
        if (rv == 0) {
          break;
        }
        alpha = rhoNew / rv;
        for (int i = 0; i < n; i++) {
          s[i] = r[i] - alpha * v[i];
        }
        if (SparseKernels.maxAbs(s, 0, n) <= tol) {
          for (int i = 0; i < n; i++) {
            x[i] += alpha * p[i];
          }
          break; // verify
        }
        apply(m, s, t, splits, threads);
        double tt = dot(t, t, n);
        omega = tt == 0 ? 0 : dot(t, s, n) / tt;
        for (int i = 0; i < n; i++) {
          x[i] += alpha * p[i] + omega * s[i];
          r[i] = s[i] - omega * t[i];
        }
        double rn = SparseKernels.maxAbs(r, 0, n);
        if (rn <= tol || !Double.isFinite(rn)) {
          break; // verify
        }
        rho = rhoNew;
      }
      trueRes = residual(m, b, x, scratch, where, threads);
    }
  }

  private static void apply(LeontiefMatrix m, double[] in, double[] out, int[] splits, int threads) {
    Parallel.run(threads, k -> SparseKernels.applyIdentityMinus(m, in, out, splits[k], splits[k + 1]));
  }

  private static double dot(double[] a, double[] b, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}

package org.ripple.core.linalg;

/**
 * {@link SolverKind#BICGSTAB}: unpreconditioned BiCGSTAB (van der Vorst, SIAM J. Sci. Stat. Comput. 13, 1992;
 * Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., 2003, alg. 7.7) on {@code (I - B) x = b}, started from
 * {@code x = b}. Two mat-vecs per iteration (each split over row blocks when the matrix is large), but far fewer
 * iterations than the Neumann series when rho(B) is close to one. The recurrence residual only triggers the stop: the
 * true residual {@code b - (I - B) x} is then computed and must meet the tolerance, else the method restarts from x.
 *
 * <p>A block of k right-hand sides runs k independent BiCGSTAB recurrences in lockstep (each with its own scalars),
 * so every mat-vec reads A once for all k vectors; a right-hand side whose recurrence has converged is frozen (its
 * step sizes set to zero) until all have, then every true residual is checked and any that misses restarts.
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

  @Override
  public SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed) {
    int n = size();
    checkBlock(b, x, n, k);
    if (k == 1) {
      return super.solveBlock(b, x, k, transposed);
    }
    LeontiefMatrix m = transposed ? matrix.transposed() : matrix;
    int threads = rowThreads(m, options.threads());
    int[] splits = m.splits(threads);
    int len = n * k;
    double[] tol = new double[k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        tol[c] = Math.max(tol[c], Math.abs(b[i * k + c]));
      }
    }
    double[] bnorm = tol.clone();
    for (int c = 0; c < k; c++) {
      tol[c] *= options.tolerance();
    }
    System.arraycopy(b, 0, x, 0, len);
    double[] r = new double[len];
    double[] rhat = new double[len];
    double[] p = new double[len];
    double[] v = new double[len];
    double[] s = new double[len];
    double[] t = new double[len];
    double[] rho = new double[k];
    double[] rhoNew = new double[k];
    double[] alpha = new double[k];
    double[] omega = new double[k];
    double[] beta = new double[k];
    double[] d1 = new double[k];
    double[] d2 = new double[k];
    double[] norm = new double[k];
    boolean[] active = new boolean[k];
    int it = 0;
    while (true) {
      // true residual r = b - (I - B) x of every right-hand side
      applyBlock(m, k, x, t, splits, threads);
      java.util.Arrays.fill(norm, 0.0);
      int[] where = new int[k];
      for (int row = 0, i = 0; row < n; row++) {
        for (int c = 0; c < k; c++, i++) {
          double ri = b[i] - t[i];
          r[i] = ri;
          double a = Math.abs(ri);
          if (a > norm[c] || Double.isNaN(a)) {
            norm[c] = a;
            where[c] = row;
          }
        }
      }
      int open = 0;
      double worst = 0;
      int worstRow = 0;
      for (int c = 0; c < k; c++) {
        double rel = bnorm[c] == 0 ? norm[c] : norm[c] / bnorm[c];
        if (rel > worst || Double.isNaN(rel)) {
          worst = rel;
          worstRow = where[c];
        }
        active[c] = !(norm[c] <= tol[c]);
        if (active[c]) {
          open++;
        }
      }
      if (open == 0) {
        return new SolveReport(it, worst);
      }
      if (it >= options.maxIterations() || !Double.isFinite(worst)) {
        throw notConverged(it, worst, worstRow);
      }
      // (re)start the open right-hand sides from their current x
      for (int i = 0; i < len; i++) {
        rhat[i] = r[i];
        p[i] = 0;
        v[i] = 0;
      }
      for (int c = 0; c < k; c++) {
        rho[c] = 1;
        alpha[c] = 1;
        omega[c] = 1;
      }
      while (open > 0 && it < options.maxIterations()) {
        it++;
        dots(rhat, r, rhoNew, k, len);
        for (int c = 0; c < k; c++) {
          if (active[c] && (rhoNew[c] == 0 || omega[c] == 0)) {
            active[c] = false; // breakdown: restart after the block
            open--;
          }
          beta[c] = active[c] ? (rhoNew[c] / rho[c]) * (alpha[c] / omega[c]) : 0;
          if (!active[c]) {
            alpha[c] = 0;
            omega[c] = 0;
          }
        }
        for (int i0 = 0; i0 < len; i0 += k) {
          for (int c = 0; c < k; c++) {
            int i = i0 + c;
            p[i] = r[i] + beta[c] * (p[i] - omega[c] * v[i]);
          }
        }
        applyBlock(m, k, p, v, splits, threads);
        dots(rhat, v, d1, k, len);
        for (int c = 0; c < k; c++) {
          if (active[c] && d1[c] == 0) {
            active[c] = false;
            open--;
          }
          alpha[c] = active[c] ? rhoNew[c] / d1[c] : 0;
        }
        java.util.Arrays.fill(norm, 0.0);
        for (int i0 = 0; i0 < len; i0 += k) {
          for (int c = 0; c < k; c++) {
            int i = i0 + c;
            double si = r[i] - alpha[c] * v[i];
            s[i] = si;
            norm[c] = Math.max(norm[c], Math.abs(si));
          }
        }
        for (int c = 0; c < k; c++) {
          if (active[c] && norm[c] <= tol[c]) {
            for (int i = c; i < len; i += k) {
              x[i] += alpha[c] * p[i];
            }
            active[c] = false; // verified with the block
            open--;
            alpha[c] = 0;
          }
        }
        applyBlock(m, k, s, t, splits, threads);
        dots(t, t, d1, k, len);
        dots(t, s, d2, k, len);
        for (int c = 0; c < k; c++) {
          omega[c] = active[c] && d1[c] != 0 ? d2[c] / d1[c] : 0;
        }
        java.util.Arrays.fill(norm, 0.0);
        for (int i0 = 0; i0 < len; i0 += k) {
          for (int c = 0; c < k; c++) {
            int i = i0 + c;
            x[i] += alpha[c] * p[i] + omega[c] * s[i];
            double ri = s[i] - omega[c] * t[i];
            r[i] = ri;
            norm[c] = Math.max(norm[c], Math.abs(ri));
          }
        }
        for (int c = 0; c < k; c++) {
          if (active[c] && (norm[c] <= tol[c] || !Double.isFinite(norm[c]))) {
            active[c] = false;
            open--;
          }
          rho[c] = rhoNew[c];
        }
      }
    }
  }

  private static void applyBlock(LeontiefMatrix m, int k, double[] in, double[] out, int[] splits, int threads) {
    Parallel.run(threads, q -> SparseKernels.applyIdentityMinusBlock(m, k, in, out, splits[q], splits[q + 1]));
  }

  /** {@code out[c] = sum_i a[i * k + c] * b[i * k + c]}. */
  private static void dots(double[] a, double[] b, double[] out, int k, int len) {
    java.util.Arrays.fill(out, 0.0);
    for (int i = 0; i < len; i += k) {
      for (int c = 0; c < k; c++) {
        out[c] += a[i + c] * b[i + c];
      }
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

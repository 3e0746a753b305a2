package org.ripple.core.linalg;

import java.util.Arrays;
import java.util.Locale;

/**
 * Shared frame of the iterative solvers: shape checks, the zero right-hand side, the choice of {@code I - B} or its
 * transpose, blocks solved as independent right-hand sides on several threads, and the loud failure.
 */
abstract class IterativeSolver implements LinearSolver {
  /** Below this many non-zeros a mat-vec is not split over threads (the hand-off costs more than it saves). */
  static final long PARALLEL_MIN_NONZEROS = 200_000;

  final LeontiefMatrix matrix;
  final SolverOptions options;

  IterativeSolver(LeontiefMatrix matrix, SolverOptions options) {
    this.matrix = matrix;
    this.options = options;
  }

  @Override
  public int size() {
    return matrix.size();
  }

  /** Threads for the row blocks of one mat-vec of m. */
  int rowThreads(LeontiefMatrix m, int threadsAllowed) {
    return m.nonZeros() >= PARALLEL_MIN_NONZEROS ? threadsAllowed : 1;
  }

  @Override
  public SolveReport solve(double[] b, double[] x, boolean transposed) {
    int n = size();
    if (b.length != n || x.length != n) {
      throw new IllegalArgumentException("vectors must have " + n + " entries, have " + b.length + " and " + x.length);
    }
    LeontiefMatrix m = transposed ? matrix.transposed() : matrix;
    double bnorm = SparseKernels.maxAbs(b, 0, n);
    if (bnorm == 0) {
      Arrays.fill(x, 0.0);
      return new SolveReport(0, 0.0);
    }
    return iterate(m, b, x, bnorm, options.threads());
  }

  /** Default block solve: the k right-hand sides are independent; split them over the threads. */
  @Override
  public SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed) {
    int n = size();
    checkBlock(b, x, n, k);
    LeontiefMatrix m = transposed ? matrix.transposed() : matrix;
    int tasks = Math.min(k, options.threads());
    SolveReport[] reports = new SolveReport[k];
    Parallel.run(tasks, t -> {
      double[] col = new double[n];
      double[] out = new double[n];
      for (int r = t; r < k; r += tasks) {
        for (int i = 0; i < n; i++) {
          col[i] = b[i * k + r];
        }
        double bnorm = SparseKernels.maxAbs(col, 0, n);
        if (bnorm == 0) {
          Arrays.fill(out, 0.0);
          reports[r] = new SolveReport(0, 0.0);
        } else {
          reports[r] = iterate(m, col, out, bnorm, tasks == 1 ? options.threads() : 1);
        }
        for (int i = 0; i < n; i++) {
          x[i * k + r] = out[i];
        }
      }
    });
    SolveReport worst = new SolveReport(0, 0.0);
    for (SolveReport r : reports) {
      worst = worst.worst(r);
    }
    return worst;
  }

  /** Solves {@code m x = b} for a non-zero b; {@code threads} bounds the threads this call may use. */
  abstract SolveReport iterate(LeontiefMatrix m, double[] b, double[] x, double bnorm, int threads);

  /**
   * The residual {@code b - m x} of x into {@code scratch} (as {@code b + B x}), its max norm returned and its
   * argmax in {@code where[0]}.
   */
  static double residual(LeontiefMatrix m, double[] b, double[] x, double[] scratch, int[] where, int threads) {
    int[] splits = m.splits(threads);
    double[][] res = new double[threads][1];
    int[][] arg = new int[threads][1];
    Parallel.run(threads, t -> SparseKernels.step(m, b, x, scratch, splits[t], splits[t + 1], res[t], arg[t]));
    double worst = 0;
    for (int t = 0; t < threads; t++) {
      if (res[t][0] > worst || Double.isNaN(res[t][0])) {
        worst = res[t][0];
        where[0] = arg[t][0];
      }
    }
    return worst;
  }

  NotConvergedException notConverged(int iterations, double relativeResidual, int index) {
    return new NotConvergedException(String.format(Locale.ROOT,
        "the %s solve did not converge to a relative residual of %.1e in %d iterations (reached %.3e)",
        kind().key(), options.tolerance(), iterations, relativeResidual), index, iterations, relativeResidual);
  }

  static void checkBlock(double[] b, double[] x, int n, int k) {
    if (k < 1 || b.length != (long) n * k || x.length != (long) n * k) {
      throw new IllegalArgumentException("a block of " + k + " right-hand sides needs " + ((long) n * k)
          + " entries, has " + b.length + " and " + x.length);
    }
  }
}

package org.ripple.core.impact;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.NotConvergedException;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SingularMatrixException;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * The solver of one Leontief matrix {@code I - B} (Type I, or a household-closed Type II), built by the chosen
 * strategy once B is shown productive. The one productivity check of the engine:
 *
 * <ol>
 *   <li>Perron-Collatz-Wielandt bounds on rho(|B|) by power iteration (to a gap of 1e-9 in at most 2000 steps for
 *       dense LU, 1e-6 in 500 for the iterative kinds); a lower bound within {@link SpectralBounds#MARGIN} of one
 *       (or above) is not productive;
 *   <li>where the upper bound is at or above one (|B| reducible, e.g. a zero-output sector, so the lower bound
 *       stalls), the M-matrix test: rho(|B|) &lt; 1 exactly when {@code (I - |B|)^T y = 1} has a solution with
 *       every y_j &gt; 0 (Berman and Plemmons, Nonnegative Matrices in the Mathematical Sciences, 1994, ch. 6). Dense
 *       LU solves it exactly (with the factors of {@code I - B} when B is non-negative); the iterative kinds sum the
 *       Neumann series of |B|, which converges exactly when rho(|B|) &lt; 1.
 * </ol>
 *
 * A singular {@code I - B} is a {@link ModelException} naming the sector of the negligible pivot.
 */
record ProductiveSolver(LinearSolver solver, PerronRoot root) {

  /**
   * How a system is named in its errors: its type, its matrix B ("A" or "Abar"), the system as the subject of "is not
   * productive" (e.g. "model uk-2010"), and the sector (or household) of each row.
   */
  record Naming(ModelType type, String matrix, String system, IntFunction<String> row) {}

  static ProductiveSolver of(LeontiefMatrix b, SolverKind kind, SolverOptions options, Naming naming) {
    return of(b, kind, options, naming, null);
  }

  /**
   * As {@link #of(LeontiefMatrix, SolverKind, SolverOptions, Naming)}, with the Perron bounds of {@code b} at the
   * precision of {@code kind} already computed ({@link #bounds}; null: compute them here).
   */
  static ProductiveSolver of(LeontiefMatrix b, SolverKind kind, SolverOptions options, Naming naming,
      PerronRoot known) {
    PerronRoot root = known != null ? known : bounds(b, kind);
    if (SpectralBounds.refuses(root)) {
      throw notProductive(naming, root.lower());
    }
    LinearSolver solver;
    try {
      solver = kind.create(b, options);
    } catch (SingularMatrixException e) {
      String row = naming.row().apply(e.column());
      throw new SingularSystemException(naming.type(), row, "I - " + naming.matrix() + " is singular at sector " + row
          + ": the model cannot be solved");
    }
    if (!certified(b, root, kind, solver, options)) {
      throw notProductive(naming, Math.max(1.0, root.lower()));
    }
    return new ProductiveSolver(solver, root);
  }

  /** The Perron bounds of |B| at the precision of the strategy. */
  static PerronRoot bounds(LeontiefMatrix b, SolverKind kind) {
    return kind.iterative() ? PerronRoot.estimate(b, 1e-6, 500) : PerronRoot.estimate(b, 1e-9, 2000);
  }

  /**
   * The cheapest bounds that decide productivity as {@link #bounds} would: the row and column sums of |B|
   * ({@link PerronRoot#ofSums}, one pass) when their upper bound is below one by more than
   * {@link SpectralBounds#MARGIN}, since then the power iteration's lower bound, never above rho(|B|), could not refuse
   * and its upper bound is not needed; otherwise the power iteration itself, so every refusal and its message are the
   * iteration's.
   */
  static PerronRoot deciding(LeontiefMatrix b, SolverKind kind) {
    PerronRoot sums = PerronRoot.ofSums(b);
    return sums.upper() < 1.0 - SpectralBounds.MARGIN ? sums : bounds(b, kind);
  }

  private static NotProductiveException notProductive(Naming naming, double lower) {
    return new NotProductiveException(naming.type(), lower, String.format(Locale.ROOT,
        "%s is not productive: the spectral radius of %s is %s", naming.system(), naming.matrix(),
        SpectralBounds.atLeast(lower)));
  }

  /** Step 2 of the class comment: decides rho(|B|) &lt; 1 where the bounds leave it open. */
  private static boolean certified(LeontiefMatrix b, PerronRoot root, SolverKind kind, LinearSolver solverOfB,
      SolverOptions options) {
    if (root.upper() < 1.0) {
      return true;
    }
    int size = b.size();
    double[] ones = new double[size];
    Arrays.fill(ones, 1.0);
    double[] y = new double[size];
    try {
      LinearSolver abs = kind.iterative() ? SolverKind.NEUMANN.create(b.absolute(), options)
          : b.nonNegative() ? solverOfB : SolverKind.DENSE_LU.create(b.absolute(), options);
      abs.solve(ones, y, true);
    } catch (NotConvergedException | SingularMatrixException e) {
      return false;
    }
    for (double v : y) {
      if (!(v > 0) || !Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}

package org.ripple.core.linalg;

/**
 * Solves a Leontief system {@code (I - B) x = b} or its transpose {@code (I - B)^T x = b}, for one right-hand side or
 * a block of k. Blocks are row-major n x k arrays ({@code b[i * k + r]} is entry i of right-hand side r). Implementations
 * are created by {@link SolverKind#create} and are safe to use from several threads at once.
 *
 * <p>Contract (tested by one suite over every kind): the result agrees with dense LU to 1e-9 relative on productive
 * models; an iterative solve stops when the relative residual is at most the tolerance and reports it, or throws
 * {@link NotConvergedException} naming the row with the largest residual.
 */
public interface LinearSolver {
  SolverKind kind();

  /** The order of the system. */
  int size();

  /** Solves into {@code x} (length {@link #size()}); b is not modified. */
  SolveReport solve(double[] b, double[] x, boolean transposed);

  /** Solves k systems at once into {@code x} (both n x k row-major); the report is the worst over the block. */
  SolveReport solveBlock(double[] b, double[] x, int k, boolean transposed);

  /**
   * The diagonal of {@code (I - B)^-1} from this solver's own factorisation, or null when it has none (the iterative
   * kinds): dense LU contracts the two triangular inverses of its factors ({@link DenseLu#inverseDiagonal}).
   */
  default double[] inverseDiagonal() {
    return null;
  }
}

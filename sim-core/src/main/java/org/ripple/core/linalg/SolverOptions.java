package org.ripple.core.linalg;

/**
 * Settings of the iterative solvers.
 *
 * @param tolerance stop when {@code ||b - (I - B) x||_inf <= tolerance * ||b||_inf}; in (0, 1)
 * @param maxIterations fail (loudly) after this many iterations
 * @param threads threads for row blocks and independent right-hand sides (1 = sequential)
 */
public record SolverOptions(double tolerance, int maxIterations, int threads) {
  /** The default relative tolerance, 1e-10. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  public SolverOptions {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  /** Tolerance 1e-10, at most 10,000 iterations, every available processor (at most 8). */
  public static SolverOptions defaults() {
    return new SolverOptions(DEFAULT_TOLERANCE, 10_000, Parallel.processors());
  }

  public SolverOptions withThreads(int t) {
    return new SolverOptions(tolerance, maxIterations, t);
  }

  public SolverOptions withMaxIterations(int max) {
    return new SolverOptions(tolerance, max, threads);
  }
}

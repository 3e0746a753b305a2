package org.ripple.core.linalg;

/**
 * What a solve did: the iterations it took (0 for a direct solve) and the largest relative residual
 * {@code ||b - (I - B) x||_inf / ||b||_inf} over its right-hand sides, measured on the returned x (NaN for a direct
 * solve, which does not measure it).
 */
public record SolveReport(int iterations, double residual) {
  /** The report of a direct (factorisation) solve. */
  public static final SolveReport DIRECT = new SolveReport(0, Double.NaN);

  public SolveReport {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
    }
  }

  /** The worse of two reports: more iterations, larger residual. */
  public SolveReport worst(SolveReport other) {
    double r = Double.isNaN(residual) ? other.residual
        : Double.isNaN(other.residual) ? residual : Math.max(residual, other.residual);
    return new SolveReport(Math.max(iterations, other.iterations), r);
  }
}

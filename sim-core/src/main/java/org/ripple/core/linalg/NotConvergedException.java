package org.ripple.core.linalg;

/** Thrown when an iterative solve does not reach its tolerance: says where the residual is largest. */
public final class NotConvergedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final int iterations;
  private final double residual;

  public NotConvergedException(String message, int index, int iterations, double residual) {
    super(message);
    this.index = index;
    this.iterations = iterations;
    this.residual = residual;
  }

  /** The unknown (row) with the largest residual; n is the household row of a bordered system. */
  public int index() {
    return index;
  }

  public int iterations() {
    return iterations;
  }

  /** The relative residual reached (may be NaN or infinite when the iteration diverged). */
  public double residual() {
    return residual;
  }
}

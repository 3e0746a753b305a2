package org.ripple.core.impact;

import org.ripple.core.ModelException;

/**
 * A Leontief system that is not productive: the spectral radius of its B (A, or the household-closed Abar) is not
 * below one, so {@code (I - B)^-1} is not the sum of the supply-chain rounds. Says which system and the lower bound
 * on the spectral radius that proved it.
 */
public final class NotProductiveException extends ModelException {
  private static final long serialVersionUID = 1L;

  private final ModelType type;
  private final double lowerBound;

  NotProductiveException(ModelType type, double lowerBound, String message) {
    super(null, message);
    this.type = type;
    this.lowerBound = lowerBound;
  }

  /** Type I (A) or Type II (the household-closed matrix). */
  public ModelType type() {
    return type;
  }

  /** A lower bound on the spectral radius, at least one. */
  public double lowerBound() {
    return lowerBound;
  }
}

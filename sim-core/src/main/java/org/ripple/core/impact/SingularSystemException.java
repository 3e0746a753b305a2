package org.ripple.core.impact;

import org.ripple.core.ModelException;

/**
 * A Leontief system whose {@code I - B} (B = A, or the household-closed Abar) is singular: elimination met a
 * negligible pivot at a sector, so the model cannot be solved. Says which system, and names the sector.
 */
public final class SingularSystemException extends ModelException {
  private static final long serialVersionUID = 1L;

  private final ModelType type;

  SingularSystemException(ModelType type, String sector, String message) {
    super(sector, message);
    this.type = type;
  }

  /** Type I (A) or Type II (the household-closed matrix). */
  public ModelType type() {
    return type;
  }
}

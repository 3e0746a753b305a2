package org.ripple.core.linalg;

import org.ripple.core.PlacedException;

/** Thrown when a factorisation meets a zero (or numerically negligible) pivot. */
public final class SingularMatrixException extends PlacedException {
  private static final long serialVersionUID = 1L;

  private final int column;

  public SingularMatrixException(int column, String message) {
    super("column " + (column + 1), message);
    this.column = column;
  }

  /** The column (0-based) where elimination broke down. */
  public int column() {
    return column;
  }
}

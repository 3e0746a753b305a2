package org.ripple.core;

/**
 * An error about one place of what a calculation was given (a scenario field, a sector of a model, a column of a
 * matrix): the place, and what is wrong there.
 */
public abstract class PlacedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String place;

  protected PlacedException(String place, String message) {
    super(message);
    this.place = place;
  }

  /** Where the problem is, or null when it concerns the whole input. */
  public final String place() {
    return place;
  }
}

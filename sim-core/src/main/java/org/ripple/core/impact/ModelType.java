package org.ripple.core.impact;

/** Type I: households exogenous. Type II: households endogenous (closed with income and consumption). */
public enum ModelType {
  TYPE_I("I"),
  TYPE_II("II");

  private final String suffix;

  ModelType(String suffix) {
    this.suffix = suffix;
  }

  /** "I" or "II", as in column names such as {@code output_II}. */
  public String suffix() {
    return suffix;
  }
}

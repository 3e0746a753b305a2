package org.ripple.core;

/** The four quantities every impact is reported in. */
public enum Measure {
  JOBS("jobs"),
  LABOUR_INCOME("labour_income"),
  VALUE_ADDED("value_added"),
  OUTPUT("output");

  private final String key;

  Measure(String key) {
    this.key = key;
  }

  /** The snake_case key used in JSON and CSV output. */
  public String key() {
    return key;
  }
}

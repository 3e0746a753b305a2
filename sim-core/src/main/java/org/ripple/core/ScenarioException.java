package org.ripple.core;

/** A scenario that does not fit its model: unknown sector, impossible value, data the model lacks. */
public final class ScenarioException extends PlacedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field path of the offending field, e.g. {@code closures[2].jobs}
   * @param message what is wrong and what is expected
   */
  public ScenarioException(String field, String message) {
    super(field, message);
  }

  public String field() {
    return place();
  }
}

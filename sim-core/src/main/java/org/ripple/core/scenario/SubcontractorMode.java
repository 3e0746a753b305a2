package org.ripple.core.scenario;

/**
 * How a known subcontractor loss combines with the model's own supply-chain response (see {@link ShockPlan}).
 *
 * <ul>
 *   <li>{@link #SUPERSEDE}: the known loss replaces the model's first-round purchases of the closing facilities from
 *       the subcontractor's sector, so it is not counted twice;
 *   <li>{@link #ADDITIVE}: the known loss is added as a second direct shock; it may double count what the model
 *       already puts in the indirect effect.
 * </ul>
 */
public enum SubcontractorMode {
  SUPERSEDE("supersede"),
  ADDITIVE("additive");

  private final String key;

  SubcontractorMode(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}

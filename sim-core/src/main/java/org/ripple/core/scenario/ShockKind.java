package org.ripple.core.scenario;

/** The kinds of shock a scenario can hold. */
public enum ShockKind {
  CLOSURE("closure"),
  SUBCONTRACTOR("subcontractor"),
  OFFSET("offset"),
  DEMAND_CHANGE("demand_change");

  private final String key;

  ShockKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}

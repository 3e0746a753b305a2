package org.ripple.core;

/** Components of an impact: direct + indirect + induced = total. */
public enum Effect {
  DIRECT("direct"),
  INDIRECT("indirect"),
  INDUCED("induced"),
  TOTAL("total");

  private final String key;

  Effect(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}

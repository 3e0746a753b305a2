package org.ripple.core.fiscal;

/** The levels of government a fiscal account is kept for. */
public enum Government {
  FEDERAL("federal", "Federal"),
  PROVINCIAL("provincial", "Provincial");

  private final String key;
  private final String label;

  Government(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }
}

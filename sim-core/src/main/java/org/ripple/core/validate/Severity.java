package org.ripple.core.validate;

/** How bad a finding is: an error stops every command that uses the model; a warning is printed and the run goes on. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed before the finding: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}

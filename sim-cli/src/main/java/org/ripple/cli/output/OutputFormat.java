package org.ripple.cli.output;

/** Output formats of {@code run} and {@code multipliers}. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON
}

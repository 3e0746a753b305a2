package org.ripple.cli.output;

/** Output formats of {@code run} and {@code multipliers}. XLSX is binary: it needs {@code --output}. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON,
  XLSX
}

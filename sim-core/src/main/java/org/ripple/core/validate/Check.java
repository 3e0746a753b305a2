package org.ripple.core.validate;

/** Which check produced a finding; lets callers skip findings another layer already reported with a file location. */
public enum Check {
  SHAPE,
  CODES,
  FINITE,
  NEGATIVE_OUTPUT,
  NEGATIVE_SATELLITE,
  NEGATIVE_FLOW,
  ZERO_OUTPUT,
  COLUMN_SUM,
  PRODUCTIVITY,
  PRODUCTIVITY_TYPE_II,
  OUTPUT_MULTIPLIER,
  NEGATIVE_LEONTIEF,
  HOUSEHOLDS,
  COLUMN_BALANCE,
  ROW_BALANCE
}

package org.ripple.core.uncertainty;

/**
 * The numeric fields of a scenario that may be uncertain, with the range the quantity can take: positive amounts
 * (jobs, output) are at least 0, shares lie in [0, 1], demand changes are signed.
 */
public enum Slot {
  CLOSURE_JOBS(Range.POSITIVE),
  CLOSURE_OUTPUT(Range.POSITIVE),
  SUBCONTRACTOR_JOBS(Range.POSITIVE),
  SUBCONTRACTOR_OUTPUT(Range.POSITIVE),
  OFFSET_SHARE(Range.SHARE),
  OFFSET_JOBS(Range.POSITIVE),
  OFFSET_OUTPUT(Range.POSITIVE),
  DEMAND_AMOUNT(Range.SIGNED);

  /** The values a quantity can take; a normal distribution is truncated to it. */
  public enum Range {
    POSITIVE(0, Double.POSITIVE_INFINITY, "at least 0"),
    SHARE(0, 1, "a share in [0, 1]"),
    SIGNED(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "any number");

    private final double lower;
    private final double upper;
    private final String text;

    Range(double lower, double upper, String text) {
      this.lower = lower;
      this.upper = upper;
      this.text = text;
    }

    public double lower() {
      return lower;
    }

    public double upper() {
      return upper;
    }

    public String text() {
      return text;
    }
  }

  private final Range range;

  Slot(Range range) {
    this.range = range;
  }

  public Range range() {
    return range;
  }
}

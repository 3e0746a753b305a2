package org.ripple.core.uncertainty;

import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockPlan.Quantity;

/**
 * The numeric fields of a scenario that may be uncertain, with the range the quantity can take: positive amounts
 * (jobs, output) are at least 0, shares lie in [0, 1], demand changes are signed. Each names the kind of shock and
 * the quantity of its value slot in the scenario's {@link org.ripple.core.scenario.ShockPlan}.
 */
public enum Slot {
  CLOSURE_JOBS(ShockKind.CLOSURE, Quantity.JOBS, Range.POSITIVE),
  CLOSURE_OUTPUT(ShockKind.CLOSURE, Quantity.OUTPUT, Range.POSITIVE),
  SUBCONTRACTOR_JOBS(ShockKind.SUBCONTRACTOR, Quantity.JOBS, Range.POSITIVE),
  SUBCONTRACTOR_OUTPUT(ShockKind.SUBCONTRACTOR, Quantity.OUTPUT, Range.POSITIVE),
  OFFSET_SHARE(ShockKind.OFFSET, Quantity.SHARE, Range.SHARE),
  OFFSET_JOBS(ShockKind.OFFSET, Quantity.JOBS, Range.POSITIVE),
  OFFSET_OUTPUT(ShockKind.OFFSET, Quantity.OUTPUT, Range.POSITIVE),
  DEMAND_AMOUNT(ShockKind.DEMAND_CHANGE, Quantity.AMOUNT, Range.SIGNED);

  /**
   * The values a quantity can take; a normal distribution is truncated to it.
   *
   * @param lower the smallest value
   * @param upper the largest value
   * @param text the range in words, for messages
   */
  public record Range(double lower, double upper, String text) {
    public static final Range POSITIVE = new Range(0, Double.POSITIVE_INFINITY, "at least 0");
    public static final Range SHARE = new Range(0, 1, "a share in [0, 1]");
    public static final Range SIGNED = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "any number");
  }

  private final ShockKind kind;
  private final Quantity quantity;
  private final Range range;

  Slot(ShockKind kind, Quantity quantity, Range range) {
    this.kind = kind;
    this.quantity = quantity;
    this.range = range;
  }

  /** The kind of shock whose value this is. */
  public ShockKind kind() {
    return kind;
  }

  /** Which of the shock's values this is. */
  public Quantity quantity() {
    return quantity;
  }

  public Range range() {
    return range;
  }
}

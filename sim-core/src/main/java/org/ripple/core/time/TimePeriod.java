package org.ripple.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a horizon: a calendar month, quarter or year, clipped to the horizon. Always inside one calendar
 * year, so {@link #yearFraction()} is exact.
 *
 * @param label e.g. {@code 2025-Q1}
 * @param start first day
 * @param end last day (inclusive)
 */
public record TimePeriod(String label, LocalDate start, LocalDate end) {
  public TimePeriod {
    Objects.requireNonNull(label, "label");
    if (end.isBefore(start) || start.getYear() != end.getYear()) {
      throw new IllegalArgumentException("a period runs forward within one calendar year: " + start + " to " + end);
    }
  }

  /** Days in the period (end inclusive). */
  public int days() {
    return (int) (end.toEpochDay() - start.toEpochDay() + 1);
  }

  /** Days of the calendar year the period is in (365 or 366). */
  public int daysInYear() {
    return start.lengthOfYear();
  }

  /** The period's length as a share of its calendar year. */
  public double yearFraction() {
    return (double) days() / daysInYear();
  }

  long firstDay() {
    return start.toEpochDay();
  }

  /** The epoch day after the last day. */
  long endExclusive() {
    return end.toEpochDay() + 1;
  }
}

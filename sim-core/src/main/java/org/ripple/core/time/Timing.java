package org.ripple.core.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When a shock takes effect: from {@code effective}, phased in linearly over {@code ramp}. The intensity at time t
 * (in days) is {@code f(t) = clamp((t - e) / r, 0, 1)} with e the effective day and r the ramp in days
 * ({@code effective.plus(ramp)} minus {@code effective}, so "2 months" from 22 January ends on 22 March); with no
 * ramp it is a step at e. Every quantity used by the timeline is an exact integral of f:
 * {@code F(t) = integral from e to t of f} is 0 before e, {@code (t - e)^2 / (2r)} during the ramp and
 * {@code r/2 + (t - e - r)} after it.
 *
 * @param effective first day in effect (00:00)
 * @param ramp linear phase-in, {@link Period#ZERO} for none
 */
public record Timing(LocalDate effective, Period ramp) {
  public Timing {
    Objects.requireNonNull(effective, "effective");
    ramp = ramp == null ? Period.ZERO : ramp;
    if (ramp.isNegative()) {
      throw new IllegalArgumentException("ramp must not be negative, was " + ramp);
    }
  }

  /** In effect from a date, at once. */
  public static Timing from(LocalDate effective) {
    return new Timing(effective, Period.ZERO);
  }

  long effectiveDay() {
    return effective.toEpochDay();
  }

  /** Ramp length in days. */
  public long rampDays() {
    return effective.plus(ramp).toEpochDay() - effective.toEpochDay();
  }

  /** F(t): the integral of the intensity from the effective day to epoch day t (a day boundary). */
  double integralTo(double t) {
    double e = effectiveDay();
    double r = rampDays();
    if (t <= e) {
      return 0;
    }
    if (r == 0) {
      return t - e;
    }
    if (t <= e + r) {
      return (t - e) * (t - e) / (2 * r);
    }
    return r / 2 + (t - e - r);
  }

  /** Days in effect between two day boundaries: the integral of f over [from, toExclusive). */
  public double daysInEffect(long fromEpochDay, long toExclusiveEpochDay) {
    return integralTo(toExclusiveEpochDay) - integralTo(fromEpochDay);
  }

  /** Days in effect in a period. */
  public double daysInEffect(TimePeriod p) {
    return daysInEffect(p.firstDay(), p.endExclusive());
  }

  /** The average intensity on one day. */
  double onDay(long epochDay) {
    return daysInEffect(epochDay, epochDay + 1);
  }
}

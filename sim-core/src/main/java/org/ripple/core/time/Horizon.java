package org.ripple.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ripple.core.ScenarioException;

/**
 * The span a timeline covers, from {@code start} to {@code end} inclusive, cut into calendar periods; the first and
 * last are clipped to the horizon (a horizon starting on 15 February has a first month of 14 days).
 */
public record Horizon(LocalDate start, LocalDate end, PeriodKind period) {
  /** At most a century, so a typo in a year cannot ask for millions of periods. */
  public static final int MAX_YEARS = 100;

  public Horizon {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(period, "period");
    if (end.isBefore(start)) {
      throw new ScenarioException("horizon.end", "must not be before horizon.start (" + start + "), was " + end);
    }
    if (end.isAfter(start.plusYears(MAX_YEARS))) {
      throw new ScenarioException("horizon.end", "a horizon is at most " + MAX_YEARS + " years, was " + start
          + " to " + end);
    }
  }

  public List<TimePeriod> periods() {
    List<TimePeriod> out = new ArrayList<>();
    LocalDate p = period.startOf(start);
    while (!p.isAfter(end)) {
      LocalDate next = period.next(p);
      LocalDate from = p.isBefore(start) ? start : p;
      LocalDate to = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
      out.add(new TimePeriod(period.label(p), from, to));
      p = next;
    }
    return out;
  }

  /** Days from start to end inclusive. */
  public long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }
}

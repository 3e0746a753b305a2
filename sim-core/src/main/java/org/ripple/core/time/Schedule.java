package org.ripple.core.time;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time side of a scenario: its horizon, each shock's timing (keyed by the shock's field path, e.g.
 * {@code closures[2]}; a shock without one is in effect from the horizon start), and the optional income replacement.
 */
public record Schedule(Horizon horizon, Map<String, Timing> timings, IncomeReplacement incomeReplacement) {
  public Schedule {
    Objects.requireNonNull(horizon, "horizon");
    timings = timings == null ? Map.of() : Map.copyOf(timings);
  }

  public Timing timing(String field) {
    Timing t = timings.get(field);
    return t == null ? Timing.from(horizon.start()) : t;
  }

  public Optional<IncomeReplacement> replacement() {
    return Optional.ofNullable(incomeReplacement);
  }
}

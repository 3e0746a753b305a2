package org.ripple.core.scenario;

import java.util.List;
import java.util.Objects;
import org.ripple.core.impact.Impact;

/**
 * The result of one shock of a scenario.
 *
 * @param kind closure, subcontractor, offset or demand change
 * @param name the shock's name
 * @param sector the sector code it hits
 * @param field its path in the scenario file
 * @param impact its effects; the scenario's result is the sum of these
 * @param notes what an analyst should know about how it was computed
 */
public record ShockResult(ShockKind kind, String name, String sector, String field, Impact impact,
    List<String> notes) {
  public ShockResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(impact, "impact");
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}

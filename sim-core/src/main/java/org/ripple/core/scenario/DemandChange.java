package org.ripple.core.scenario;

import java.util.Objects;
import org.ripple.core.ScenarioException;

/**
 * A change of final demand for a sector's output (positive: more demand, e.g. a contract moved to regional firms;
 * negative: less).
 *
 * @param name label
 * @param sector sector code
 * @param amount signed annual amount in the model's monetary unit
 * @param field path in the scenario file
 */
public record DemandChange(String name, String sector, double amount, String field) {
  public DemandChange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    field = field == null ? "demand_change" : field;
    Values.finite(field + ".amount", amount);
    if (amount == 0) {
      throw new ScenarioException(field + ".amount", "must not be 0");
    }
  }
}

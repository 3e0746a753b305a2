package org.ripple.core.scenario;

import java.util.Objects;
import org.ripple.core.ScenarioException;
import java.util.OptionalDouble;

/**
 * A facility that closes: final demand for its sector falls by its annual output, or, where the output is not known,
 * by {@code jobs / e[j]} (jobs divided by the sector's jobs per unit of output).
 *
 * @param name facility name
 * @param sector sector code in the model
 * @param jobs jobs lost at the facility (positive)
 * @param annualOutput annual output of the facility in the model's monetary unit (positive), if known
 * @param location where it is (free text)
 * @param field the path of this entry in the scenario file, for messages (e.g. {@code closures[2]})
 */
public record Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
    String field) {
  public Closure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(annualOutput, "annualOutput");
    location = location == null ? "" : location;
    field = field == null ? "closure" : field;
    if (jobs.isEmpty() && annualOutput.isEmpty()) {
      throw new ScenarioException(field, "a closure needs jobs or annual_output");
    }
    Values.positive(field + ".jobs", jobs);
    Values.positive(field + ".annual_output", annualOutput);
  }
}

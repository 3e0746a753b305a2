package org.ripple.core.scenario;

import java.util.Objects;
import org.ripple.core.ScenarioException;
import java.util.OptionalDouble;

/**
 * A known loss at subcontractors of the closing facilities (e.g. delivery partners), in jobs or in output.
 *
 * @param name who (e.g. "delivery partners")
 * @param sector the subcontractors' sector code
 * @param jobs jobs lost (positive), or empty when given as output
 * @param output annual output lost in the model's monetary unit (positive), or empty when given as jobs
 * @param mode supersede (default) or additive
 * @param field path in the scenario file
 * @param profile the subcontractors' own pay and purchases ({@link FacilityProfile#NONE}: the sector's averages),
 *     with the same rules as a closure's
 */
public record SubcontractorLoss(String name, String sector, OptionalDouble jobs, OptionalDouble output,
    SubcontractorMode mode, String field, FacilityProfile profile) {
  /** A loss at the sector's average pay and purchases. */
  public SubcontractorLoss(String name, String sector, OptionalDouble jobs, OptionalDouble output,
      SubcontractorMode mode, String field) {
    this(name, sector, jobs, output, mode, field, FacilityProfile.NONE);
  }

  public SubcontractorLoss {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(output, "output");
    mode = mode == null ? SubcontractorMode.SUPERSEDE : mode;
    field = field == null ? "subcontractor" : field;
    if (jobs.isPresent() == output.isPresent()) {
      throw new ScenarioException(field, "give exactly one of jobs or output");
    }
    Values.positive(field + ".jobs", jobs);
    Values.positive(field + ".output", output);
    profile = profile == null ? FacilityProfile.NONE : profile;
    profile.check(field, jobs);
  }
}

package org.ripple.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ripple.core.ScenarioException;

/**
 * A facility that closes: final demand for its sector falls by its annual output, or, where the output is not known,
 * by {@code jobs / e[j]} (jobs divided by the sector's jobs per unit of output). A facility profile may replace the
 * sector's averages: {@code annualPay} sets the direct labour income to {@code jobs x annualPay x payFactor}, and
 * {@code purchases} replaces the sector's average input column as the facility's first round (see {@link ShockPlan}).
 *
 * @param name facility name
 * @param sector sector code in the model
 * @param jobs jobs lost at the facility (positive)
 * @param annualOutput annual output of the facility in the model's monetary unit (positive), if known
 * @param location where it is (free text)
 * @param field the path of this entry in the scenario file, for messages (e.g. {@code closures[2]})
 * @param profile its own pay and purchases ({@link FacilityProfile#NONE}: the sector's averages)
 */
public record Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
    String field, FacilityProfile profile) {

  /** A closure at the sector's average pay and purchases. */
  public Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
      String field) {
    this(name, sector, jobs, annualOutput, location, field, FacilityProfile.NONE);
  }

  /** A closure with its own pay (and the factor at that pay) and purchases. */
  public Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
      String field, OptionalDouble annualPay, double payFactor, List<Purchase> purchases) {
    this(name, sector, jobs, annualOutput, location, field, new FacilityProfile(annualPay, payFactor, "", purchases));
  }

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
    profile = profile == null ? FacilityProfile.NONE : profile;
    profile.check(field, jobs);
  }

  /** The stated pay per job, in the model's monetary unit, if any. */
  public OptionalDouble annualPay() {
    return profile.annualPay();
  }

  /** Labour income per unit of the stated pay. */
  public double payFactor() {
    return profile.payFactor();
  }

  /** The facility's own purchases (empty: the sector's average column). */
  public List<Purchase> purchases() {
    return profile.purchases();
  }
}

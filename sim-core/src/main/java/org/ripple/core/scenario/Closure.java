package org.ripple.core.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
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
 * @param annualPay gross annual wages and salaries per job in the model's monetary unit (positive), if known
 * @param payFactor the model's labour income per unit of gross wages (1 plus the employer contributions its
 *     labour-income concept counts); at least 1
 * @param purchases the facility's own regional purchases per unit of its output; empty: the sector's average column
 */
public record Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
    String field, OptionalDouble annualPay, double payFactor, List<Purchase> purchases) {

  /** A closure at the sector's average pay and purchases. */
  public Closure(String name, String sector, OptionalDouble jobs, OptionalDouble annualOutput, String location,
      String field) {
    this(name, sector, jobs, annualOutput, location, field, OptionalDouble.empty(), 1.0, List.of());
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
    Objects.requireNonNull(annualPay, "annualPay");
    Values.positive(field + ".annual_pay", annualPay);
    if (!(payFactor >= 1) || !Double.isFinite(payFactor)) {
      throw new IllegalArgumentException("pay factor must be a finite number of at least 1, was " + payFactor);
    }
    purchases = purchases == null ? List.of() : List.copyOf(purchases);
    double sum = 0;
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < purchases.size(); k++) {
      Purchase p = purchases.get(k);
      String at = field + ".purchases[" + k + "]";
      Values.share(at + ".share", p.share());
      if (!seen.add(p.sector())) {
        throw new ScenarioException(at + ".sector", "sector '" + p.sector() + "' is listed twice in the purchases; "
            + "give one share per sector");
      }
      sum += p.share();
    }
    if (!(sum < 1)) {
      throw new ScenarioException(field + ".purchases", "the purchase shares add up to " + Values.format(sum)
          + "; a facility's regional purchases per unit of its output must add up to less than 1");
    }
  }
}

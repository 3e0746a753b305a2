package org.ripple.core.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.ripple.core.ScenarioException;

/**
 * What a closing facility or a subcontractor loss may state about itself instead of its sector's averages (see
 * {@link ShockPlan}): its pay and its own regional purchases. One set of checks for both kinds of shock.
 *
 * @param annualPay gross annual wages and salaries per job in the model's monetary unit (positive), if known
 * @param payFactor labour income per unit of that pay (1 plus the employer contributions the model's labour-income
 *     concept counts, at that pay); at least 1
 * @param payBasis how the factor was found, for the shock's note (e.g. the rates it applies); empty when no pay
 * @param purchases its own regional purchases per unit of its output; empty: the sector's average column
 * @param employerPayroll the total payroll of the facility's employer (with its associates, as the province's
 *     employer payroll tax counts it) in the model's monetary unit, positive, if known: the fiscal account charges the
 *     direct jobs that tax at its schedule's rate at this payroll (else at the top rate)
 */
public record FacilityProfile(OptionalDouble annualPay, double payFactor, String payBasis, List<Purchase> purchases,
    OptionalDouble employerPayroll) {
  /** The sector's average pay and purchases. */
  public static final FacilityProfile NONE = new FacilityProfile(OptionalDouble.empty(), 1.0, "", List.of());

  /** A profile without the employer's payroll. */
  public FacilityProfile(OptionalDouble annualPay, double payFactor, String payBasis, List<Purchase> purchases) {
    this(annualPay, payFactor, payBasis, purchases, OptionalDouble.empty());
  }

  public FacilityProfile {
    Objects.requireNonNull(annualPay, "annualPay");
    payBasis = payBasis == null ? "" : payBasis;
    if (!(payFactor >= 1) || !Double.isFinite(payFactor)) {
      throw new IllegalArgumentException("pay factor must be a finite number of at least 1, was " + payFactor);
    }
    purchases = purchases == null ? List.of() : List.copyOf(purchases);
    employerPayroll = employerPayroll == null ? OptionalDouble.empty() : employerPayroll;
  }

  /**
   * Checks the profile of the shock at {@code field} with {@code jobs} (empty: given as output): a pay above 0; an
   * employer payroll above 0 and, with jobs and pay, at least the facility's own, jobs x annual_pay; each purchase
   * share in [0, 1], each sector once, the shares adding up to less than 1. Throws {@link ScenarioException} naming
   * the field.
   */
  void check(String field, OptionalDouble jobs) {
    Values.positive(field + ".annual_pay", annualPay);
    Values.positive(field + ".employer_payroll", employerPayroll);
    if (employerPayroll.isPresent() && annualPay.isPresent() && jobs.isPresent()) {
      double own = jobs.getAsDouble() * annualPay.getAsDouble();
      if (employerPayroll.getAsDouble() < own * (1 - 1e-12)) {
        throw new ScenarioException(field + ".employer_payroll", "the employer's total payroll is below the "
            + "facility's own, jobs x annual_pay; give the payroll of the whole employer (with its associates), at "
            + "least the facility's");
      }
    }
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

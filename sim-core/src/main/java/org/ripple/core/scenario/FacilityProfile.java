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
 */
public record FacilityProfile(OptionalDouble annualPay, double payFactor, String payBasis, List<Purchase> purchases) {
  /** The sector's average pay and purchases. */
  public static final FacilityProfile NONE = new FacilityProfile(OptionalDouble.empty(), 1.0, "", List.of());

  public FacilityProfile {
    Objects.requireNonNull(annualPay, "annualPay");
    payBasis = payBasis == null ? "" : payBasis;
    if (!(payFactor >= 1) || !Double.isFinite(payFactor)) {
      throw new IllegalArgumentException("pay factor must be a finite number of at least 1, was " + payFactor);
    }
    purchases = purchases == null ? List.of() : List.copyOf(purchases);
  }

  /**
   * Checks the profile of the shock at {@code field}: a pay above 0; each purchase share in [0, 1], each sector once,
   * the shares adding up to less than 1. Throws {@link ScenarioException} naming the field.
   */
  void check(String field) {
    Values.positive(field + ".annual_pay", annualPay);
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

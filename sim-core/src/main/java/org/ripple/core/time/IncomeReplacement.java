package org.ripple.core.time;

import java.util.Objects;
import org.ripple.core.ScenarioException;

/**
 * How much of a displaced worker's labour income the household actually loses, day by day after the layoff.
 *
 * <p>Per displaced worker, n days after the layoff, with u(n) the share not yet re-employed ({@link Reemployment},
 * re-employed workers are assumed to earn as before) and S, W, D the severance, EI waiting and EI benefit weeks:
 * <pre>
 *   lost(n) = 0                 n &lt; 7S                 (severance: pay continues)
 *           = u(n)              7S &lt;= n &lt; 7(S+W)      (EI waiting period)
 *           = u(n) (1 - rho)    7(S+W) &lt;= n &lt; 7(S+W+D) (EI benefits)
 *           = u(n)              after
 * </pre>
 * where {@code rho = eiRate * min(1, maxInsurableEarnings / annual wage)}: EI pays its rate of insurable earnings,
 * which are capped.
 *
 * @param severanceWeeks weeks of pay after the layoff (0 for none)
 * @param eiRate employment-insurance replacement rate in [0, 1] (0 for none)
 * @param eiMaxInsurableEarnings yearly cap on insurable earnings in plain currency units (positive; infinite: none)
 * @param eiWaitingWeeks unpaid weeks before benefits start
 * @param eiWeeks weeks of benefits
 * @param reemployment share still without work after t months
 */
public record IncomeReplacement(double severanceWeeks, double eiRate, double eiMaxInsurableEarnings,
    double eiWaitingWeeks, double eiWeeks, Reemployment reemployment) {
  public IncomeReplacement {
    nonNegative("income_replacement.severance_weeks", severanceWeeks);
    nonNegative("income_replacement.ei_waiting_weeks", eiWaitingWeeks);
    nonNegative("income_replacement.ei_weeks", eiWeeks);
    if (!(eiRate >= 0 && eiRate <= 1)) {
      throw new ScenarioException("income_replacement.ei_rate", "must be a share in [0, 1], was " + eiRate);
    }
    if (!(eiMaxInsurableEarnings > 0)) {
      throw new ScenarioException("income_replacement.ei_max_insurable_earnings",
          "must be greater than 0, was " + eiMaxInsurableEarnings);
    }
    Objects.requireNonNull(reemployment, "reemployment");
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0) || !Double.isFinite(v) || v > 520) {
      throw new ScenarioException(field, "must be a number of weeks in [0, 520], was " + v);
    }
  }

  /** The EI share of a wage: the rate times the insurable share of the wage (annual, plain currency units). */
  public double replacementRate(double annualWage) {
    if (!(annualWage > 0) || !Double.isFinite(annualWage)) {
      return eiRate;
    }
    return eiRate * Math.min(1.0, eiMaxInsurableEarnings / annualWage);
  }

  /** The share of the pre-layoff labour income lost on day {@code n} (0, 1, ...) after the layoff. */
  public double lost(long n, double rho) {
    if (n < 7 * severanceWeeks) {
      return 0;
    }
    double u = reemployment.stillUnemployed(n / Reemployment.DAYS_PER_MONTH);
    if (paysBenefits(n)) {
      return u * (1 - rho);
    }
    return u;
  }

  /**
   * The share of the pre-layoff pay that EI pays on day {@code n} after the layoff: {@code u(n) rho} while benefits
   * are paid (after the severance and waiting weeks, for the benefit weeks), else 0. The same window as
   * {@link #lost}: what EI pays is what households do not lose.
   */
  public double benefit(long n, double rho) {
    return paysBenefits(n) ? reemployment.stillUnemployed(n / Reemployment.DAYS_PER_MONTH) * rho : 0;
  }

  private boolean paysBenefits(long n) {
    double benefitsFrom = 7 * (severanceWeeks + eiWaitingWeeks);
    return n >= benefitsFrom && n < benefitsFrom + 7 * eiWeeks;
  }
}

package org.ripple.core.provincial;

import java.util.Arrays;
import java.util.Objects;

/**
 * The propensity to consume out of a model's labour income, derived from a representative gross annual wage y:
 * households keep {@code y - T(y) - C(y)} after personal income tax T (federal and provincial brackets less the
 * basic personal credit at the lowest rate, the federal part reduced by the Quebec abatement where it applies) and
 * employee payroll contributions C (pension plan between its exemption and ceilings, employment insurance and
 * parental insurance up to their ceilings), save a share s of it, and the labour income behind y is {@code k y}
 * (employer contributions). So {@code p = (1 - (T + C) / y) (1 - s) / k}. Imports leave through the regional
 * purchase coefficients, as for every other purchase.
 *
 * @param wage the representative gross annual wage y, in currency units
 * @param incomeTax T(y)
 * @param contributions C(y)
 * @param saving the saving rate s
 * @param payFactor k
 */
public record DisposableIncome(double wage, double incomeTax, double contributions, double saving,
    double payFactor) {

  /**
   * The 2025 parameters of one province's workers (currency units, shares): brackets are upper bounds with one
   * more rate than bounds (the top rate); the pension plan has a first tier (exemption to first ceiling) and a second
   * (first to second ceiling).
   */
  public record Parameters(double[] federalUppers, double[] federalRates, double federalBasic, double abatement,
      double[] provincialUppers, double[] provincialRates, double provincialBasic, double pensionExemption,
      double pensionCeiling, double pensionRate, double pensionCeiling2, double pensionRate2, double eiCeiling,
      double eiRate, double parentalCeiling, double parentalRate) {
    public Parameters {
      federalUppers = brackets("federal", federalUppers, federalRates);
      federalRates = federalRates.clone();
      provincialUppers = brackets("provincial", provincialUppers, provincialRates);
      provincialRates = provincialRates.clone();
    }

    private static double[] brackets(String what, double[] uppers, double[] rates) {
      Objects.requireNonNull(uppers, what + " brackets");
      Objects.requireNonNull(rates, what + " rates");
      if (rates.length != uppers.length + 1) {
        throw new IllegalArgumentException(what + " income tax needs one rate more than bracket bounds");
      }
      for (int b = 1; b < uppers.length; b++) {
        if (!(uppers[b] > uppers[b - 1])) {
          throw new IllegalArgumentException(what + " bracket bounds must increase");
        }
      }
      return uppers.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Parameters q && Arrays.equals(federalUppers, q.federalUppers)
          && Arrays.equals(federalRates, q.federalRates) && Arrays.equals(provincialUppers, q.provincialUppers)
          && Arrays.equals(provincialRates, q.provincialRates) && federalBasic == q.federalBasic
          && abatement == q.abatement && provincialBasic == q.provincialBasic
          && pensionExemption == q.pensionExemption && pensionCeiling == q.pensionCeiling
          && pensionRate == q.pensionRate && pensionCeiling2 == q.pensionCeiling2 && pensionRate2 == q.pensionRate2
          && eiCeiling == q.eiCeiling && eiRate == q.eiRate && parentalCeiling == q.parentalCeiling
          && parentalRate == q.parentalRate;
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(federalRates), Arrays.hashCode(provincialRates), pensionRate, eiRate);
    }
  }

  public DisposableIncome {
    if (!(wage > 0) || !(saving >= 0 && saving < 1) || !(payFactor >= 1)) {
      throw new IllegalArgumentException("wage must be positive, saving in [0, 1) and the pay factor at least 1");
    }
  }

  /** The disposable income of a worker earning {@code wage}, with saving rate {@code saving}. */
  public static DisposableIncome of(Parameters t, double wage, double saving, double payFactor) {
    double federal = Math.max(0, bracketTax(wage, t.federalUppers, t.federalRates)
        - t.federalRates[0] * t.federalBasic) * (1 - t.abatement);
    double provincial = Math.max(0, bracketTax(wage, t.provincialUppers, t.provincialRates)
        - t.provincialRates[0] * t.provincialBasic);
    double pension = t.pensionRate * Math.max(0, Math.min(wage, t.pensionCeiling) - t.pensionExemption)
        + t.pensionRate2 * Math.max(0, Math.min(wage, t.pensionCeiling2) - t.pensionCeiling);
    double ei = t.eiRate * Math.min(wage, t.eiCeiling);
    double parental = t.parentalRate * Math.min(wage, t.parentalCeiling);
    return new DisposableIncome(wage, federal + provincial, pension + ei + parental, saving, payFactor);
  }

  /** Tax on {@code y} by brackets: rate b on the part of y between bound b-1 and bound b. */
  static double bracketTax(double y, double[] uppers, double[] rates) {
    double tax = 0;
    double lower = 0;
    for (int b = 0; b < rates.length; b++) {
      double upper = b < uppers.length ? uppers[b] : Double.POSITIVE_INFINITY;
      if (y > lower) {
        tax += rates[b] * (Math.min(y, upper) - lower);
      }
      lower = upper;
    }
    return tax;
  }

  /** The share of the gross wage left after income tax and contributions. */
  public double disposableShare() {
    return 1 - (incomeTax + contributions) / wage;
  }

  /** {@code p = disposableShare (1 - s) / k}. */
  public double propensity() {
    return disposableShare() * (1 - saving) / payFactor;
  }

  /** The same worker with another saving rate (a sensitivity run). */
  public DisposableIncome withSaving(double s) {
    return new DisposableIncome(wage, incomeTax, contributions, s, payFactor);
  }
}

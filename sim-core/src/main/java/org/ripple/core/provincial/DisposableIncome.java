package org.ripple.core.provincial;

import org.ripple.core.fiscal.TaxRules;

/**
 * The propensity to consume out of a model's labour income, derived from a representative gross annual wage y (CAD
 * of the tax year): households keep {@code y - T(y) - C(y)} after personal income tax T and employee payroll
 * contributions C, both from {@link TaxRules} (the province's rules, the one place they live), save a share s of it
 * (negative where households spend more than their disposable income, as a province's published rate may be), and
 * the labour income behind a unit of wages is k (the pay plus the employer's social contributions). So
 * {@code p = (1 - (T + C) / y) (1 - s) / k}. Imports leave through the regional purchase coefficients, as for every
 * other purchase.
 *
 * @param wage the representative gross annual wage y, in CAD of the tax year
 * @param incomeTax T(y)
 * @param contributions C(y)
 * @param saving the saving rate s
 * @param payFactor k
 */
public record DisposableIncome(double wage, double incomeTax, double contributions, double saving,
    double payFactor) {

  public DisposableIncome {
    if (!(wage > 0) || !(saving > -1 && saving < 1) || !(payFactor >= 1)) {
      throw new IllegalArgumentException("wage must be positive, saving in (-1, 1) and the pay factor at least 1");
    }
  }

  /** The disposable income of a worker earning {@code wage} under {@code rules}, with saving rate {@code saving}. */
  public static DisposableIncome of(TaxRules rules, double wage, double saving, double payFactor) {
    return new DisposableIncome(wage, rules.incomeTax(wage), rules.employeeContributions(wage), saving, payFactor);
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

package org.ripple.core.fiscal;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ripple.core.time.IncomeReplacement;

/**
 * What a fiscal account needs besides the run's result.
 *
 * @param taxYear the tax year whose parameters apply (its file must ship; see {@link FiscalParameters#forYear})
 * @param directPay gross annual pay per direct job (CAD of the tax year), by the shock's field path (e.g.
 *     {@code closures[0]}); a shock not in the map uses its sector's average pay
 * @param replacement the EI rules for the laid-off when the scenario has none on its schedule; null: the tax year's
 *     EI parameters (rate, maximum insurable earnings, waiting week, weeks payable), no severance, no re-employment
 * @param employerPayroll the total payroll of the employer of a shock's direct jobs, by the shock's field path: its
 *     direct jobs' employer payroll tax is at the schedule's rate at that payroll ({@link PayrollTaxSchedule#rate});
 *     a shock not in the map is at the top rate
 */
public record FiscalInputs(int taxYear, Map<String, Double> directPay, IncomeReplacement replacement,
    Map<String, EmployerPayroll> employerPayroll) {
  /**
   * An employer's stated total payroll.
   *
   * @param payroll CAD of the tax year, positive
   * @param group the Health Services Fund's sector group of the employer
   * @param groupBasis how the group was found, for the notes
   */
  public record EmployerPayroll(double payroll, PayrollTaxSchedule.Group group, String groupBasis) {
    public EmployerPayroll {
      Objects.requireNonNull(group, "group");
      groupBasis = groupBasis == null ? "" : groupBasis;
      if (!(payroll > 0) || !Double.isFinite(payroll)) {
        throw new IllegalArgumentException("employer_payroll must be a positive amount, was " + payroll);
      }
    }
  }

  public FiscalInputs {
    directPay = directPay == null ? Map.of() : Map.copyOf(directPay);
    for (Map.Entry<String, Double> e : directPay.entrySet()) {
      Objects.requireNonNull(e.getValue(), e.getKey());
      if (!(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(e.getKey() + ".annual_pay must be a positive amount, was " + e.getValue());
      }
    }
    employerPayroll = employerPayroll == null ? Map.of() : Map.copyOf(employerPayroll);
  }

  /** No employer's payroll stated: every job at its province's top payroll-tax rate. */
  public FiscalInputs(int taxYear, Map<String, Double> directPay, IncomeReplacement replacement) {
    this(taxYear, directPay, replacement, Map.of());
  }

  /** Every direct job at its sector's average pay, the tax year's EI rules. */
  public static FiscalInputs of(int taxYear) {
    return new FiscalInputs(taxYear, Map.of(), null);
  }

  public OptionalDouble directPay(String field) {
    Double v = directPay.get(field);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}

package org.ripple.core.fiscal;

import java.util.List;

/**
 * One worker's income tax and payroll contributions for a year, from their gross annual pay (CAD of the tax year),
 * for a Quebec resident working in Quebec. Every amount is positive (what is paid); the account gives them signs.
 *
 * <ul>
 *   <li>Federal income tax: {@code max(0, brackets(pay) - r1 * BPA_f)}, less the Quebec abatement
 *       ({@code 16.5 %} of that basic federal tax).
 *   <li>Quebec income tax: {@code max(0, brackets_q(pay) - r1_q * BPA_q)}.
 *   <li>EI: employee {@code rate_QC * min(pay, MIE)}, employer 1.4 times that.
 *   <li>QPP (each side): {@code (base + first additional) * max(0, min(pay, YMPE) - exemption)
 *       + second additional * max(0, min(pay, YAMPE) - YMPE)}.
 *   <li>QPIP: employee and employer rate times {@code min(pay, MIE_QPIP)}.
 *   <li>Health Services Fund (employer): the top rate times the pay (employers with a total payroll at or above the
 *       top threshold; smaller employers pay less, down to 1.25 %).
 * </ul>
 *
 * Taxable income is the pay itself: the deductions and the other non-refundable credits (Canada employment amount,
 * credits for EI, QPP and QPIP contributions, the deduction for the QPP enhanced contributions, Quebec's deduction for
 * workers) are left out, and the federal basic personal amount does not fall with income above 177,882 CAD.
 */
public final class TaxRules {
  /** The items paid per worker, in the order of {@link #perWorker(double, double[], int)}. */
  public static final List<FiscalItem> PER_WORKER = List.of(FiscalItem.FEDERAL_INCOME_TAX, FiscalItem.EI_EMPLOYEE,
      FiscalItem.EI_EMPLOYER, FiscalItem.PROVINCIAL_INCOME_TAX, FiscalItem.QPP_EMPLOYEE, FiscalItem.QPP_EMPLOYER,
      FiscalItem.QPIP_EMPLOYEE, FiscalItem.QPIP_EMPLOYER, FiscalItem.HSF_EMPLOYER);

  private final FiscalParameters parameters;
  private final Brackets federal;
  private final double federalBpa;
  private final double abatement;
  private final Brackets quebec;
  private final double quebecBpa;
  private final double eiMie;
  private final double eiRate;
  private final double eiEmployerMultiple;
  private final double qppExemption;
  private final double ympe;
  private final double yampe;
  private final double qppFirstTier;
  private final double qppSecondTier;
  private final double qppEmployerMultiple;
  private final double qpipMie;
  private final double qpipEmployee;
  private final double qpipEmployer;
  private final double hsfRate;

  public TaxRules(FiscalParameters p) {
    this.parameters = p;
    federal = new Brackets(
        new double[] {p.value("federal.income_tax.bracket_1_upper"), p.value("federal.income_tax.bracket_2_upper"),
            p.value("federal.income_tax.bracket_3_upper"), p.value("federal.income_tax.bracket_4_upper")},
        new double[] {p.value("federal.income_tax.rate_1"), p.value("federal.income_tax.rate_2"),
            p.value("federal.income_tax.rate_3"), p.value("federal.income_tax.rate_4"),
            p.value("federal.income_tax.rate_5")});
    federalBpa = p.value("federal.income_tax.basic_personal_amount");
    abatement = p.value("federal.income_tax.quebec_abatement");
    quebec = new Brackets(
        new double[] {p.value("quebec.income_tax.bracket_1_upper"), p.value("quebec.income_tax.bracket_2_upper"),
            p.value("quebec.income_tax.bracket_3_upper")},
        new double[] {p.value("quebec.income_tax.rate_1"), p.value("quebec.income_tax.rate_2"),
            p.value("quebec.income_tax.rate_3"), p.value("quebec.income_tax.rate_4")});
    quebecBpa = p.value("quebec.income_tax.basic_personal_amount");
    eiMie = p.value("federal.employment_insurance.max_insurable_earnings");
    eiRate = p.value("federal.employment_insurance.employee_rate_quebec");
    eiEmployerMultiple = p.value("federal.employment_insurance.employer_multiple");
    qppExemption = p.value("quebec.pension_plan.basic_exemption");
    ympe = p.value("quebec.pension_plan.ympe");
    yampe = p.value("quebec.pension_plan.yampe");
    qppFirstTier = p.value("quebec.pension_plan.base_rate") + p.value("quebec.pension_plan.first_additional_rate");
    qppSecondTier = p.value("quebec.pension_plan.second_additional_rate");
    qppEmployerMultiple = p.value("quebec.pension_plan.employer_multiple");
    qpipMie = p.value("quebec.parental_insurance.max_insurable_earnings");
    qpipEmployee = p.value("quebec.parental_insurance.employee_rate");
    qpipEmployer = p.value("quebec.parental_insurance.employer_rate");
    hsfRate = p.value("quebec.health_services_fund.top_rate");
  }

  public FiscalParameters parameters() {
    return parameters;
  }

  /** Basic federal tax after the basic personal credit, before the abatement. */
  public double basicFederalTax(double pay) {
    return Math.max(0, federal.tax(pay) - federal.lowestRate() * federalBpa);
  }

  /** Federal income tax of a Quebec resident: basic federal tax less the Quebec abatement. */
  public double federalIncomeTax(double pay) {
    double basic = basicFederalTax(pay);
    return basic - abatement * basic;
  }

  public double quebecIncomeTax(double pay) {
    return Math.max(0, quebec.tax(pay) - quebec.lowestRate() * quebecBpa);
  }

  public double eiEmployee(double pay) {
    return eiRate * clamp(pay, eiMie);
  }

  public double eiEmployer(double pay) {
    return eiEmployerMultiple * eiEmployee(pay);
  }

  public double qppEmployee(double pay) {
    double p = Math.max(0, pay);
    return qppFirstTier * Math.max(0, Math.min(p, ympe) - qppExemption)
        + qppSecondTier * Math.max(0, Math.min(p, yampe) - ympe);
  }

  public double qppEmployer(double pay) {
    return qppEmployerMultiple * qppEmployee(pay);
  }

  public double qpipEmployee(double pay) {
    return qpipEmployee * clamp(pay, qpipMie);
  }

  public double qpipEmployer(double pay) {
    return qpipEmployer * clamp(pay, qpipMie);
  }

  public double hsfEmployer(double pay) {
    return hsfRate * Math.max(0, pay);
  }

  /** Everything the employer pays on top of the pay: EI, QPP, QPIP and the Health Services Fund. */
  public double employerContributions(double pay) {
    return eiEmployer(pay) + qppEmployer(pay) + qpipEmployer(pay) + hsfEmployer(pay);
  }

  /**
   * The gross pay whose cost to the employer (pay plus employer contributions) is {@code labourCost}: the model's
   * labour income per job includes employers' social contributions. The cost rises strictly with the pay, so the
   * pay is found by bisection to the last bit; 0 for a cost of 0 or less.
   */
  public double payFromLabourCost(double labourCost) {
    if (!(labourCost > 0) || !Double.isFinite(labourCost)) {
      return labourCost > 0 ? labourCost : 0;
    }
    double lo = 0;
    double hi = labourCost;
    for (int i = 0; i < 200 && hi - lo > Math.ulp(hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (mid + employerContributions(mid) > labourCost) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** One worker's amounts, in the order of {@link #PER_WORKER}, written to {@code out} from {@code at}. */
  public void perWorker(double pay, double[] out, int at) {
    out[at] = federalIncomeTax(pay);
    out[at + 1] = eiEmployee(pay);
    out[at + 2] = eiEmployer(pay);
    out[at + 3] = quebecIncomeTax(pay);
    out[at + 4] = qppEmployee(pay);
    out[at + 5] = qppEmployer(pay);
    out[at + 6] = qpipEmployee(pay);
    out[at + 7] = qpipEmployer(pay);
    out[at + 8] = hsfEmployer(pay);
  }

  private static double clamp(double pay, double ceiling) {
    return Math.max(0, Math.min(pay, ceiling));
  }
}

package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One worker's income tax and payroll contributions for a year, from their gross annual pay (CAD of the tax year),
 * for a resident of one province working there; the one place these rules live, used by the fiscal account and by
 * the provincial model build (labour income per job and the propensity to consume). Every amount is positive (what is
 * paid); the account gives them signs.
 *
 * <ul>
 *   <li>Federal income tax: {@code max(0, brackets(pay) - r1 * BPA_f)}; in Quebec less the Quebec abatement
 *       ({@code 16.5 %} of that basic federal tax).
 *   <li>Provincial income tax: {@code max(0, brackets_p(pay) - r1_p * BPA_p)} with the province's own schedule and
 *       basic personal amount (rows {@code <province>.income_tax.*}); a province without rows takes Quebec's schedule
 *       ({@link #provincialScheduleIsOwn()} says which).
 *   <li>EI: employee {@code rate * min(pay, MIE)} (Quebec's reduced rate in Quebec), employer 1.4 times that.
 *   <li>Pension plan (QPP in Quebec, CPP elsewhere; each side): {@code (base + first additional) * max(0, min(pay,
 *       YMPE) - exemption) + second additional * max(0, min(pay, YAMPE) - YMPE)}.
 *   <li>QPIP (Quebec only): employee and employer rate times {@code min(pay, MIE_QPIP)}.
 *   <li>Health Services Fund (Quebec employers): the top rate times the pay (employers with a total payroll at or
 *       above the top threshold; the schedule below it is {@link PayrollTaxSchedule}'s, which the account applies
 *       to a shock's direct jobs when their employer's payroll is stated).
 *   <li>Another province's employer payroll tax (Ontario's and British Columbia's Employer Health Tax, Manitoba's
 *       health and post-secondary education levy, Newfoundland and Labrador's HAPSET): its top rate times the pay
 *       (rows {@code <province>.payroll_tax.top_rate}; large employers, whose exemption is none or small beside
 *       their payroll; exemptions and notches are {@link PayrollTaxSchedule}'s); a province without the row has none
 *       among the parameters ({@link #hasPayrollTax()}), one whose row is 0 levies none ({@link
 *       #leviesNoPayrollTax()}).
 * </ul>
 *
 * <p>Labour income, the models' concept, is compensation of employees: the pay plus the employer's social
 * contributions (EI, pension plan, QPIP; {@link #labourCost}). The Health Services Fund and the other provinces'
 * employer payroll taxes are taxes on payroll, which the national accounts record as taxes on production, so they are
 * outside labour income and are collected on the pay.
 *
 * <p>Taxable income is the pay itself: the deductions and the other non-refundable credits (Canada employment amount,
 * credits for EI, QPP and QPIP contributions, the deduction for the pension plans' enhanced contributions, Quebec's
 * deduction for workers), provincial surtaxes and health premiums are left out, and the federal basic personal amount
 * does not fall with income above 177,882 CAD.
 */
public final class TaxRules {
  /**
   * The items paid per worker, in the order of {@link #perWorker(double, double[], int)}: the pension plan's
   * contributions are QPP in Quebec and CPP elsewhere (the other pair 0), QPIP and the Health Services Fund are
   * Quebec's, the payroll tax another province's.
   */
  public static final List<FiscalItem> PER_WORKER = List.of(FiscalItem.FEDERAL_INCOME_TAX, FiscalItem.EI_EMPLOYEE,
      FiscalItem.EI_EMPLOYER, FiscalItem.PROVINCIAL_INCOME_TAX, FiscalItem.QPP_EMPLOYEE, FiscalItem.QPP_EMPLOYER,
      FiscalItem.QPIP_EMPLOYEE, FiscalItem.QPIP_EMPLOYER, FiscalItem.HSF_EMPLOYER, FiscalItem.CPP_EMPLOYEE,
      FiscalItem.CPP_EMPLOYER, FiscalItem.PAYROLL_TAX_EMPLOYER);

  /** The province whose rules {@link #TaxRules(FiscalParameters)} applies. */
  public static final String QUEBEC = "Quebec";

  private final FiscalParameters parameters;
  private final String province;
  private final boolean quebec;
  private final boolean ownSchedule;
  private final Brackets federal;
  private final double federalBpa;
  private final double abatement;
  private final Brackets provincial;
  private final double provincialBpa;
  private final double eiMie;
  private final double eiRate;
  private final double eiEmployerMultiple;
  private final double pensionExemption;
  private final double ympe;
  private final double yampe;
  private final double pensionFirstTier;
  private final double pensionSecondTier;
  private final double pensionEmployerMultiple;
  private final double qpipMie;
  private final double qpipEmployee;
  private final double qpipEmployer;
  private final double hsfRate;
  private final boolean hasPayrollTax;
  private final boolean leviesNoPayrollTax;
  private final double payrollTaxRate;

  /** Quebec's rules. */
  public TaxRules(FiscalParameters p) {
    this(p, QUEBEC);
  }

  private TaxRules(FiscalParameters p, String province) {
    this.parameters = p;
    this.province = province;
    boolean quebec = province.equals(QUEBEC);
    this.quebec = quebec;
    String own = jurisdiction(province);
    ownSchedule = p.has(own + ".income_tax.rate_1");
    String schedule = ownSchedule ? own : jurisdiction(QUEBEC);
    federal = brackets(p, "federal.income_tax");
    federalBpa = p.value("federal.income_tax.basic_personal_amount");
    abatement = quebec ? p.value("federal.income_tax.quebec_abatement") : 0;
    provincial = brackets(p, schedule + ".income_tax");
    provincialBpa = p.value(schedule + ".income_tax.basic_personal_amount");
    eiMie = p.value("federal.employment_insurance.max_insurable_earnings");
    eiRate = p.value(quebec ? "federal.employment_insurance.employee_rate_quebec"
        : "federal.employment_insurance.employee_rate_outside_quebec");
    eiEmployerMultiple = p.value("federal.employment_insurance.employer_multiple");
    String plan = quebec ? "quebec.pension_plan." : "canada.pension_plan.";
    pensionExemption = p.value(plan + "basic_exemption");
    ympe = p.value(plan + "ympe");
    yampe = p.value(plan + "yampe");
    pensionFirstTier = p.value(plan + "base_rate") + p.value(plan + "first_additional_rate");
    pensionSecondTier = p.value(plan + "second_additional_rate");
    pensionEmployerMultiple = p.value(plan + "employer_multiple");
    qpipMie = quebec ? p.value("quebec.parental_insurance.max_insurable_earnings") : 0;
    qpipEmployee = quebec ? p.value("quebec.parental_insurance.employee_rate") : 0;
    qpipEmployer = quebec ? p.value("quebec.parental_insurance.employer_rate") : 0;
    hsfRate = quebec ? p.value("quebec.health_services_fund.top_rate") : 0;
    boolean row = !quebec && p.has(own + ".payroll_tax.top_rate");
    payrollTaxRate = row ? p.value(own + ".payroll_tax.top_rate") : 0;
    hasPayrollTax = row && payrollTaxRate != 0;
    leviesNoPayrollTax = row && payrollTaxRate == 0;
  }

  /**
   * The rules of a province, named as Statistics Canada names it ("Quebec", "British Columbia"); its rows in the
   * parameter file are under its name in lower case with underscores ({@code british_columbia.income_tax.rate_1}).
   */
  public static TaxRules forProvince(FiscalParameters p, String province) {
    return new TaxRules(p, province);
  }

  /** The parameter file's jurisdiction of a province: its name in lower case, spaces as underscores. */
  public static String jurisdiction(String province) {
    return province.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  /**
   * A schedule read from the rows {@code <prefix>.bracket_k_upper} (k = 1, 2, ... while present) and
   * {@code <prefix>.rate_k} (one more rate than bounds).
   */
  static Brackets brackets(FiscalParameters p, String prefix) {
    List<Double> uppers = new ArrayList<>();
    while (p.has(prefix + ".bracket_" + (uppers.size() + 1) + "_upper")) {
      uppers.add(p.value(prefix + ".bracket_" + (uppers.size() + 1) + "_upper"));
    }
    double[] u = new double[uppers.size()];
    double[] r = new double[u.length + 1];
    for (int k = 0; k < r.length; k++) {
      if (k < u.length) {
        u[k] = uppers.get(k);
      }
      r[k] = p.value(prefix + ".rate_" + (k + 1));
    }
    if (p.has(prefix + ".rate_" + (r.length + 1))) {
      throw new IllegalStateException(p.file() + ": " + prefix + " has rate_" + (r.length + 1) + " but no bracket_"
          + r.length + "_upper");
    }
    return new Brackets(u, r);
  }

  public FiscalParameters parameters() {
    return parameters;
  }

  /** The province whose rules these are. */
  public String province() {
    return province;
  }

  /** Whether these are Quebec's rules (QPP, QPIP, the Health Services Fund, the Quebec abatement). */
  public boolean isQuebec() {
    return quebec;
  }

  /**
   * Whether the province's employer payroll tax is among the parameters ({@code <province>.payroll_tax.top_rate}
   * above 0); false in Quebec, whose Health Services Fund is its own item.
   */
  public boolean hasPayrollTax() {
    return hasPayrollTax;
  }

  /**
   * Whether the parameters say the province levies no employer payroll tax (its {@code payroll_tax.top_rate} row is
   * 0): then it has no such line, as a province without a sales tax has none; without the row it is not available.
   */
  public boolean leviesNoPayrollTax() {
    return leviesNoPayrollTax;
  }

  /** Whether the province's own income-tax schedule is in the file (else Quebec's stands in for it). */
  public boolean provincialScheduleIsOwn() {
    return ownSchedule;
  }

  /** Basic federal tax after the basic personal credit, before the abatement. */
  public double basicFederalTax(double pay) {
    return Math.max(0, federal.tax(pay) - federal.lowestRate() * federalBpa);
  }

  /** Federal income tax: basic federal tax less the Quebec abatement for a Quebec resident. */
  public double federalIncomeTax(double pay) {
    double basic = basicFederalTax(pay);
    return basic - abatement * basic;
  }

  /** Provincial income tax after the provincial basic personal credit. */
  public double provincialIncomeTax(double pay) {
    return Math.max(0, provincial.tax(pay) - provincial.lowestRate() * provincialBpa);
  }

  /** Federal and provincial income tax. */
  public double incomeTax(double pay) {
    return federalIncomeTax(pay) + provincialIncomeTax(pay);
  }

  public double eiEmployee(double pay) {
    return eiRate * clamp(pay, eiMie);
  }

  public double eiEmployer(double pay) {
    return eiEmployerMultiple * eiEmployee(pay);
  }

  /** The employee's pension-plan contribution (QPP in Quebec, CPP elsewhere). */
  public double qppEmployee(double pay) {
    double p = Math.max(0, pay);
    return pensionFirstTier * Math.max(0, Math.min(p, ympe) - pensionExemption)
        + pensionSecondTier * Math.max(0, Math.min(p, yampe) - ympe);
  }

  public double qppEmployer(double pay) {
    return pensionEmployerMultiple * qppEmployee(pay);
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

  /** The employer payroll tax of a province outside Quebec at its top rate; 0 where none is among the parameters. */
  public double payrollTaxEmployer(double pay) {
    return payrollTaxRate * Math.max(0, pay);
  }

  /** The employee's contributions: EI, pension plan and QPIP. */
  public double employeeContributions(double pay) {
    return eiEmployee(pay) + qppEmployee(pay) + qpipEmployee(pay);
  }

  /** The employer's social contributions, which labour income counts: EI, pension plan and QPIP. */
  public double employerSocialContributions(double pay) {
    return eiEmployer(pay) + qppEmployer(pay) + qpipEmployer(pay);
  }

  /**
   * Everything the employer pays on top of the pay: the social contributions and the payroll tax (the Health
   * Services Fund in Quebec).
   */
  public double employerContributions(double pay) {
    return employerSocialContributions(pay) + hsfEmployer(pay) + payrollTaxEmployer(pay);
  }

  /** Labour income of one job at gross pay {@code pay}: the pay plus the employer's social contributions. */
  public double labourCost(double pay) {
    return Math.max(0, pay) + employerSocialContributions(pay);
  }

  /** Labour income per unit of gross pay at {@code pay} (at least 1); 1 for a pay of 0 or less. */
  public double labourIncomePerWage(double pay) {
    return pay > 0 ? labourCost(pay) / pay : 1;
  }

  /**
   * The gross pay whose labour income ({@link #labourCost}) is {@code labourCost}. The cost rises strictly with the
   * pay, so the pay is found by bisection to the last bit; 0 for a cost of 0 or less.
   */
  public double payFromLabourCost(double labourCost) {
    if (!(labourCost > 0) || !Double.isFinite(labourCost)) {
      return labourCost > 0 ? labourCost : 0;
    }
    double lo = 0;
    double hi = labourCost;
    for (int i = 0; i < 200 && hi - lo > Math.ulp(hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (labourCost(mid) > labourCost) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** One worker's amounts, in the order of {@link #PER_WORKER}, written to {@code out} from {@code at}. */
  public void perWorker(double pay, double[] out, int at) {
    double pension = qppEmployee(pay);
    double pensionEmployer = qppEmployer(pay);
    out[at] = federalIncomeTax(pay);
    out[at + 1] = eiEmployee(pay);
    out[at + 2] = eiEmployer(pay);
    out[at + 3] = provincialIncomeTax(pay);
    out[at + 4] = quebec ? pension : 0;
    out[at + 5] = quebec ? pensionEmployer : 0;
    out[at + 6] = qpipEmployee(pay);
    out[at + 7] = qpipEmployer(pay);
    out[at + 8] = hsfEmployer(pay);
    out[at + 9] = quebec ? 0 : pension;
    out[at + 10] = quebec ? 0 : pensionEmployer;
    out[at + 11] = payrollTaxEmployer(pay);
  }

  private static double clamp(double pay, double ceiling) {
    return Math.max(0, Math.min(pay, ceiling));
  }
}

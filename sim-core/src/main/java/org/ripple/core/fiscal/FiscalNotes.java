package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Effect;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.Timeline;

/**
 * The notes of a fiscal account ({@link FiscalAccounts}): whose account it is and in which money, how tax is computed
 * per worker, what the income tax, the payroll contributions and the consumption taxes leave out, and the EI rules of
 * its benefits; one province's wording (Quebec) or every province's.
 */
final class FiscalNotes {
  /** Quebec's employer charges on payroll beside the Health Services Fund that the account leaves out. */
  private static final String QUEBEC_CHARGES_LEFT_OUT = " (Quebec's other employer charges on payroll, the "
      + "contribution related to labour standards and the 1 % training obligation of the Workforce Skills "
      + "Development and Recognition Fund for payrolls above 2 million CAD, are left out: no rate for them is among "
      + "the tax parameters)";

  private final FiscalInputs inputs;
  private final FiscalParameters parameters;
  private final AccountBasis.Scope scope;
  private final List<AccountBasis.Province> provinces;
  private final LeontiefSystem system;
  private final Timeline timeline;
  private final double priceFactor;
  private final FiscalParameters.Parameter cpiFrom;
  private final FiscalParameters.Parameter cpiTo;
  private final IncomeReplacement replacement;
  private final boolean replacementFromScenario;
  private final double[] sigma;

  FiscalNotes(FiscalInputs inputs, FiscalParameters parameters, AccountBasis.Scope scope, LeontiefSystem system,
      Timeline timeline, double priceFactor, FiscalParameters.Parameter cpiFrom, FiscalParameters.Parameter cpiTo,
      IncomeReplacement replacement, boolean replacementFromScenario, double[] sigma) {
    this.inputs = inputs;
    this.parameters = parameters;
    this.scope = scope;
    this.provinces = scope.provinces();
    this.system = system;
    this.timeline = timeline;
    this.priceFactor = priceFactor;
    this.cpiFrom = cpiFrom;
    this.cpiTo = cpiTo;
    this.replacement = replacement;
    this.replacementFromScenario = replacementFromScenario;
    this.sigma = sigma;
  }

  /** The account's notes: its scope, money, per-worker rule, what each item leaves out, EI's rules. */
  List<String> write(List<ShockResult> shocks, double[] shockPay, boolean[] loss, DirectPayrollTax payrollTax,
      double[][][] values) {
    List<String> notes = new ArrayList<>();
    int year = inputs.taxYear();
    boolean quebecOnly = provinces.size() == 1 && provinces.get(0).rules().isQuebec();
    String who = provinces.size() == 1 ? scope.province() : "the federal government and " + provinces.size()
        + " provinces (" + scope.province() + ")";
    notes.add(String.format(Locale.ROOT, "fiscal account for %s, %d tax parameters (%s); amounts in CAD of %d, "
        + "revenue lost negative, benefits paid negative; each balance is the sum of its government's available "
        + "items", who, year, parameters.file(), year));
    notes.add(String.format(Locale.ROOT, "the model's money (CAD of %d) is converted to CAD of %d by the all-items "
        + "consumer price index, %s / %s = %.4f (%s; %s)", system.model().info().year(), year,
        plain(cpiTo.value()), plain(cpiFrom.value()), priceFactor, cpiFrom.source(), cpiTo.source()));
    List<String> given = new ArrayList<>();
    for (int s = 0; s < shocks.size(); s++) {
      if (!Double.isNaN(shockPay[s])) {
        given.add(String.format(Locale.ROOT, "%s %,.0f CAD", shocks.get(s).name(), shockPay[s]));
      }
    }
    notes.add("tax is computed per worker: direct jobs at the annual pay given for their shock"
        + (given.isEmpty() ? " (none given)" : " (" + String.join(", ", given) + ")") + ", every other job at its "
        + "sector's average pay, the pay whose labour income (pay plus the employer's "
        + (quebecOnly ? "EI, QPP and QPIP; the Health Services Fund is a tax on production, not labour income"
            : "EI, pension plan (QPP in Quebec, CPP elsewhere) and, in Quebec, QPIP; the Health Services Fund and "
            + "the other provinces' employer payroll taxes are taxes on production, not labour income")
        + ") is the model's labour income per job; a job counts as one worker earning that pay a "
        + "full year (the model's jobs are persons, part-time included), and a period's jobs as job-years"
        + (quebecOnly ? "" : "; each worker lives and pays tax in the province of the region where the job is"));
    if (quebecOnly) {
      notes.add("income tax: brackets and the basic personal amount only (taxable income = pay); the Canada "
          + "employment amount, the credits for EI, QPP and QPIP contributions, the QPP enhanced-contribution "
          + "deduction, Quebec's deduction for workers and the federal basic amount's fall above 177,882 CAD are "
          + "left out; federal tax is net of the 16.5 % Quebec abatement; tax on EI benefits is not counted");
      notes.add("payroll contributions count as revenue of the government whose plan receives them: EI (federal), "
          + "QPP and QPIP (Quebec); the Health Services Fund by the employer's total payroll, "
          + payrollTax.schedules[0].describe() + QUEBEC_CHARGES_LEFT_OUT);
    } else {
      notes.add("income tax: the federal brackets and each province's own, with the basic personal amounts only "
          + "(taxable income = pay); the Canada employment amount, the credits for EI, CPP, QPP and QPIP "
          + "contributions, the enhanced-contribution deductions, Quebec's deduction for workers, the provinces' "
          + "surtaxes (Ontario, Prince Edward Island), Ontario's health premium, the provinces' low-income tax "
          + "reductions and credits, Nova Scotia's additional basic amount and the federal basic amount's fall above "
          + "177,882 CAD are left out; federal tax is net of the 16.5 % Quebec abatement for Quebec's workers only; "
          + "tax on EI benefits is not counted");
      notes.add(payrollNote(payrollTax));
    }
    notes.add(payrollTaxNote(payrollTax, values));
    if (quebecOnly) {
      if (Double.isNaN(sigma[0])) {
        notes.add("GST and QST not available: the model has no household spending");
      } else {
        notes.add(String.format(Locale.ROOT, "GST (%s) and QST (%s) on the households' spending lost: the model's "
            + "household spending per unit of income, %.4f (from %s's own industries, at basic prices), times the "
            + "change in labour income plus the EI benefits received; all of it taxed at the full rates (exempt and "
            + "zero-rated spending is not separated) and spending on imports left out",
            percent(parameters.value("federal.gst.rate")), percent(parameters.value("quebec.qst.rate")), sigma[0],
            scope.province()));
      }
    } else {
      notes.add(salesNote());
    }
    notes.add("taxes on products and production not available: " + (system.model().hasTaxes()
        ? "the model's taxes are not split by level of government"
        : "the model carries none (they are inside value added)"));
    boolean anyLoss = false;
    for (boolean l : loss) {
      anyLoss |= l;
    }
    if (anyLoss) {
      notes.add(String.format(Locale.ROOT, "EI benefits to the laid-off of every loss (direct, indirect and induced "
          + "jobs lost; the induced before income replacement damps them), at %s of pay up to %s CAD of insurable "
          + "earnings, after %s waiting week(s) and %s week(s) of severance, for %s weeks, re-employment: %s (%s)%s",
          percent(replacement.eiRate()), plain(replacement.eiMaxInsurableEarnings()),
          plain(replacement.eiWaitingWeeks()), plain(replacement.severanceWeeks()), plain(replacement.eiWeeks()),
          replacement.reemployment() instanceof Reemployment.None ? "none" : "as the scenario's",
          replacementFromScenario ? "the scenario's income replacement"
              : "the tax year's EI rules; the weeks are the fewest a full-year worker gets (36 to 45 by regional "
              + "unemployment)",
          (timeline == null ? "; without a horizon, the benefits of the first 365 days after the layoff" : "")
          + (quebecOnly ? "" : "; the same rules in every province")));
      notes.add("gains (offsets, rises in demand) change no EI benefits");
    } else {
      notes.add("no job is lost, so no EI benefits are paid (gains change no EI benefits)");
    }
    if (!scope.others().isEmpty()) {
      notes.add("only the jobs and households of " + scope.province() + " are counted, federal items included; the "
          + "other regions (" + String.join(", ", scope.others()) + ") are not available: they have no tax "
          + "parameters");
    }
    if (!system.hasTypeII()) {
      notes.add("induced items not available: the model has no household closure (Type I); the total is direct "
          + "plus indirect");
    }
    if (timeline != null) {
      notes.add(year + " parameters are applied to every period of the horizon");
    }
    return notes;
  }

  /** Whose each payroll contribution is, and each province's employer payroll tax (an account with CPP workers). */
  private String payrollNote(DirectPayrollTax payrollTax) {
    StringBuilder b = new StringBuilder("payroll contributions count as revenue of the government whose plan "
        + "receives them: EI (federal; "
        + percent(parameters.value("federal.employment_insurance.employee_rate_quebec"))
        + " of insurable earnings in Quebec, where QPIP pays parental benefits, "
        + percent(parameters.value("federal.employment_insurance.employee_rate_outside_quebec"))
        + " elsewhere), QPP and QPIP (Quebec), and CPP and CPP2 (the second additional contribution) under the "
        + "federal government: the Canada Pension Plan is a federal statute whose contributions the Canada Revenue "
        + "Agency collects with EI, as the QPP is Quebec's statute collected by Revenu Quebec; neither plan's fund "
        + "is in that government's budget (the CPP is stewarded jointly by the federal and provincial governments "
        + "and invested by the CPP Investment Board), so the balances count the pension plans as part of the public "
        + "purse");
    List<String> none = new ArrayList<>();
    List<String> levyNone = new ArrayList<>();
    for (int g = 0; g < provinces.size(); g++) {
      AccountBasis.Province province = provinces.get(g);
      if (province.rules().isQuebec()) {
        b.append("; Quebec's Health Services Fund by the employer's total payroll, ")
            .append(payrollTax.schedules[g].describe()).append(QUEBEC_CHARGES_LEFT_OUT);
      } else if (province.rules().hasPayrollTax()) {
        b.append("; ").append(province.name()).append("'s ")
            .append(province.government().label(FiscalItem.PAYROLL_TAX_EMPLOYER).replace(", employer", ""))
            .append(" by the employer's payroll, ").append(payrollTax.schedules[g].describe());
      } else if (province.rules().leviesNoPayrollTax()) {
        levyNone.add(province.name());
      } else {
        none.add(province.name());
      }
    }
    if (!levyNone.isEmpty()) {
      b.append("; no employer payroll tax in ").append(String.join(", ", levyNone))
          .append(": the province levies none (only British Columbia, Manitoba, Newfoundland and Labrador, Ontario "
              + "and Quebec do), so it has no such line");
    }
    if (!none.isEmpty()) {
      b.append("; employer payroll tax not available for ").append(String.join(", ", none))
          .append(": none is among the tax parameters");
    }
    return b.toString();
  }

  /**
   * Which employer payroll-tax rate each shock's direct jobs bear and why, and the indirect and induced jobs' top
   * rate with its sensitivity: their line at a small employer's rate ({@link PayrollTaxSchedule#rate} at {@link
   * PayrollTaxSchedule#smallPayroll}, other sectors) instead, from the account's values ({@code [slice][effect][item]}).
   */
  private String payrollTaxNote(DirectPayrollTax payrollTax, double[][][] values) {
    String shocks = payrollTax.shocksText();
    double small = PayrollTaxSchedule.smallPayroll(parameters);
    List<String> lines = new ArrayList<>();
    List<String> rates = new ArrayList<>();
    int items = FiscalItem.values().length;
    for (int g = 0; g < provinces.size(); g++) {
      PayrollTaxSchedule schedule = payrollTax.schedules[g];
      if (schedule == null) {
        continue;
      }
      int at = (1 + g) * items + DirectPayrollTax.item(provinces.get(g)).ordinal();
      double line = 0;
      for (double[][] slice : values) {
        line += slice[Effect.INDIRECT.ordinal()][at];
        double induced = slice[Effect.INDUCED.ordinal()][at];
        line += Double.isNaN(induced) ? 0 : induced;
      }
      double rate = schedule.rate(small, PayrollTaxSchedule.Group.OTHER);
      String name = provinces.size() == 1 ? "" : provinces.get(g).name() + " ";
      double atSmall = line * rate / schedule.topRate() + 0.0; // + 0.0: an exempt line prints 0, not -0
      lines.add(String.format(Locale.ROOT, "%s%,.0f CAD (%,.0f CAD)", name, line, atSmall));
      rates.add(name + percent(rate));
    }
    if (lines.isEmpty()) {
      return "no employer payroll tax: none is among the tax parameters for the account's provinces";
    }
    return "employer payroll tax (" + (provinces.size() == 1 && provinces.get(0).rules().isQuebec()
        ? "the Health Services Fund" : "Health Services Fund in Quebec, the province's payroll tax elsewhere")
        + ") on direct jobs at the employer's stated total payroll (employer_payroll), else at the top rate: "
        + (shocks.isEmpty() ? "no shock has direct jobs that bear it" : shocks) + "; indirect and induced jobs at the "
        + "top rate, assumption (their employers' payrolls are not known): the line on them is "
        + String.join(", ", lines) + (timeline == null ? " annually" : " over the horizon")
        + ", in brackets at a small employer's rate instead (the schedule at a total payroll of " + plain(small)
        + " CAD, other sectors: " + String.join(", ", rates) + ")";
  }

  /** The consumption taxes on the households' spending lost, province by province (an account with CPP workers). */
  private String salesNote() {
    List<String> rates = new ArrayList<>();
    List<String> sigmas = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (int g = 0; g < provinces.size(); g++) {
      AccountBasis.Province province = provinces.get(g);
      String own = TaxRules.jurisdiction(province.name());
      if (Double.isNaN(sigma[g])) {
        without.add(province.name());
      } else {
        sigmas.add(String.format(Locale.ROOT, "%s %.4f", province.name(), sigma[g]));
      }
      if (province.salesTax() == null) {
        rates.add(province.name() + " none");
      } else if (Double.isNaN(province.salesTaxRate())) {
        rates.add(province.name() + " not available (no rate among the tax parameters)");
      } else {
        String name = province.rules().isQuebec() ? "QST" : province.government().label(FiscalItem.SALES_TAX)
            .replace(" on household spending", "");
        String text = province.name() + " " + name + " " + percent(province.salesTaxRate());
        if (parameters.has(own + ".sales_tax.rate_from_april_1")) {
          text += " (the year's rate: " + percent(parameters.value(own + ".sales_tax.rate_to_march_31"))
              + " to March 31, " + percent(parameters.value(own + ".sales_tax.rate_from_april_1")) + " from April 1)";
        }
        rates.add(text);
      }
    }
    return "GST (" + percent(parameters.value("federal.gst.rate")) + ", federal; the federal part of the HST "
        + "too) and each province's consumption tax (" + String.join(", ", rates) + ") on its households' spending "
        + "lost: each province's household spending per unit of income (" + String.join(", ", sigmas)
        + "; from the model's industries, at basic prices) times the change in its workers' labour income plus "
        + "the EI benefits they receive; all of it taxed at the full rates (exempt, zero-rated and PST-exempt "
        + "spending is not separated) and spending on imports from abroad left out"
        + (without.isEmpty() ? "" : "; GST and sales tax not available for " + String.join(", ", without)
        + ": the model has no household spending there");
  }

  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%s", v);
  }

  static String percent(double share) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6f", share * 100)).stripTrailingZeros()
        .toPlainString() + " %";
  }
}

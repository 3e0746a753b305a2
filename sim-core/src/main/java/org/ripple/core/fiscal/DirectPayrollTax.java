package org.ripple.core.fiscal;

import java.util.Arrays;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.scenario.ShockResult;

/**
 * The employer payroll-tax rate of each shock's direct jobs, and why: {@link TaxRules} charges the top rate per
 * worker, and a shock whose employer's total payroll W is stated ({@link FiscalInputs#employerPayroll}) bears
 * instead its province's {@link PayrollTaxSchedule#rate} at W, the employer's average rate, on the pay of its direct
 * jobs. Without W the top rate stays: proven when the facility's own payroll (its direct jobs times the stated
 * {@code annual_pay}) already reaches the top rate ({@link PayrollTaxSchedule#topFrom}; the employer's payroll is at
 * least the facility's), else an assumption (a large employer's). Every job of the indirect and induced effects is at
 * the top rate (an assumption, with the sensitivity in the notes).
 */
final class DirectPayrollTax {
  private static final int K = AccountBasis.K;
  /** K ones: the factors of jobs at the top rate (shared, never written). */
  static final double[] ONES = ones();
  private static final int HSF = TaxRules.PER_WORKER.indexOf(FiscalItem.HSF_EMPLOYER);
  private static final int PAYROLL_TAX = TaxRules.PER_WORKER.indexOf(FiscalItem.PAYROLL_TAX_EMPLOYER);

  /** Per province, its schedule (null: no employer payroll tax among the parameters). */
  final PayrollTaxSchedule[] schedules;
  /** {@code [shock][province]}: the factor of each per-worker amount of the shock's direct jobs. */
  private final double[][][] scale;
  /**
   * Per shock: the rate of its direct jobs and why, for the notes; null when they bear no payroll tax or the account
   * has no notes (a draw's figures).
   */
  final String[] basis;

  private DirectPayrollTax(PayrollTaxSchedule[] schedules, double[][][] scale, String[] basis) {
    this.schedules = schedules;
    this.scale = scale;
    this.basis = basis;
  }

  /** The factors of shock s's direct jobs in province g, K long (ones at the top rate). */
  double[] scale(int shock, int province) {
    return scale[shock][province];
  }

  static DirectPayrollTax of(List<ShockResult> shocks, FiscalInputs inputs, FiscalParameters p,
      AccountBasis.Scope scope, double[] shockPay, boolean withNotes) {
    List<AccountBasis.Province> provinces = scope.provinces();
    PayrollTaxSchedule[] schedules = new PayrollTaxSchedule[provinces.size()];
    for (int g = 0; g < schedules.length; g++) {
      schedules[g] = PayrollTaxSchedule.of(p, provinces.get(g).name());
    }
    double[][][] scale = new double[shocks.size()][provinces.size()][];
    String[] basis = new String[shocks.size()];
    for (int s = 0; s < shocks.size(); s++) {
      ShockResult shock = shocks.get(s);
      Arrays.fill(scale[s], ONES);
      int g = mainProvince(shock, scope.provinceOf());
      if (g < 0 || schedules[g] == null) {
        continue;
      }
      FiscalInputs.EmployerPayroll stated = inputs.employerPayroll().get(shock.field());
      PayrollTaxSchedule own = schedules[g];
      if (stated != null) {
        for (int h = 0; h < schedules.length; h++) {
          if (schedules[h] != null) {
            double[] f = ONES.clone();
            double top = schedules[h].topRate();
            double factor = top > 0 ? schedules[h].rate(stated.payroll(), stated.group()) / top : 1;
            f[HSF] = factor;
            f[PAYROLL_TAX] = factor;
            scale[s][h] = f;
          }
        }
        if (!withNotes) {
          continue;
        }
        boolean quebec = provinces.get(g).rules().isQuebec();
        basis[s] = String.format(java.util.Locale.ROOT, "%s: schedule at %s CAD stated employer payroll%s, %s",
            shock.name(), FiscalNotes.plain(Math.rint(stated.payroll())), quebec ? " (" + stated.group().label()
            + (stated.groupBasis().isEmpty() ? "" : ", " + stated.groupBasis()) + ")" : "",
            FiscalNotes.percent(round(own.rate(stated.payroll(), stated.group()))));
        continue;
      }
      if (!withNotes) {
        continue;
      }
      double facility = Double.isNaN(shockPay[s]) ? Double.NaN : directJobs(shock) * shockPay[s];
      basis[s] = shock.name() + ": top rate " + FiscalNotes.percent(own.topRate()) + ", "
          + (facility > 0 && own.topFrom(facility) ? "proven: the facility's own payroll, jobs x annual_pay = "
              + FiscalNotes.plain(Math.rint(facility)) + " CAD, already reaches it"
              : "employer payroll not stated, assumption");
    }
    return new DirectPayrollTax(schedules, scale, basis);
  }

  /** The province of most of the shock's direct jobs, -1 without any in a province of the account. */
  private static int mainProvince(ShockResult shock, int[] provinceOf) {
    int best = -1;
    double most = 0;
    for (int j = 0; j < provinceOf.length; j++) {
      double jobs = Math.abs(shock.impact().value(Measure.JOBS, Effect.DIRECT, j));
      if (provinceOf[j] >= 0 && jobs > most) {
        most = jobs;
        best = provinceOf[j];
      }
    }
    return best;
  }

  private static double directJobs(ShockResult shock) {
    double jobs = 0;
    for (int j = 0; j < shock.impact().size(); j++) {
      jobs += Math.abs(shock.impact().value(Measure.JOBS, Effect.DIRECT, j));
    }
    return jobs;
  }

  /** An average rate to 0.001 % for the notes. */
  private static double round(double rate) {
    return Math.rint(rate * 1e7) / 1e7;
  }

  private static double[] ones() {
    double[] a = new double[K];
    Arrays.fill(a, 1.0);
    return a;
  }

  /** The province's item that carries the employer payroll tax (the Health Services Fund in Quebec). */
  static FiscalItem item(AccountBasis.Province province) {
    return province.rules().isQuebec() ? FiscalItem.HSF_EMPLOYER : FiscalItem.PAYROLL_TAX_EMPLOYER;
  }

  /** The shocks' bases in one note part, or empty when none bears a payroll tax. */
  String shocksText() {
    StringBuilder b = new StringBuilder();
    for (String s : basis) {
      if (s != null) {
        b.append(b.length() == 0 ? "" : "; ").append(s);
      }
    }
    return b.toString();
  }
}

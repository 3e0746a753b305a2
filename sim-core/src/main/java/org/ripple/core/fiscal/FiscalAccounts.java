package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.LayoffCohorts;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.TimePeriod;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawResult;

/**
 * Builds a run's {@link FiscalAccount}: the one place the fiscal rules meet the impacts. A command calls
 * {@link #of(ScenarioResult, FiscalInputs)} for an annual result, or {@link #of(Timeline, FiscalInputs)} when the
 * scenario has a horizon.
 *
 * <p>Per effect E and slice (the annual effect, or a period), with {@code J[E][j]} the jobs of sector j (job-years in
 * a period), {@code t(P)} a worker's amounts at pay P ({@link TaxRules}), {@code P_j} the sector's average pay and
 * {@code P_s} a shock's given direct pay:
 * <pre>
 *   per-worker item  = sum_s sum_j J_s[E][j] t(P)         P = P_s for a shock's direct jobs when given, else P_j
 *   payroll tax      = the per-worker item at the top rate, times rate(W_s) / top for the direct jobs of a shock
 *                      whose employer's total payroll W_s is stated ({@link DirectPayrollTax})
 *   P_j              = pay whose cost P + employer(P) is k W_j / E_j   (k: model money to tax-year money)
 *   EI benefits      = sum_(losses s) sum_j min(0, A_s[E][j]) P rho(P) b_s      (negative: a cost)
 *   GST (QST)        = rate * sigma * (k dW[E] - EI benefits[E])   sigma = sum_i c_i / H of the province's households
 * </pre>
 * Each job is a worker of the province of its sector's region, under that province's rules ({@link
 * TaxRules#forProvince}); a province's items, its EI benefits, GST and sales tax are the sums over its sectors, and
 * the federal items the sums over every province's.
 * where A_s is the shock's annual effect (the laid-off), {@code rho(P) = ei_rate min(1, MIE / P)} and b_s the
 * share of a year of pay that EI pays per unit of rho in the slice ({@link IncomeReplacement#benefit}: the first 365
 * days after the layoff for the annual effect; the layoff cohorts of the shock's ramp in a period, over the days of
 * the period's year). Total = direct + indirect + induced.
 */
public final class FiscalAccounts {
  private static final Effect[] PARTS = {Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED};
  private static final int K = AccountBasis.K;
  private static final int ITEMS = FiscalItem.values().length;
  private static final int[] PER_WORKER_INDEX = new int[K];

  static {
    for (int k = 0; k < K; k++) {
      PER_WORKER_INDEX[k] = TaxRules.PER_WORKER.get(k).ordinal();
    }
  }

  private FiscalAccounts() {}

  /** The account of an annual result. */
  public static FiscalAccount of(ScenarioResult result, FiscalInputs inputs) {
    return build(result, null, inputs, null);
  }

  /** The account of a result spread over a horizon: one slice per period, EI benefits following the layoffs. */
  public static FiscalAccount of(Timeline timeline, FiscalInputs inputs) {
    return build(timeline.result(), timeline, inputs, null);
  }

  /**
   * The account of one Monte Carlo draw's result, by the same rules as the point estimate's: annual, or spread over
   * {@code schedule}'s horizon when not null ({@link Timeline#of}); the households' spending share is the draw's
   * when its household shares vary.
   */
  public static FiscalAccount of(DrawResult draw, Schedule schedule, FiscalInputs inputs) {
    Timeline timeline = schedule == null ? null : Timeline.of(draw.result(), schedule, inputs.directPay());
    return build(draw.result(), timeline, inputs, draw.householdShares());
  }

  /**
   * A draw's figures on its timeline (null without a horizon), as {@link #of(DrawResult, Schedule, FiscalInputs)}
   * gives them, with what does not change
   * between draws ({@code prepared}: the parameters, every sector's pay and per-worker amounts) computed once, and
   * neither notes nor each shock's account (a draw is summarised by its figures alone).
   */
  static FiscalAccount figures(DrawResult draw, Timeline timeline, FiscalInputs inputs, AccountBasis prepared) {
    if (prepared.unavailable != null) {
      return prepared.unavailable;
    }
    return new Builder(draw.result(), timeline, inputs, prepared, draw.householdShares(), false).build();
  }

  private static FiscalAccount build(ScenarioResult result, Timeline timeline, FiscalInputs inputs,
      double[] householdShares) {
    AccountBasis prepared = AccountBasis.of(result.system(), inputs);
    return prepared.unavailable != null ? prepared.unavailable
        : new Builder(result, timeline, inputs, prepared, householdShares, true).build();
  }

  /**
   * One unit of the model's money in CAD of {@code taxYear}: the unit factor times CPI(tax year) / CPI(model year),
   * or empty when the year has no parameters or either index is missing. Converts a closure's {@code annual_pay}
   * (model money) to {@link FiscalInputs#directPay}.
   */
  public static OptionalDouble moneyFactor(Model model, int taxYear) {
    Optional<FiscalParameters> found = FiscalParameters.forYear(taxYear);
    if (found.isEmpty()) {
      return OptionalDouble.empty();
    }
    Optional<FiscalParameters.Parameter> from = found.get().priceIndex(model.info().year());
    Optional<FiscalParameters.Parameter> to = found.get().priceIndex(taxYear);
    return from.isEmpty() || to.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(model.info().unitFactor() * (to.get().value() / from.get().value()));
  }

  private static final class Builder {
    private final ScenarioResult result;
    private final Timeline timeline;
    private final FiscalInputs inputs;
    private final FiscalParameters parameters;
    private final AccountBasis.Scope scope;
    private final List<AccountBasis.Province> provinces;
    /** The governments: the federal government (0), then each province's (1 + its index). */
    private final int governments;
    private final LeontiefSystem system;
    private final int n;
    /** Model money (one unit of the model) in CAD of the tax year. */
    private final double money;
    private final double priceFactor;
    private final FiscalParameters.Parameter cpiFrom;
    private final FiscalParameters.Parameter cpiTo;
    /** Whether the account carries its notes and each shock's own account (not a draw's figures). */
    private final boolean full;
    private final IncomeReplacement replacement;
    private final boolean replacementFromScenario;
    /** Per sector: average pay, its rho, and its K per-worker amounts (NaN pay: no jobs in the sector). */
    private final double[] sectorPay;
    private final double[] sectorRates;
    /** Per province: sigma = sum_i c_i / H of its households; NaN without households. */
    private final double[] sigma;
    private final List<String> notes = new ArrayList<>();

    Builder(ScenarioResult result, Timeline timeline, FiscalInputs inputs, AccountBasis prepared,
        double[] householdShares, boolean full) {
      this.result = result;
      this.timeline = timeline;
      this.inputs = inputs;
      this.parameters = prepared.parameters;
      this.scope = prepared.scope;
      this.provinces = scope.provinces();
      this.governments = 1 + provinces.size();
      this.system = result.system();
      this.n = system.size();
      this.priceFactor = prepared.priceFactor;
      this.money = prepared.money;
      this.cpiFrom = prepared.cpiFrom;
      this.cpiTo = prepared.cpiTo;
      this.full = full;
      IncomeReplacement fromSchedule = timeline == null ? null : timeline.schedule().incomeReplacement();
      this.replacementFromScenario = fromSchedule != null || inputs.replacement() != null;
      this.replacement = fromSchedule != null ? fromSchedule
          : inputs.replacement() != null ? inputs.replacement() : defaultReplacement(parameters);
      this.sectorPay = prepared.sectorPay;
      this.sectorRates = prepared.sectorRates;
      sigma = new double[provinces.size()];
      for (int g = 0; g < sigma.length; g++) {
        int household = provinces.get(g).household();
        double s = Double.NaN;
        if (household >= 0) {
          s = 0;
          int r = system.closure().households();
          for (int i = 0; i < n; i++) {
            s += householdShares == null ? system.closure().share(i, household) : householdShares[i * r + household];
          }
        }
        sigma[g] = s;
      }
    }

    static IncomeReplacement defaultReplacement(FiscalParameters p) {
      return new IncomeReplacement(0, p.value("federal.employment_insurance.benefit_rate"),
          p.value("federal.employment_insurance.max_insurable_earnings"),
          p.value("federal.employment_insurance.waiting_weeks"),
          p.value("federal.employment_insurance.benefit_weeks"), new Reemployment.None());
    }

    FiscalAccount build() {
      List<ShockResult> shocks = result.shocks();
      int count = shocks.size();
      double[][][] shockRates = new double[count][][];
      double[] shockPay = new double[count];
      boolean[] loss = new boolean[count];
      for (int s = 0; s < count; s++) {
        ShockResult shock = shocks.get(s);
        loss[s] = Timeline.isLoss(shock.impact());
        OptionalDouble pay = inputs.directPay(shock.field());
        shockPay[s] = pay.orElse(Double.NaN);
        if (pay.isPresent()) {
          shockRates[s] = new double[provinces.size()][K];
          for (int g = 0; g < provinces.size(); g++) {
            provinces.get(g).rules().perWorker(pay.getAsDouble(), shockRates[s][g], 0);
          }
        }
      }
      DirectPayrollTax payrollTax = DirectPayrollTax.of(shocks, inputs, parameters, scope, shockPay, full);
      List<TimePeriod> periods = timeline == null ? List.of() : timeline.periods();
      int slices = timeline == null ? 1 : periods.size();
      // b_s per slice: the share of a year of pay EI pays per unit of rho
      double[][] benefitShare = new double[count][slices];
      double annualShare = Double.NaN; // the same for every loss: the first 365 days after its layoff
      for (int s = 0; s < count; s++) {
        if (!loss[s]) {
          continue;
        }
        if (timeline == null) {
          if (Double.isNaN(annualShare)) {
            double sum = 0;
            for (long d = 0; d < 365; d++) {
              sum += replacement.benefit(d, 1.0);
            }
            annualShare = sum / 365;
          }
          benefitShare[s][0] = annualShare;
        } else {
          double[][] sums = LayoffCohorts.sums(timeline.schedule().timing(shocks.get(s).field()),
              timeline.schedule().horizon(), periods, d -> replacement.benefit(d, 1.0));
          for (int p = 0; p < slices; p++) {
            benefitShare[s][p] = sums[0][p] / periods.get(p).daysInYear();
          }
        }
      }
      double[][][] values = new double[slices][][];
      for (int p = 0; p < slices; p++) {
        values[p] = effects(p, 0, count, shocks, shockRates, shockPay, loss, benefitShare, payrollTax);
      }
      // each shock's own account (its items over the slices): the scenario's is the sum, the rules being linear
      double[][][] byShock = new double[full ? count : 0][][];
      List<String> names = new ArrayList<>();
      for (int s = 0; s < byShock.length; s++) {
        names.add(shocks.get(s).name());
        for (int p = 0; p < slices; p++) {
          double[][] v = effects(p, s, s + 1, shocks, shockRates, shockPay, loss, benefitShare, payrollTax);
          if (p == 0) {
            byShock[s] = v;
          } else {
            for (int e = 0; e < v.length; e++) {
              for (int i = 0; i < v[e].length; i++) {
                byShock[s][e][i] += v[e][i];
              }
            }
          }
        }
      }
      if (full) {
        notes.addAll(new FiscalNotes(inputs, parameters, scope, system, timeline, priceFactor, cpiFrom, cpiTo,
            replacement, replacementFromScenario, sigma).write(shocks, shockPay, loss, payrollTax, values));
      }
      return new FiscalAccount(true, scope.province(), inputs.taxYear(), periods, scope.governments(), values, notes,
          names, byShock);
    }

    /** The items of slice p by effect, {@code [effect][item]}, of the shocks {@code from} to {@code to}. */
    private double[][] effects(int p, int from, int to, List<ShockResult> shocks, double[][][] shockRates,
        double[] shockPay, boolean[] loss, double[][] benefitShare, DirectPayrollTax payrollTax) {
      double[][] values = new double[Effect.values().length][governments * ITEMS];
      for (Effect effect : PARTS) {
        slice(p, from, to, effect, shocks, shockRates, shockPay, loss, benefitShare, payrollTax,
            values[effect.ordinal()]);
      }
      double[] total = values[Effect.TOTAL.ordinal()];
      for (int i = 0; i < total.length; i++) {
        double sum = 0;
        for (Effect effect : PARTS) {
          double v = values[effect.ordinal()][i];
          if (effect != Effect.INDUCED || system.hasTypeII()) {
            sum += v;
          }
        }
        total[i] = sum;
      }
      return values;
    }

    private void slice(int p, int from, int to, Effect effect, List<ShockResult> shocks, double[][][] shockRates,
        double[] shockPay, boolean[] loss, double[][] benefitShare, DirectPayrollTax payrollTax, double[] items) {
      if (effect == Effect.INDUCED && !system.hasTypeII()) {
        java.util.Arrays.fill(items, Double.NaN);
        return;
      }
      int count = provinces.size();
      double[][] acc = new double[count][K];
      double[] labourIncome = new double[count];
      double[] benefits = new double[count];
      for (int s = from; s < to; s++) {
        ShockResult shock = shocks.get(s);
        Impact flows = timeline == null ? shock.impact() : timeline.flowsOf(p, s);
        Impact annual = shock.impact();
        boolean direct = effect == Effect.DIRECT;
        boolean given = direct && shockRates[s] != null;
        double b = benefitShare[s][p];
        for (int j = 0; j < n; j++) {
          int g = scope.provinceOf()[j];
          if (g < 0 || Double.isNaN(sectorPay[j])) {
            continue;
          }
          double[] rates = given ? shockRates[s][g] : sectorRates;
          double jobs = flows.value(Measure.JOBS, effect, j);
          int at = given ? 0 : j * K;
          double[] into = acc[g];
          double[] scale = direct ? payrollTax.scale(s, g) : DirectPayrollTax.ONES;
          for (int k = 0; k < K; k++) {
            into[k] += jobs * rates[at + k] * scale[k];
          }
          labourIncome[g] += flows.value(Measure.LABOUR_INCOME, effect, j);
          if (loss[s] && b > 0) {
            double laidOff = Math.min(0, annual.value(Measure.JOBS, effect, j));
            double pay = given ? shockPay[s] : sectorPay[j];
            benefits[g] += laidOff * pay * replacement.replacementRate(pay) * b;
          }
        }
      }
      double gstRate = parameters.value("federal.gst.rate");
      double federalBenefits = 0;
      double gst = 0;
      for (int g = 0; g < count; g++) {
        AccountBasis.Province province = provinces.get(g);
        int own = (1 + g) * ITEMS;
        for (int k = 0; k < K; k++) {
          FiscalItem item = TaxRules.PER_WORKER.get(k);
          if (item.government() == Government.FEDERAL) {
            int at = PER_WORKER_INDEX[k];
            items[at] = g == 0 ? acc[g][k] : items[at] + acc[g][k];
          } else {
            items[own + PER_WORKER_INDEX[k]] = acc[g][k];
          }
        }
        if (!province.rules().isQuebec() && !province.rules().hasPayrollTax()
            && !province.rules().leviesNoPayrollTax()) {
          items[own + FiscalItem.PAYROLL_TAX_EMPLOYER.ordinal()] = Double.NaN;
        }
        // households' income change: labour income (tax-year money) plus the benefits they receive (-benefits)
        double householdIncome = labourIncome[g] * money - benefits[g];
        double spending = sigma[g] * householdIncome;
        double provinceGst = gstRate * spending;
        gst = g == 0 ? provinceGst : gst + provinceGst;
        federalBenefits = g == 0 ? benefits[g] : federalBenefits + benefits[g];
        if (province.salesTax() != null) {
          items[own + province.salesTax().ordinal()] = province.salesTaxRate() * spending;
        }
        items[own + FiscalItem.PROVINCIAL_PRODUCTION_TAXES.ordinal()] = Double.NaN;
      }
      items[FiscalItem.EI_BENEFITS.ordinal()] = federalBenefits;
      items[FiscalItem.GST.ordinal()] = gst;
      items[FiscalItem.FEDERAL_PRODUCTION_TAXES.ordinal()] = Double.NaN;
    }
  }
}

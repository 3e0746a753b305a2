package org.ripple.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.HouseholdClosure;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.PerRegionClosure;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockResult;

/**
 * A scenario's annual per-shock results spread over the periods of a horizon.
 *
 * <p>With {@code D_p} the days in effect of a shock in period p (the integral of its {@link Timing} intensity over
 * the period), {@code N_p} the days of the period and {@code Y_p} the days of its calendar year:
 * <ul>
 *   <li>flows (labour income, value added, output) in p = annual effect * {@code D_p / Y_p}; so a full calendar year
 *       in effect gives exactly the annual effect, and the sum over periods is the annual effect times the years in
 *       effect;
 *   <li>jobs in p = annual jobs * {@code D_p / N_p}, the average over the period; job-years = jobs * {@code N_p/Y_p}.
 * </ul>
 *
 * <p>Income replacement (losses only, Type II only): the household income actually lost in p is {@code kappa_p}
 * times the labour income lost, where {@code kappa_p} is the cohort average of {@link IncomeReplacement#lost} over
 * the layoffs so far (layoffs follow the ramp). Households spend out of {@code kappa y} instead of y; in the Type II
 * model {@code y = w L d + kappa m y} with {@code m = w L (c/H)}, so the induced output {@code L (c/H) kappa y}
 * is the undamped induced effect times {@code g = kappa (1 - m) / (1 - kappa m)} (exact, one Type I solve for m).
 */
public final class Timeline {
  private final ScenarioResult result;
  private final Schedule schedule;
  private final List<TimePeriod> periods;
  private final Impact[][] flows;
  private final Impact[][] average;
  private final double householdFeedback;
  /** Exact damping for a model closed with one household per region; null for one household. */
  private final RegionalDamping regionalDamping;
  private final List<String> notes = new ArrayList<>();
  /** The notes of shocks that take effect after the horizon (also in {@link #notes}). */
  private final List<String> outside = new ArrayList<>();

  private Timeline(ScenarioResult result, Schedule schedule, Map<String, Double> directPay) {
    this.result = result;
    this.schedule = schedule;
    this.periods = schedule.horizon().periods();
    LeontiefSystem system = result.system();
    List<ShockResult> shocks = result.shocks();
    flows = new Impact[periods.size()][shocks.size()];
    average = new Impact[periods.size()][shocks.size()];
    IncomeReplacement ir = schedule.incomeReplacement();
    boolean damp = ir != null && system.hasTypeII();
    regionalDamping = damp && system.closure() instanceof PerRegionClosure ? RegionalDamping.of(system) : null;
    householdFeedback = damp ? householdFeedback(system) : Double.NaN;
    if (ir != null && !system.hasTypeII()) {
      notes.add("income replacement is ignored: the model has no household data, so there is no induced effect");
    }
    if (regionalDamping != null) {
      notes.add("income replacement: the induced effect of each loss is recomputed per period with every region's "
          + "households spending k times their income change, k the share of lost labour income households actually "
          + "lose: k Y (I - k M)^-1 (I - M) h, with Y = L C/H, M = W Y the " + regionalDamping.households()
          + " x " + regionalDamping.households() + " household feedback and h the households' income change of the "
          + "undamped run");
    } else if (damp) {
      notes.add(String.format(Locale.ROOT, "income replacement: the induced effect of each loss is scaled per "
          + "period by g = k(1 - m)/(1 - k m), k the share of lost labour income households actually lose, "
          + "m = %.6f the household feedback w L c/H", householdFeedback));
    }
    for (int s = 0; s < shocks.size(); s++) {
      ShockResult shock = shocks.get(s);
      Timing timing = schedule.timing(shock.field());
      if (timing.effective().isAfter(schedule.horizon().end())) {
        String late = String.format(Locale.ROOT, "%s takes effect on %s, after the horizon ends (%s): it has no "
            + "effect in any period; extend the horizon or check the date", shock.name(), timing.effective(),
            schedule.horizon().end());
        notes.add(late);
        outside.add(late);
      }
      double[] kappa = null;
      if (damp && isLoss(shock.impact())) {
        Double stated = directPay.get(shock.field());
        double pay = stated != null ? stated : annualWage(system, shock.sector());
        double rho = ir.replacementRate(pay);
        kappa = kappa(timing, ir, rho);
        notes.add(String.format(Locale.ROOT, "%s: EI replaces %.1f%% of lost pay (rate %.1f%% of insurable "
            + "earnings%s)", shock.name(), 100 * rho, 100 * ir.eiRate(), stated == null ? ""
            : String.format(Locale.ROOT, ", up to %,.0f, of the annual_pay stated for its jobs, %,.0f a year",
                ir.eiMaxInsurableEarnings(), stated)));
      }
      for (int p = 0; p < periods.size(); p++) {
        TimePeriod period = periods.get(p);
        double days = timing.daysInEffect(period);
        Impact annual = shock.impact();
        if (kappa != null) {
          annual = regionalDamping != null ? regionalDamping.damped(annual, kappa[p])
              : damped(system, annual, damping(kappa[p], householdFeedback));
        }
        flows[p][s] = annual.scaled(days / period.daysInYear());
        average[p][s] = annual.scaled(days / period.days());
      }
    }
  }

  /** Spreads a result over a schedule's horizon, every loss's EI at its sector's labour income per job. */
  public static Timeline of(ScenarioResult result, Schedule schedule) {
    return new Timeline(result, schedule, Map.of());
  }

  /**
   * Spreads a result over a schedule's horizon. {@code directPay}: the gross annual pay stated for a shock's jobs,
   * by its field ({@code closures[0]}), in the money of the EI rules' maximum insurable earnings (the fiscal
   * account's {@code FiscalInputs.directPay}, CAD of the tax year): EI replaces {@link
   * IncomeReplacement#replacementRate} of that pay, the rule the fiscal account's EI benefits apply to it; a shock
   * not in the map is at its sector's labour income per job.
   */
  public static Timeline of(ScenarioResult result, Schedule schedule, Map<String, Double> directPay) {
    return new Timeline(result, schedule, Map.copyOf(directPay));
  }

  /** {@code g(kappa) = kappa (1 - m) / (1 - kappa m)}: the induced effect when households lose kappa of the income. */
  public static double damping(double kappa, double m) {
    return kappa * (1 - m) / (1 - kappa * m);
  }

  /**
   * Income replacement for a model closed with one household per region (Miller and Blair 2009, sec. 6.1): with Y =
   * L C diag(H)^-1 (n x R, one Type I solve per region) and M = W_R Y (R x R), the Type II output is the Type I output
   * plus Y h, where h solves (I - M) h = W_R x1 (the households' incomes). Households that spend k times their income
   * change make it k Y (I - k M)^-1 W_R x1 = k Y (I - k M)^-1 (I - M) h. h is recovered from the undamped induced
   * output Y h by the normal equations Y^T Y h = Y^T (x2 - x1), exact when Y has full column rank (each region's
   * households buy from somewhere); with one region it is the scalar g of {@link #damping}.
   */
  static final class RegionalDamping {
    private final LeontiefSystem system;
    private final int n;
    private final int r;
    private final double[] y; // n x R, row-major
    private final double[] m; // R x R
    private final DenseLu normal;

    private RegionalDamping(LeontiefSystem system, int n, int r, double[] y, double[] m, DenseLu normal) {
      this.system = system;
      this.n = n;
      this.r = r;
      this.y = y;
      this.m = m;
      this.normal = normal;
    }

    static RegionalDamping of(LeontiefSystem system) {
      HouseholdClosure closure = system.closure();
      int n = system.size();
      int r = closure.households();
      double[][] shares = new double[r][n];
      for (int i = 0; i < n; i++) {
        for (int h = 0; h < r; h++) {
          shares[h][i] = closure.share(i, h);
        }
      }
      double[][] solved = system.solve(ModelType.TYPE_I, shares);
      double[] y = new double[n * r];
      double[] m = new double[r * r];
      for (int h = 0; h < r; h++) {
        for (int i = 0; i < n; i++) {
          y[i * r + h] = solved[h][i];
          m[closure.householdOf(i) * r + h] += system.coefficient(Measure.LABOUR_INCOME, i) * solved[h][i];
        }
      }
      double[] yty = new double[r * r];
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < r; a++) {
          double ya = y[i * r + a];
          for (int b = 0; b < r; b++) {
            yty[a * r + b] += ya * y[i * r + b];
          }
        }
      }
      return new RegionalDamping(system, n, r, y, m, DenseLu.factor(DenseMatrix.square(r, yty)));
    }

    int households() {
      return r;
    }

    /** The impact with its induced part recomputed for households spending k times their income change. */
    Impact damped(Impact impact, double k) {
      if (impact.type() != ModelType.TYPE_II) {
        return impact;
      }
      double[] d = new double[n];
      double[] t1 = new double[n];
      double[] ytInduced = new double[r];
      for (int i = 0; i < n; i++) {
        d[i] = impact.outputChange(Effect.DIRECT, i);
        t1[i] = d[i] + impact.outputChange(Effect.INDIRECT, i);
        double induced = impact.outputChange(Effect.INDUCED, i);
        for (int a = 0; a < r; a++) {
          ytInduced[a] += y[i * r + a] * induced;
        }
      }
      double[] h = normal.solve(ytInduced);
      // (I - M) h, then solve (I - k M) z = k (I - M) h
      double[] rhs = new double[r];
      double[] iMinusKm = new double[r * r];
      for (int a = 0; a < r; a++) {
        double v = h[a];
        for (int b = 0; b < r; b++) {
          v -= m[a * r + b] * h[b];
          iMinusKm[a * r + b] = (a == b ? 1.0 : 0.0) - k * m[a * r + b];
        }
        rhs[a] = k * v;
      }
      double[] z = DenseLu.factor(DenseMatrix.square(r, iMinusKm)).solve(rhs);
      double[] t2 = new double[n];
      for (int i = 0; i < n; i++) {
        double induced = 0;
        for (int a = 0; a < r; a++) {
          induced += y[i * r + a] * z[a];
        }
        t2[i] = t1[i] + induced;
      }
      return impact.withTypeII(t2);
    }
  }

  /** {@code m = w . L (c/H)}: labour income per unit of household spending, after the Type I rounds. */
  static double householdFeedback(LeontiefSystem system) {
    int n = system.size();
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = system.closure().share(i, 0);
    }
    double[] x = system.solveTypeI(h);
    double m = 0;
    for (int i = 0; i < n; i++) {
      m += system.coefficient(Measure.LABOUR_INCOME, i) * x[i];
    }
    return m;
  }

  /** Whether a shock is a loss (its direct output change sums to less than 0): income replacement applies to it. */
  public static boolean isLoss(Impact impact) {
    double d = 0;
    for (int i = 0; i < impact.size(); i++) {
      d += impact.outputChange(Effect.DIRECT, i);
    }
    return d < 0;
  }

  /** Labour income per job in a sector, in plain currency units per year; NaN when the model cannot say. */
  private static double annualWage(LeontiefSystem system, String code) {
    int j = system.model().sectors().positionOf(code);
    if (j < 0 || !system.has(Measure.JOBS) || !system.has(Measure.LABOUR_INCOME)) {
      return Double.NaN;
    }
    double e = system.coefficient(Measure.JOBS, j);
    return e > 0 ? system.coefficient(Measure.LABOUR_INCOME, j) / e * system.model().info().unitFactor()
        : Double.NaN;
  }

  /**
   * Per period, the share of the lost labour income that households actually lose: the household loss on day t of
   * the layoff cohorts ({@link LayoffCohorts}, with the share {@link IncomeReplacement#lost}) over the unreplaced loss
   * {@code f_t}; kappa_p is the ratio of their sums over p (1 where nothing is lost yet).
   */
  private double[] kappa(Timing timing, IncomeReplacement ir, double rho) {
    double[][] sums = LayoffCohorts.sums(timing, schedule.horizon(), periods, n -> ir.lost(n, rho));
    double[] out = new double[periods.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = ratio(sums[0][p], sums[1][p]);
    }
    return out;
  }

  private static double ratio(double felt, double unreplaced) {
    return unreplaced > 0 ? felt / unreplaced : 1.0;
  }

  /** The same impact with its induced part scaled by g (direct and indirect unchanged). */
  static Impact damped(LeontiefSystem system, Impact impact, double g) {
    if (impact.type() != ModelType.TYPE_II) {
      return impact;
    }
    int n = impact.size();
    double[] d = new double[n];
    double[] t1 = new double[n];
    double[] t2 = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = impact.outputChange(Effect.DIRECT, i);
      t1[i] = d[i] + impact.outputChange(Effect.INDIRECT, i);
      t2[i] = t1[i] + g * impact.outputChange(Effect.INDUCED, i);
    }
    return impact.withTypeII(t2);
  }

  public ScenarioResult result() {
    return result;
  }

  public Schedule schedule() {
    return schedule;
  }

  public List<TimePeriod> periods() {
    return periods;
  }

  /** Flows in period p (read labour income, value added and output; jobs here are job-years). */
  public Impact flows(int p) {
    return sum(flows[p], null);
  }

  /** Flows in period p of one shock (its position in {@link ScenarioResult#shocks()}), damped like the sums. */
  public Impact flowsOf(int p, int shock) {
    return flows[p][shock];
  }

  /** Flows in period p of the shocks of the given kinds. */
  public Impact flows(int p, Set<ShockKind> kinds) {
    return sum(flows[p], kinds);
  }

  /** Average over period p (read jobs: the average number of jobs over the period). */
  public Impact average(int p) {
    return sum(average[p], null);
  }

  public Impact average(int p, Set<ShockKind> kinds) {
    return sum(average[p], kinds);
  }

  /** Totals over the horizon: money summed over periods; jobs read as job-years. */
  public Impact cumulative() {
    return cumulative(null);
  }

  public Impact cumulative(Set<ShockKind> kinds) {
    List<Impact> parts = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      parts.add(sum(flows[p], kinds));
    }
    return Impact.sum(result.system(), parts);
  }

  /** Whether income replacement damped the induced effect. */
  public boolean damped() {
    return !Double.isNaN(householdFeedback);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * The notes of the shocks that take effect after the horizon ends and so show nothing in any period, a reason
   * a reader of the period table alone may not see (each is also in {@link #notes}).
   */
  public List<String> afterTheHorizon() {
    return List.copyOf(outside);
  }

  private Impact sum(Impact[] byShock, Set<ShockKind> kinds) {
    List<Impact> parts = new ArrayList<>();
    for (int s = 0; s < byShock.length; s++) {
      if (kinds == null || kinds.contains(result.shocks().get(s).kind())) {
        parts.add(byShock[s]);
      }
    }
    return Impact.sum(result.system(), parts);
  }
}

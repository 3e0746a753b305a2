package org.ripple.core.scenario;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.LeontiefSystem;

/**
 * A scenario's shocks resolved once against one model: the one place where the shock rules live. The point estimate
 * ({@link ImpactEngine}) and every Monte Carlo draw evaluate the same plan, on the point values or on drawn values.
 *
 * <ul>
 *   <li>Closure in sector j: final demand falls by its annual output, or by {@code jobs / e[j]} when the output is
 *       not known.
 *   <li>Subcontractor loss in sector k, mode supersede: with {@code D} the closures' direct vector and {@code r = A D}
 *       their first-round purchases, entry k of r is replaced by the known loss {@code s_k}; the shock is reported
 *       with direct {@code s_k} and propagates {@code s_k - r_k} at k, so that closures and subcontractors give
 *       {@code D + L r'} exactly. Several superseding losses in one sector share the replacement in proportion to
 *       their size. Mode additive: {@code s_k} is a second direct shock.
 *   <li>Offset: a gain in its sector, sized as a share of the output lost by the closures (or by the closures and
 *       subcontractor losses of the name in {@code of}), a number of jobs or an amount of output.
 *   <li>Demand change: its signed amount in its sector.
 * </ul>
 *
 * <p>Resolving checks what does not depend on the values: every sector is in the model (else a did-you-mean), jobs
 * can be converted to output (the model has employment data and the sector has jobs), {@code of} names a closure or
 * subcontractor loss, a share of all closed output has closures to take it from. Evaluating checks what does: the
 * jobs lost in a sector do not exceed its employment, the output lost in a sector by closures, subcontractor losses
 * and falls of demand does not exceed its output, and the offsets given as shares of one closure (named, or of all
 * closures) take up at most 100 % of its output. A value check failing in a draw names the draw. Every shock hits one sector, so
 * an evaluation is sparse: per shock, one direct and one propagated final-demand change at its sector, and for a
 * closure with a facility profile (own purchases, stated pay) its change over the shocked sectors it buys from.
 */
public final class ShockPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The draw number of the point estimate: its messages name no draw. */
  public static final long POINT = -1;

  /** What a value slot of a shock holds. */
  public enum Quantity {
    JOBS,
    OUTPUT,
    SHARE,
    /** The signed amount of a demand change. */
    AMOUNT
  }

  private final String unit;
  private final int[] touched;
  /** The checks that keep an evaluation physically possible (employment and output of the shocked sectors). */
  private final ValueChecks checks;
  /** Per shocked sector, jobs per unit of output (or null). */
  private final double[] jobsPerOutput;
  /** Per shocked sector, labour income per unit of output (null when the model has none). */
  private final double[] labourIncome;
  private final boolean hasClosures;
  private final ShockNotes notes;
  private final PlannedShock[] shocks;
  private final double[] values;

  private ShockPlan(LeontiefSystem system, Scenario scenario) {
    ShockResolver r = ShockResolver.of(system, scenario);
    Model model = system.model();
    this.unit = model.info().unit();
    this.touched = r.sectors();
    int t = touched.length;
    double[] employment = model.has(Measure.JOBS) ? new double[t] : null;
    this.jobsPerOutput = system.has(Measure.JOBS) ? new double[t] : null;
    double[] sectorOutput = new double[t];
    for (int l = 0; l < t; l++) {
      sectorOutput[l] = model.output(touched[l]);
      if (employment != null) {
        employment[l] = model.level(Measure.JOBS, touched[l]);
      }
      if (jobsPerOutput != null) {
        jobsPerOutput[l] = system.coefficient(Measure.JOBS, touched[l]);
      }
    }
    this.shocks = new PlannedShock[r.shocks().size()];
    for (int s = 0; s < shocks.length; s++) {
      PlannedShock sh = r.shocks().get(s);
      double[] purchases = null;
      if (sh.supersede()) {
        purchases = new double[t];
        for (int l = 0; l < t; l++) {
          purchases[l] = system.coefficient(sh.sector(), touched[l]);
        }
      }
      double[] profile = null;
      double[] column = null;
      if (sh.buysOwn()) {
        profile = new double[t];
        column = new double[t];
        for (int k = 0; k < sh.buys().length; k++) {
          profile[Arrays.binarySearch(touched, sh.buys()[k])] = sh.buyShares()[k];
        }
        for (int l = 0; l < t; l++) {
          column[l] = system.coefficient(touched[l], sh.sector());
        }
      }
      double[] spending = null;
      if (sh.paid() && system.hasTypeII()) {
        spending = new double[t];
        int h = system.closure().householdOf(sh.sector());
        for (int l = 0; l < t; l++) {
          spending[l] = system.closure().share(touched[l], h);
        }
      }
      shocks[s] = new PlannedShock(sh.kind(), sh.entry(), sh.field(), sh.code(), sh.sector(),
          Arrays.binarySearch(touched, sh.sector()), sh.jobs(), sh.output(), sh.share(), sh.jobsCoefficient(),
          sh.referents(), sh.of(), sh.supersede(), purchases, sh.pay(), sh.buys(), sh.buyShares(), profile, column,
          spending);
    }
    this.values = r.values();
    this.labourIncome = system.has(Measure.LABOUR_INCOME) ? new double[t] : null;
    if (labourIncome != null) {
      for (int l = 0; l < t; l++) {
        labourIncome[l] = system.coefficient(Measure.LABOUR_INCOME, touched[l]);
      }
    }
    this.hasClosures = !scenario.closures().isEmpty();
    this.checks = new ValueChecks(shocks, employment, sectorOutput, unit);
    this.notes = new ShockNotes(unit, jobsPerOutput, labourIncome, hasClosures);
  }

  /**
   * Resolves a scenario against a model's system. Throws {@link ScenarioException} naming the field when a shock
   * does not fit the model whatever its values (unknown sector, jobs without employment data, {@code of} naming no
   * closure, a share without closures).
   */
  public static ShockPlan of(LeontiefSystem system, Scenario scenario) {
    return new ShockPlan(system, scenario);
  }

  /** The values of the shocks as the scenario gives them (its point values), one per slot; a copy. */
  public double[] values() {
    return values.clone();
  }

  /** The slot of a quantity of the {@code entry}-th shock of a kind, or -1 when the scenario does not give it. */
  public int slot(ShockKind kind, int entry, Quantity quantity) {
    for (PlannedShock sh : shocks) {
      if (sh.kind() == kind && sh.entry() == entry) {
        return switch (quantity) {
          case JOBS -> sh.jobs();
          case OUTPUT -> kind == ShockKind.DEMAND_CHANGE ? -1 : sh.output();
          case SHARE -> sh.share();
          case AMOUNT -> kind == ShockKind.DEMAND_CHANGE ? sh.output() : -1;
        };
      }
    }
    return -1;
  }

  /** The number of shocks, in the scenario's order: closures, subcontractors, offsets, demand changes. */
  public int shocks() {
    return shocks.length;
  }

  public ShockKind kind(int shock) {
    return shocks[shock].kind();
  }

  /** The position in the model of the sector a shock hits. */
  public int sector(int shock) {
    return shocks[shock].sector();
  }

  /** The position of a shock's sector among {@link #touched()}. */
  public int local(int shock) {
    return shocks[shock].local();
  }

  /** The shocked sectors' positions in the model, ascending, each once. */
  public int[] touched() {
    return touched.clone();
  }

  /** The final-demand changes of one evaluation: per shock, the direct and the propagated change at its sector. */
  public static final class Evaluation {
    final double[] values;
    final double[] amounts;
    final double[] direct;
    private final double[] propagated;
    /** Per superseding loss, its share of the closures' first round, which the known loss replaces. */
    final double[] replaced;
    /** Per closure with its own purchases, the change of its first round over the shocked sectors; else null. */
    private final double[][] spread;
    /** Per closure with a stated pay, its households' extra spending over the shocked sectors (Type II); else null. */
    private final double[][] spending;
    /** Per closure with a stated pay, its direct labour income less the sector's average for its output. */
    private final double[] income;
    /** Per closure with a stated pay, the jobs its direct labour income is computed for. */
    final double[] paidJobs;

    private Evaluation(double[] values, int shocks) {
      this.values = values;
      this.amounts = new double[shocks];
      this.direct = new double[shocks];
      this.propagated = new double[shocks];
      this.replaced = new double[shocks];
      this.spread = new double[shocks][];
      this.spending = new double[shocks][];
      this.income = new double[shocks];
      this.paidJobs = new double[shocks];
    }

    /**
     * The direct labour income of a shock less its sector's average labour income for its direct output: nonzero
     * only for a closure whose pay is stated (its direct labour income is {@code jobs x pay x factor}).
     */
    public double income(int shock) {
      return income[shock];
    }

    /**
     * Adds the final-demand change a shock propagates to {@code out}, over the shocked sectors ({@code local}: out
     * is indexed like {@link ShockPlan#touched()}) or over every sector of the model: its change at its sector, a
     * closure's own first round in place of its sector's average column and, for Type II, the spending of the
     * households of a closure whose pay differs from its sector's average.
     */
    public void propagate(ShockPlan plan, int shock, double[] out, boolean local, boolean typeII) {
      PlannedShock sh = plan.shocks[shock];
      out[local ? sh.local() : sh.sector()] += propagated[shock];
      add(plan, spread[shock], out, local);
      if (typeII) {
        add(plan, spending[shock], out, local);
      }
    }

    private static void add(ShockPlan plan, double[] v, double[] out, boolean local) {
      if (v == null) {
        return;
      }
      for (int l = 0; l < v.length; l++) {
        out[local ? l : plan.touched[l]] += v[l];
      }
    }

    /** The direct final-demand change of a shock at its sector (signed: losses are negative). */
    public double direct(int shock) {
      return direct[shock];
    }

    /** The final-demand change a shock propagates at its sector (a superseding loss net of its first round). */
    public double propagated(int shock) {
      return propagated[shock];
    }
  }

  /** Evaluates the plan on the model's own coefficients; {@code draw} is {@link #POINT} or the draw's number. */
  public Evaluation evaluate(double[] v, long draw) {
    return evaluate(v, draw, null);
  }

  /**
   * Evaluates the plan on values {@code v} (one per slot, in the model's units), with the first round of the
   * closures taken from {@code a} (the coefficients among the touched sectors, t x t row-major in the order of
   * {@link #touched()}: entry {@code (l, k)} is {@code a[touched[l]][touched[k]]}, e.g. a draw's perturbed
   * coefficients), or from the model's own A when null. Throws {@link ScenarioException} naming the field (and the draw, unless {@link #POINT}) when the
   * values remove more jobs or output from a sector than it has.
   */
  public Evaluation evaluate(double[] v, long draw, double[] a) {
    int t = touched.length;
    Evaluation ev = new Evaluation(v, shocks.length);
    double[] closed = new double[t];
    double[] jobsLost = new double[t];
    double[] outputLost = new double[t];
    double[] superseded = new double[t];
    for (int s = 0; s < shocks.length; s++) {
      PlannedShock sh = shocks[s];
      if (sh.kind() != ShockKind.CLOSURE && sh.kind() != ShockKind.SUBCONTRACTOR) {
        continue;
      }
      boolean closure = sh.kind() == ShockKind.CLOSURE;
      double amount = sh.output() >= 0 ? v[sh.output()] : v[sh.jobs()] / sh.jobsCoefficient();
      if (sh.jobs() >= 0 && (closure || sh.output() < 0)) {
        checks.jobs(jobsLost, sh, v[sh.jobs()], draw);
      }
      checks.output(outputLost, sh, amount, draw);
      ev.amounts[s] = amount;
      if (closure) {
        closed[sh.local()] -= amount;
        ev.direct[s] = -amount;
        ev.propagated[s] = -amount;
        profile(ev, s, sh, amount, v, a);
      } else if (sh.supersede()) {
        superseded[sh.local()] += -amount;
      }
    }
    double totalClosed = 0;
    for (double c : closed) {
      totalClosed -= c;
    }
    double[] takenUp = new double[shocks.length];
    for (int s = 0; s < shocks.length; s++) {
      PlannedShock sh = shocks[s];
      switch (sh.kind()) {
        case SUBCONTRACTOR -> {
          double loss = -ev.amounts[s];
          ev.direct[s] = loss;
          if (sh.supersede()) {
            double share = loss / superseded[sh.local()];
            ev.replaced[s] = firstRound(sh, closed, a, ev.amounts) * share;
            ev.propagated[s] = loss - ev.replaced[s];
          } else {
            ev.propagated[s] = loss;
          }
        }
        case OFFSET -> {
          double amount;
          if (sh.share() >= 0) {
            amount = v[sh.share()] * (sh.referents() == null ? totalClosed : namedLoss(sh, ev.amounts));
            checks.takeUp(takenUp, sh, v[sh.share()], ev.amounts, draw);
          } else if (sh.jobs() >= 0) {
            amount = v[sh.jobs()] / sh.jobsCoefficient();
          } else {
            amount = v[sh.output()];
          }
          ev.amounts[s] = amount;
          ev.direct[s] = amount;
          ev.propagated[s] = amount;
        }
        case DEMAND_CHANGE -> {
          if (v[sh.output()] < 0) {
            checks.output(outputLost, sh, -v[sh.output()], draw);
          }
          ev.amounts[s] = v[sh.output()];
          ev.direct[s] = v[sh.output()];
          ev.propagated[s] = v[sh.output()];
        }
        default -> {
          // closures are done
        }
      }
    }
    return ev;
  }

  /**
   * A closure's profile: with its own purchases p, its first round {@code -y p} replaces {@code -y A[., j]}, so it
   * propagates {@code -y e_j + y (A[., j] - p)} and its Type I total is {@code -y e_j - L p y}; with its pay stated,
   * its direct labour income is {@code jobs x pay} instead of {@code w[j] y}, and for Type II its households spend
   * the difference in their mix {@code c/H}, which is the Type II solve of that income change.
   */
  private void profile(Evaluation ev, int s, PlannedShock sh, double y, double[] v, double[] a) {
    int t = touched.length;
    if (sh.buysOwn()) {
      double[] f = new double[t];
      for (int l = 0; l < t; l++) {
        double col = a == null ? sh.column()[l] : a[l * t + sh.local()];
        f[l] = y * (col - sh.profile()[l]);
      }
      ev.spread[s] = f;
    }
    if (sh.paid() && labourIncome != null) {
      double jobs = sh.jobs() >= 0 ? v[sh.jobs()] : y * jobsPerOutput[sh.local()];
      double delta = -jobs * sh.pay() + labourIncome[sh.local()] * y;
      ev.paidJobs[s] = jobs;
      ev.income[s] = delta;
      if (sh.spending() != null) {
        double[] c = new double[t];
        for (int l = 0; l < t; l++) {
          c[l] = sh.spending()[l] * delta;
        }
        ev.spending[s] = c;
      }
    }
  }

  /**
   * {@code (A D)_k}: the closures' first-round purchases from a superseding loss's sector k, each closure with its
   * own purchase share where it states its purchases.
   */
  private double firstRound(PlannedShock sh, double[] closed, double[] a, double[] amounts) {
    double r = 0;
    int row = sh.local() * touched.length;
    for (int l = 0; l < touched.length; l++) {
      r += (a == null ? sh.purchases()[l] : a[row + l]) * closed[l];
    }
    for (int s = 0; s < shocks.length; s++) {
      PlannedShock c = shocks[s];
      if (c.kind() == ShockKind.CLOSURE && c.buysOwn()) {
        double average = a == null ? sh.purchases()[c.local()] : a[row + c.local()];
        r -= (c.profile()[sh.local()] - average) * amounts[s];
      }
    }
    return r;
  }

  /** The output lost by the closures and subcontractor losses an offset's {@code of} names, in their order. */
  private static double namedLoss(PlannedShock sh, double[] amounts) {
    int[] ids = sh.referents();
    double base = amounts[ids[0]];
    for (int k = 1; k < ids.length; k++) {
      base += amounts[ids[k]];
    }
    return base;
  }

  /** What an analyst should know about how a shock of an evaluation was computed ({@link ShockNotes}). */
  public List<String> notes(int shock, Evaluation ev) {
    return notes.of(shocks[shock], shock, ev);
  }
}

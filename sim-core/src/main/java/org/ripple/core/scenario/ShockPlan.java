package org.ripple.core.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
  /** The number of sectors of the model (the row length of A). */
  private final int size;
  private final int[] touched;
  /** Per shocked sector: employment (null when the model has none), output, jobs per unit of output (or null). */
  private final double[] employment;
  private final double[] sectorOutput;
  private final double[] jobsPerOutput;
  /** Per shocked sector, labour income per unit of output (null when the model has none). */
  private final double[] labourIncome;
  private final boolean hasClosures;
  private final PlannedShock[] shocks;
  private final double[] values;

  private ShockPlan(LeontiefSystem system, Scenario scenario) {
    ShockResolver r = ShockResolver.of(system, scenario);
    Model model = system.model();
    this.unit = model.info().unit();
    this.size = system.size();
    this.touched = r.sectors();
    int t = touched.length;
    this.employment = model.has(Measure.JOBS) ? new double[t] : null;
    this.jobsPerOutput = system.has(Measure.JOBS) ? new double[t] : null;
    this.sectorOutput = new double[t];
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
    private final double[] values;
    private final double[] amounts;
    private final double[] direct;
    private final double[] propagated;
    /** Per superseding loss, its share of the closures' first round, which the known loss replaces. */
    private final double[] replaced;
    /** Per closure with its own purchases, the change of its first round over the shocked sectors; else null. */
    private final double[][] spread;
    /** Per closure with a stated pay, its households' extra spending over the shocked sectors (Type II); else null. */
    private final double[][] spending;
    /** Per closure with a stated pay, its direct labour income less the sector's average for its output. */
    private final double[] income;
    /** Per closure with a stated pay, the jobs its direct labour income is computed for. */
    private final double[] paidJobs;

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
   * closures taken from {@code a} (row-major n x n, e.g. a draw's perturbed coefficients), or from the model's own A
   * when null. Throws {@link ScenarioException} naming the field (and the draw, unless {@link #POINT}) when the
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
        checkJobs(jobsLost, sh, v[sh.jobs()], draw);
      }
      checkOutput(outputLost, sh, amount, draw);
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
            takeUp(takenUp, sh, v[sh.share()], ev.amounts, draw);
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
            checkOutput(outputLost, sh, -v[sh.output()], draw);
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
        double col = a == null ? sh.column()[l] : a[touched[l] * size + sh.sector()];
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
    int row = sh.sector() * size;
    for (int l = 0; l < touched.length; l++) {
      r += (a == null ? sh.purchases()[l] : a[row + touched[l]]) * closed[l];
    }
    for (int s = 0; s < shocks.length; s++) {
      PlannedShock c = shocks[s];
      if (c.kind() == ShockKind.CLOSURE && c.buysOwn()) {
        double average = a == null ? sh.purchases()[c.local()] : a[row + c.sector()];
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

  private static String inDraw(long draw) {
    return draw == POINT ? "" : "in draw " + draw + ", ";
  }

  /** The jobs lost in a sector may not exceed its employment in the model. */
  private void checkJobs(double[] jobsLost, PlannedShock sh, double jobs, long draw) {
    if (employment == null) {
      return;
    }
    double total = jobsLost[sh.local()] += jobs;
    double level = employment[sh.local()];
    if (total > level) {
      throw new ScenarioException(sh.field() + ".jobs", inDraw(draw) + String.format(Locale.ROOT,
          "%.0f jobs lost in sector %s exceed its employment in the model (%.0f)", total, sh.code(), level));
    }
  }

  /**
   * An offset given as a share takes up that share of the output each closure (or subcontractor loss) it refers to
   * lost; the offsets of one closure, named or of all closures, may take up at most all of it.
   */
  private void takeUp(double[] takenUp, PlannedShock offset, double share, double[] amounts, long draw) {
    for (int c = 0; c < shocks.length; c++) {
      boolean referred = offset.referents() == null ? shocks[c].kind() == ShockKind.CLOSURE
          : contains(offset.referents(), c);
      if (!referred) {
        continue;
      }
      double taken = takenUp[c] += share * amounts[c];
      if (taken > amounts[c] * (1 + 1e-9)) {
        throw new ScenarioException(offset.field() + ".share", inDraw(draw) + String.format(Locale.ROOT,
            "the offsets take up %.1f%% of the output lost by %s (sector %s); the offsets of one closure may add up "
                + "to 100%% at most", 100 * taken / amounts[c], shocks[c].field(), shocks[c].code()));
      }
    }
  }

  private static boolean contains(int[] ids, int id) {
    for (int i : ids) {
      if (i == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closures, subcontractor losses and falls of demand in one sector may not remove more than the sector's output.
   */
  private void checkOutput(double[] outputLost, PlannedShock sh, double amount, long draw) {
    double total = outputLost[sh.local()] += amount;
    double output = sectorOutput[sh.local()];
    if (total > output * (1 + 1e-9)) {
      String key = sh.kind() == ShockKind.DEMAND_CHANGE ? ".amount" : sh.output() >= 0 ? ".annual_output" : ".jobs";
      throw new ScenarioException(sh.field() + key, inDraw(draw)
          + String.format(Locale.ROOT, "output lost in sector %s (%.6g %s a year) exceeds the sector's output in the "
              + "model (%.6g); check the amount and its unit (plain currency units)", sh.code(), total, unit,
              output));
    }
  }

  /** What an analyst should know about how a shock of an evaluation was computed. */
  public List<String> notes(int shock, Evaluation ev) {
    PlannedShock sh = shocks[shock];
    List<String> notes = new ArrayList<>();
    switch (sh.kind()) {
      case CLOSURE -> {
        if (sh.output() >= 0 && sh.jobs() >= 0 && jobsPerOutput != null) {
          double implied = ev.amounts[shock] * jobsPerOutput[sh.local()];
          notes.add(String.format(Locale.ROOT, "annual output given: the direct jobs are the sector's jobs per unit "
              + "of output times it (%.0f implied, %.0f stated)", implied, ev.values[sh.jobs()]));
        }
        if (sh.paid() && labourIncome == null) {
          notes.add("annual_pay not used: the model has no labour income");
        } else if (sh.paid()) {
          double average = labourIncome[sh.local()] * ev.amounts[shock];
          notes.add(String.format(Locale.ROOT, "facility pay: the direct labour income is %,.0f jobs x %,.4f %s of "
              + "labour income per job (annual_pay x the model's factor) = %,.1f %s; the sector's average for the "
              + "same output is %,.1f %s", ev.paidJobs[shock], sh.pay(), unit, ev.paidJobs[shock] * sh.pay(), unit,
              average, unit));
        }
        if (sh.buysOwn()) {
          double sum = 0;
          for (double b : sh.buyShares()) {
            sum += b;
          }
          notes.add(String.format(Locale.ROOT, "facility purchases: its own regional purchases (%.4f per unit of "
              + "output, %d sectors) replace the sector's average input column in the first round", sum,
              sh.buyShares().length));
        }
      }
      case SUBCONTRACTOR -> {
        if (sh.supersede()) {
          notes.add(describeSupersede(sh, ev.replaced[shock], ev.direct[shock]));
          if (!hasClosures) {
            notes.add("the scenario has no closures: there is no modelled first round to supersede");
          }
        } else {
          notes.add("additive mode: the known loss is added to the model's own supply-chain response, which "
              + "already includes the closing facilities' purchases from this sector; it may double count");
        }
      }
      case OFFSET -> {
        if (sh.share() >= 0) {
          notes.add(String.format(Locale.ROOT, "%.1f%% of the output lost by %s taken up",
              100 * ev.values[sh.share()], sh.of() == null ? "all closures" : "'" + sh.of() + "'"));
        }
      }
      default -> {
        // a demand change needs no note
      }
    }
    return notes;
  }

  private String describeSupersede(PlannedShock sh, double modelled, double loss) {
    if (jobsPerOutput != null) {
      double e = jobsPerOutput[sh.local()];
      return String.format(Locale.ROOT,
          "supersede mode: the model's own first-round loss in this sector (%.0f jobs) is replaced by the known "
              + "loss (%.0f jobs)", -modelled * e, -loss * e);
    }
    return String.format(Locale.ROOT,
        "supersede mode: the model's own first-round loss in this sector (%.6g) is replaced by the known loss (%.6g)",
        -modelled, -loss);
  }
}

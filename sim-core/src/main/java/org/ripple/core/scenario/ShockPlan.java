package org.ripple.core.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.Suggestions;
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
 * jobs lost in a sector do not exceed its employment, and the output lost in a sector by closures and subcontractor
 * losses does not exceed its output. A value check failing in a draw names the draw. Every shock hits one sector, so
 * an evaluation is sparse: per shock, one direct and one propagated final-demand change at its sector.
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

  /**
   * One resolved shock. {@code jobs}, {@code output} and {@code share} are value slots (-1: not given); a demand
   * change keeps its amount in {@code output}. {@code jobsCoefficient} is {@code e[j]} when jobs are converted to
   * output, else NaN; {@code referents} are the shocks named by an offset's {@code of}; {@code purchases} is row k of
   * A at the shocked sectors, for a superseding loss.
   */
  private record Shock(ShockKind kind, int entry, String field, String code, int sector, int local, int jobs,
      int output, int share, double jobsCoefficient, int[] referents, String of, boolean supersede,
      double[] purchases) implements Serializable {}

  private final String modelName;
  private final String unit;
  private final int size;
  private final int[] touched;
  /** Per shocked sector: employment (null when the model has none), output, jobs per unit of output (or null). */
  private final double[] employment;
  private final double[] sectorOutput;
  private final double[] jobsPerOutput;
  private final boolean hasClosures;
  private final Shock[] shocks;
  private final double[] values;

  private ShockPlan(LeontiefSystem system, Scenario scenario) {
    Resolver r = new Resolver(system);
    for (int i = 0; i < scenario.closures().size(); i++) {
      Closure c = scenario.closures().get(i);
      int j = r.position(c.sector(), c.field());
      int jobs = r.slot(c.jobs().isPresent() ? c.jobs().getAsDouble() : Double.NaN);
      int out = r.slot(c.annualOutput().isPresent() ? c.annualOutput().getAsDouble() : Double.NaN);
      double e = out < 0 ? r.jobsCoefficient(j, c.field() + ".jobs") : Double.NaN;
      r.name(c.name());
      r.add(new Shock(ShockKind.CLOSURE, i, c.field(), c.sector(), j, -1, jobs, out, -1, e, null, null, false,
          null));
    }
    for (int i = 0; i < scenario.subcontractors().size(); i++) {
      SubcontractorLoss s = scenario.subcontractors().get(i);
      int k = r.position(s.sector(), s.field());
      int jobs = r.slot(s.jobs().isPresent() ? s.jobs().getAsDouble() : Double.NaN);
      int out = r.slot(s.output().isPresent() ? s.output().getAsDouble() : Double.NaN);
      double e = out < 0 ? r.jobsCoefficient(k, s.field() + ".jobs") : Double.NaN;
      r.name(s.name());
      r.add(new Shock(ShockKind.SUBCONTRACTOR, i, s.field(), s.sector(), k, -1, jobs, out, -1, e, null, null,
          s.mode() == SubcontractorMode.SUPERSEDE, null));
    }
    for (int i = 0; i < scenario.offsets().size(); i++) {
      Offset o = scenario.offsets().get(i);
      int m = r.position(o.sector(), o.field());
      int share = r.slot(o.share().isPresent() ? o.share().getAsDouble() : Double.NaN);
      int jobs = r.slot(o.jobs().isPresent() ? o.jobs().getAsDouble() : Double.NaN);
      int out = r.slot(o.output().isPresent() ? o.output().getAsDouble() : Double.NaN);
      int[] referents = null;
      if (share >= 0 && o.of() != null) {
        referents = r.referents(o.of(), o.field() + ".of");
      } else if (share >= 0 && scenario.closures().isEmpty()) {
        throw new ScenarioException(o.field() + ".share",
            "a share of the closed output needs closures in the scenario; give jobs or output instead");
      }
      double e = jobs >= 0 ? r.jobsCoefficient(m, o.field() + ".jobs") : Double.NaN;
      r.add(new Shock(ShockKind.OFFSET, i, o.field(), o.sector(), m, -1, jobs, out, share, e, referents, o.of(),
          false, null));
    }
    for (int i = 0; i < scenario.demandChanges().size(); i++) {
      DemandChange d = scenario.demandChanges().get(i);
      int j = r.position(d.sector(), d.field());
      r.add(new Shock(ShockKind.DEMAND_CHANGE, i, d.field(), d.sector(), j, -1, -1, r.slot(d.amount()), -1,
          Double.NaN, null, null, false, null));
    }
    Model model = system.model();
    this.modelName = model.info().name();
    this.unit = model.info().unit();
    this.size = system.size();
    this.touched = r.sectors.stream().mapToInt(Integer::intValue).toArray();
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
    this.shocks = new Shock[r.shocks.size()];
    for (int s = 0; s < shocks.length; s++) {
      Shock sh = r.shocks.get(s);
      double[] purchases = null;
      if (sh.supersede()) {
        purchases = new double[t];
        for (int l = 0; l < t; l++) {
          purchases[l] = system.coefficient(sh.sector(), touched[l]);
        }
      }
      shocks[s] = new Shock(sh.kind(), sh.entry(), sh.field(), sh.code(), sh.sector(),
          Arrays.binarySearch(touched, sh.sector()), sh.jobs(), sh.output(), sh.share(), sh.jobsCoefficient(),
          sh.referents(), sh.of(), sh.supersede(), purchases);
    }
    this.values = new double[r.values.size()];
    for (int v = 0; v < values.length; v++) {
      values[v] = r.values.get(v);
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

  /** The resolution state: shocks in the scenario's order, their values, the names {@code of} may refer to. */
  private static final class Resolver {
    final LeontiefSystem system;
    final SectorIndex index;
    final List<Shock> shocks = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    final Map<String, List<Integer>> named = new LinkedHashMap<>();
    final TreeSet<Integer> sectors = new TreeSet<>();

    Resolver(LeontiefSystem system) {
      this.system = system;
      this.index = system.model().sectors();
    }

    void add(Shock shock) {
      sectors.add(shock.sector());
      shocks.add(shock);
    }

    void name(String name) {
      named.computeIfAbsent(name, x -> new ArrayList<>()).add(shocks.size());
    }

    int slot(double value) {
      if (Double.isNaN(value)) {
        return -1;
      }
      values.add(value);
      return values.size() - 1;
    }

    int position(String code, String field) {
      int p = index.positionOf(code);
      if (p < 0) {
        String hint = index.nearest(code).map(c -> "; did you mean '" + c + "'?").orElse("");
        throw new ScenarioException(field + ".sector", "unknown sector '" + code + "' in model "
            + system.model().info().name() + hint);
      }
      return p;
    }

    double jobsCoefficient(int j, String field) {
      String model = system.model().info().name();
      if (!system.has(Measure.JOBS)) {
        throw new ScenarioException(field, "model " + model
            + " has no employment data, so jobs cannot be converted to output; give the annual output instead");
      }
      double e = system.coefficient(Measure.JOBS, j);
      if (!(e > 0)) {
        throw new ScenarioException(field, "sector " + index.at(j).code() + " has no jobs in model " + model
            + "; give the annual output instead");
      }
      return e;
    }

    int[] referents(String of, String field) {
      List<Integer> found = named.get(of);
      if (found == null) {
        throw new ScenarioException(field, "no closure or subcontractor is named '" + of + "'"
            + Suggestions.nearest(of, named.keySet()).map(x -> "; did you mean '" + x + "'?").orElse(""));
      }
      return found.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The values of the shocks as the scenario gives them (its point values), one per slot; a copy. */
  public double[] values() {
    return values.clone();
  }

  /** The slot of a quantity of the {@code entry}-th shock of a kind, or -1 when the scenario does not give it. */
  public int slot(ShockKind kind, int entry, Quantity quantity) {
    for (Shock sh : shocks) {
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

  /** The number of sectors of the model. */
  public int size() {
    return size;
  }

  /** The final-demand changes of one evaluation: per shock, the direct and the propagated change at its sector. */
  public static final class Evaluation {
    private final double[] values;
    private final double[] amounts;
    private final double[] direct;
    private final double[] propagated;
    private final double[] replaced;

    private Evaluation(double[] values, int shocks) {
      this.values = values;
      this.amounts = new double[shocks];
      this.direct = new double[shocks];
      this.propagated = new double[shocks];
      this.replaced = new double[shocks];
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
      Shock sh = shocks[s];
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
      } else if (sh.supersede()) {
        superseded[sh.local()] += -amount;
      }
    }
    double totalClosed = 0;
    for (double c : closed) {
      totalClosed -= c;
    }
    for (int s = 0; s < shocks.length; s++) {
      Shock sh = shocks[s];
      switch (sh.kind()) {
        case SUBCONTRACTOR -> {
          double loss = -ev.amounts[s];
          ev.direct[s] = loss;
          if (sh.supersede()) {
            double share = loss / superseded[sh.local()];
            ev.replaced[s] = firstRound(sh, closed, a) * share;
            ev.propagated[s] = loss - ev.replaced[s];
          } else {
            ev.propagated[s] = loss;
          }
        }
        case OFFSET -> {
          double amount;
          if (sh.share() >= 0) {
            amount = v[sh.share()] * (sh.referents() == null ? totalClosed : namedLoss(sh, ev.amounts));
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

  /** {@code (A D)_k}: the closures' first-round purchases from a superseding loss's sector k. */
  private double firstRound(Shock sh, double[] closed, double[] a) {
    double r = 0;
    int row = sh.sector() * size;
    for (int l = 0; l < touched.length; l++) {
      r += (a == null ? sh.purchases()[l] : a[row + touched[l]]) * closed[l];
    }
    return r;
  }

  /** The output lost by the closures and subcontractor losses an offset's {@code of} names, in their order. */
  private static double namedLoss(Shock sh, double[] amounts) {
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
  private void checkJobs(double[] jobsLost, Shock sh, double jobs, long draw) {
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

  /** Closures and subcontractor losses in one sector may not remove more than the sector's output. */
  private void checkOutput(double[] outputLost, Shock sh, double amount, long draw) {
    double total = outputLost[sh.local()] += amount;
    double output = sectorOutput[sh.local()];
    if (total > output * (1 + 1e-9)) {
      throw new ScenarioException(sh.field() + (sh.output() >= 0 ? ".annual_output" : ".jobs"), inDraw(draw)
          + String.format(Locale.ROOT, "output lost in sector %s (%.6g %s a year) exceeds the sector's output in the "
              + "model (%.6g); check the amount and its unit (plain currency units)", sh.code(), total, unit,
              output));
    }
  }

  /** What an analyst should know about how a shock of an evaluation was computed. */
  public List<String> notes(int shock, Evaluation ev) {
    Shock sh = shocks[shock];
    List<String> notes = new ArrayList<>();
    switch (sh.kind()) {
      case CLOSURE -> {
        if (sh.output() >= 0 && sh.jobs() >= 0 && jobsPerOutput != null) {
          double implied = ev.amounts[shock] * jobsPerOutput[sh.local()];
          notes.add(String.format(Locale.ROOT, "annual output given: the direct jobs are the sector's jobs per unit "
              + "of output times it (%.0f implied, %.0f stated)", implied, ev.values[sh.jobs()]));
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

  private String describeSupersede(Shock sh, double modelled, double loss) {
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

package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.Regions;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.PerRegionClosure;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;
import org.ripple.core.linalg.SingularMatrixException;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;

/**
 * A scenario with uncertain inputs compiled against one model, ready to evaluate draw after draw: one draw is a pure
 * function of (seed, draw index) and returns the {@link Headline} cells. Serialisable, so that Spark can broadcast it
 * once and evaluate any range of draws on any executor.
 *
 * <p>Each draw follows {@link ImpactEngine}'s rules (DESIGN.md, "Scenarios") on the drawn values: closures lower
 * final demand by their output or {@code jobs / e[j]}; a subcontractor loss in supersede mode replaces its share of
 * the closures' first round {@code (A D)_k}; offsets add a share of a lost output, jobs or output; demand changes add
 * their amount. It keeps three groups of vectors, direct {@code d} and propagated {@code p}: closures and
 * subcontractors (the gross loss), offsets, and demand changes. The model is linear, so:
 *
 * <ul>
 *   <li><b>inputs only</b>: one factorisation serves every draw. At compile time, one transposed solve per measure
 *       gives the unit results {@code u_m = (I - A)^-T c_m} (and {@code (I - Abar)^-T} for Type II: the multipliers),
 *       and a draw is a combination of per-shock unit results: Type I total {@code = sum_k u_m[k] p[k]} over the
 *       shocked sectors k only. A draw costs O(shocks), whatever the size of the model;
 *   <li><b>coefficients vary</b> ({@link ModelUncertainty}): each draw perturbs A (and the household shares),
 *       factorises {@code I - A'} (and {@code I - Abar'}) once, and solves each non-empty group: O(n^3) per draw.
 * </ul>
 *
 * Draws that break the scenario (jobs above a sector's employment) throw a {@link ScenarioException} naming the field
 * and the draw; a perturbed model that cannot be solved throws a {@link ModelException}.
 */
public final class DrawPlan implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Measure[] MEASURES = Measure.values();
  private static final int GROSS = 0;
  private static final int OFFSETS = 1;
  private static final int CHANGES = 2;
  private static final int JOBS = Measure.JOBS.ordinal();

  /** One shock of the scenario: its kind, its sector (as a position among the shocked sectors) and its values. */
  private record Shock(ShockKind kind, int sector, int local, String field, int jobs, int output, int share, int of,
      boolean supersede) implements Serializable {}

  private final String modelName;
  private final String[] codes;
  private final int n;
  private final double[] a;
  private final double[] columnSums;
  private final double[][] coefficients;
  private final double[] employment;
  /**
   * Household shares c/H of the Type II closure, row-major n x R ({@code household[i * R + r]}): R = 1 for a model
   * closed with one household, R = the number of regions for a multi-regional model closed per region
   * ({@link PerRegionClosure}), as the engine closes it; null without Type II.
   */
  private final double[] household;
  /** Column sums of {@link #household}, one per household. */
  private final double[] householdSums;
  /** The household (0 to R - 1) that receives sector j's labour income. */
  private final int[] householdOf;
  private final int households;
  private final boolean typeII;
  private final double[][] unitI;
  private final double[][] unitII;
  private final int[] touched;
  private final Shock[] shocks;
  private final double[] values;
  private final UncertainInput[] inputs;
  private final int[] targets;
  private final ModelUncertainty modelUncertainty;
  private final boolean hasOffsets;

  private DrawPlan(LeontiefSystem system, Scenario scenario, List<UncertainInput> inputs, ModelUncertainty mu) {
    Model model = system.model();
    SectorIndex index = model.sectors();
    this.modelName = model.info().name();
    this.n = system.size();
    this.codes = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = index.at(i).code();
    }
    this.a = new double[n * n];
    this.columnSums = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = system.coefficient(i, j);
        columnSums[j] += a[i * n + j];
      }
    }
    this.typeII = system.hasTypeII();
    // Type II as the engine computes it: per region when the model has households per region, else one household;
    // the closed system is built only for the unit results (with varying coefficients every draw builds its own)
    boolean perRegion = system.closure() instanceof PerRegionClosure;
    this.coefficients = new double[MEASURES.length][];
    this.unitI = new double[MEASURES.length][];
    this.unitII = new double[MEASURES.length][];
    for (Measure m : MEASURES) {
      if (!system.has(m)) {
        continue;
      }
      double[] c = new double[n];
      for (int j = 0; j < n; j++) {
        c[j] = system.coefficient(m, j);
      }
      coefficients[m.ordinal()] = c;
      if (!mu.any()) {
        unitI[m.ordinal()] = system.solveTypeITransposed(c);
        unitII[m.ordinal()] = !typeII ? null : system.solveTypeIITransposed(c);
      }
    }
    this.employment = model.has(Measure.JOBS) ? model.levelsCopy(Measure.JOBS) : null;
    if (perRegion) {
      Regions regions = model.regions().orElseThrow();
      households = regions.size();
      householdOf = new int[n];
      household = new double[n * households];
      for (int i = 0; i < n; i++) {
        householdOf[i] = regions.regionOf(i);
        for (int r = 0; r < households; r++) {
          household[i * households + r] = regions.householdConsumption(i, r) / regions.householdIncome(r);
        }
      }
    } else if (typeII) {
      households = 1;
      householdOf = new int[n];
      household = new double[n];
      for (int i = 0; i < n; i++) {
        household[i] = system.closure().share(i, 0);
      }
    } else {
      households = 0;
      householdOf = null;
      household = null;
    }
    householdSums = new double[households];
    for (int k = 0; household != null && k < household.length; k++) {
      householdSums[k % households] += household[k];
    }
    this.modelUncertainty = mu;

    // Shocks in the engine's order, values in one array, uncertain inputs pointing into it.
    List<Shock> list = new ArrayList<>();
    List<Double> vals = new ArrayList<>();
    Map<String, Integer> slots = new HashMap<>();
    Map<String, Integer> named = new HashMap<>();
    TreeSet<Integer> sectors = new TreeSet<>();
    for (int i = 0; i < scenario.closures().size(); i++) {
      Closure c = scenario.closures().get(i);
      int j = position(index, c.sector(), c.field());
      int jobs = slot(vals, slots, Slot.CLOSURE_JOBS, i, c.jobs().isPresent() ? c.jobs().getAsDouble() : Double.NaN);
      int out = slot(vals, slots, Slot.CLOSURE_OUTPUT, i,
          c.annualOutput().isPresent() ? c.annualOutput().getAsDouble() : Double.NaN);
      named.putIfAbsent(c.name(), list.size());
      sectors.add(j);
      list.add(new Shock(ShockKind.CLOSURE, j, -1, c.field(), jobs, out, -1, -1, false));
    }
    for (int i = 0; i < scenario.subcontractors().size(); i++) {
      SubcontractorLoss s = scenario.subcontractors().get(i);
      int k = position(index, s.sector(), s.field());
      int jobs = slot(vals, slots, Slot.SUBCONTRACTOR_JOBS, i,
          s.jobs().isPresent() ? s.jobs().getAsDouble() : Double.NaN);
      int out = slot(vals, slots, Slot.SUBCONTRACTOR_OUTPUT, i,
          s.output().isPresent() ? s.output().getAsDouble() : Double.NaN);
      named.putIfAbsent(s.name(), list.size());
      sectors.add(k);
      list.add(new Shock(ShockKind.SUBCONTRACTOR, k, -1, s.field(), jobs, out, -1, -1,
          s.mode() == SubcontractorMode.SUPERSEDE));
    }
    for (int i = 0; i < scenario.offsets().size(); i++) {
      Offset o = scenario.offsets().get(i);
      int m = position(index, o.sector(), o.field());
      int share = slot(vals, slots, Slot.OFFSET_SHARE, i,
          o.share().isPresent() ? o.share().getAsDouble() : Double.NaN);
      int jobs = slot(vals, slots, Slot.OFFSET_JOBS, i, o.jobs().isPresent() ? o.jobs().getAsDouble() : Double.NaN);
      int out = slot(vals, slots, Slot.OFFSET_OUTPUT, i,
          o.output().isPresent() ? o.output().getAsDouble() : Double.NaN);
      int of = -1;
      if (o.of() != null) {
        Integer target = named.get(o.of());
        if (target == null) {
          throw new ScenarioException(o.field() + ".of", "no closure or subcontractor is named '" + o.of() + "'");
        }
        of = target;
      }
      sectors.add(m);
      list.add(new Shock(ShockKind.OFFSET, m, -1, o.field(), jobs, out, share, of, false));
    }
    for (int i = 0; i < scenario.demandChanges().size(); i++) {
      DemandChange d = scenario.demandChanges().get(i);
      int j = position(index, d.sector(), d.field());
      int amount = slot(vals, slots, Slot.DEMAND_AMOUNT, i, d.amount());
      sectors.add(j);
      list.add(new Shock(ShockKind.DEMAND_CHANGE, j, -1, d.field(), -1, amount, -1, -1, false));
    }
    this.touched = sectors.stream().mapToInt(Integer::intValue).toArray();
    this.shocks = new Shock[list.size()];
    for (int s = 0; s < list.size(); s++) {
      Shock sh = list.get(s);
      int local = Arrays.binarySearch(touched, sh.sector());
      shocks[s] = new Shock(sh.kind(), sh.sector(), local, sh.field(), sh.jobs(), sh.output(), sh.share(), sh.of(),
          sh.supersede());
    }
    this.values = new double[vals.size()];
    for (int v = 0; v < values.length; v++) {
      values[v] = vals.get(v);
    }
    this.inputs = inputs.toArray(new UncertainInput[0]);
    this.targets = new int[this.inputs.length];
    for (int k = 0; k < this.inputs.length; k++) {
      UncertainInput in = this.inputs[k];
      Integer t = slots.get(in.slot() + ":" + in.index());
      if (t == null || Double.isNaN(values[t])) {
        throw new IllegalArgumentException("uncertain input " + in.field() + " has no value in the scenario");
      }
      targets[k] = t;
    }
    this.hasOffsets = !scenario.offsets().isEmpty();
  }

  /**
   * Compiles a scenario (its point values: the means of its distributions) with its uncertain inputs and model
   * uncertainty against a model's factorised system. Run the scenario once through {@link ImpactEngine} first: this
   * assumes it fits the model.
   */
  public static DrawPlan compile(LeontiefSystem system, Scenario scenario, List<UncertainInput> inputs,
      ModelUncertainty modelUncertainty) {
    return new DrawPlan(system, scenario, List.copyOf(inputs),
        modelUncertainty == null ? ModelUncertainty.NONE : modelUncertainty);
  }

  private static int slot(List<Double> vals, Map<String, Integer> slots, Slot slot, int index, double value) {
    if (Double.isNaN(value)) {
      return -1;
    }
    vals.add(value);
    slots.put(slot + ":" + index, vals.size() - 1);
    return vals.size() - 1;
  }

  private static int position(SectorIndex index, String code, String field) {
    int p = index.positionOf(code);
    if (p < 0) {
      throw new ScenarioException(field + ".sector", "unknown sector '" + code + "'");
    }
    return p;
  }

  /** Whether the scenario has offsets (then the gross-loss and offsets blocks are reported). */
  public boolean hasOffsets() {
    return hasOffsets;
  }

  /** Whether the model has Type II (induced effects). */
  public boolean hasTypeII() {
    return typeII;
  }

  /** Whether results in a measure exist (the model has its satellite). */
  public boolean has(Measure measure) {
    return coefficients[measure.ordinal()] != null;
  }

  public int inputCount() {
    return inputs.length;
  }

  public ModelUncertainty modelUncertainty() {
    return modelUncertainty;
  }

  /** The drawn values of the uncertain inputs of a draw, in the file's units (for tests and diagnostics). */
  public double[] drawInputs(long seed, long draw) {
    DrawRandom r = DrawRandom.of(seed, draw, DrawRandom.INPUTS);
    double[] out = new double[inputs.length];
    for (int k = 0; k < inputs.length; k++) {
      out[k] = inputs[k].distribution().sample(r.uniform(k));
    }
    return out;
  }

  /** The headline cells of one draw (see {@link Headline}); a pure function of (seed, draw). */
  public double[] draw(long seed, long draw) {
    double[] v = values.clone();
    if (inputs.length > 0) {
      double[] x = drawInputs(seed, draw);
      for (int k = 0; k < inputs.length; k++) {
        v[targets[k]] = x[k] * inputs[k].factor();
      }
    }
    Perturbed model = modelUncertainty.any() ? perturb(seed, draw) : null;
    int t = touched.length;
    double[][] d = new double[3][t];
    double[][] p = new double[3][t];
    double[] closed = new double[t];
    double[] jobsBySector = new double[t];
    double[] amount = new double[shocks.length];
    double[] superseded = new double[t];
    for (int s = 0; s < shocks.length; s++) {
      Shock sh = shocks[s];
      if (sh.kind() == ShockKind.CLOSURE) {
        double amt = sh.output() >= 0 ? v[sh.output()] : v[sh.jobs()] / coefficients[JOBS][sh.sector()];
        if (sh.jobs() >= 0) {
          addJobs(jobsBySector, sh, v[sh.jobs()], draw);
        }
        d[GROSS][sh.local()] -= amt;
        p[GROSS][sh.local()] -= amt;
        closed[sh.local()] -= amt;
        amount[s] = amt;
      } else if (sh.kind() == ShockKind.SUBCONTRACTOR) {
        double amt;
        if (sh.output() >= 0) {
          amt = v[sh.output()];
        } else {
          amt = v[sh.jobs()] / coefficients[JOBS][sh.sector()];
          addJobs(jobsBySector, sh, v[sh.jobs()], draw);
        }
        amount[s] = amt;
        if (sh.supersede()) {
          superseded[sh.local()] += -amt;
        }
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
          double loss = -amount[s];
          d[GROSS][sh.local()] += loss;
          if (sh.supersede()) {
            double modelled = firstRound(model == null ? a : model.a, sh.sector(), closed);
            double share = loss / superseded[sh.local()];
            p[GROSS][sh.local()] += loss - modelled * share;
          } else {
            p[GROSS][sh.local()] += loss;
          }
        }
        case OFFSET -> {
          double amt;
          if (sh.share() >= 0) {
            amt = v[sh.share()] * (sh.of() >= 0 ? amount[sh.of()] : totalClosed);
          } else if (sh.jobs() >= 0) {
            amt = v[sh.jobs()] / coefficients[JOBS][sh.sector()];
          } else {
            amt = v[sh.output()];
          }
          d[OFFSETS][sh.local()] += amt;
          p[OFFSETS][sh.local()] += amt;
        }
        case DEMAND_CHANGE -> {
          d[CHANGES][sh.local()] += v[sh.output()];
          p[CHANGES][sh.local()] += v[sh.output()];
        }
        default -> {
          // closures are done
        }
      }
    }
    double[][][] groups = new double[3][][];
    for (int g = 0; g < 3; g++) {
      groups[g] = model == null ? reduceFixed(d[g], p[g]) : reducePerturbed(model, d[g], p[g]);
    }
    double[] cells = new double[Headline.CELLS];
    for (Effect e : Effect.values()) {
      for (Measure m : MEASURES) {
        double gross = groups[GROSS][e.ordinal()][m.ordinal()];
        double off = groups[OFFSETS][e.ordinal()][m.ordinal()];
        double chg = groups[CHANGES][e.ordinal()][m.ordinal()];
        cells[Headline.index(Headline.Block.SUMMARY, e, m)] = gross + off + chg;
        cells[Headline.index(Headline.Block.GROSS_LOSS, e, m)] = gross;
        cells[Headline.index(Headline.Block.OFFSETS, e, m)] = off;
      }
    }
    return cells;
  }

  private double firstRound(double[] matrix, int k, double[] closed) {
    double r = 0;
    for (int l = 0; l < touched.length; l++) {
      r += matrix[k * n + touched[l]] * closed[l];
    }
    return r;
  }

  private void addJobs(double[] jobsBySector, Shock sh, double jobs, long draw) {
    if (employment == null) {
      return;
    }
    double total = jobsBySector[sh.local()] += jobs;
    if (total > employment[sh.sector()]) {
      throw new ScenarioException(sh.field() + ".jobs", String.format(Locale.ROOT,
          "in draw %d, %.0f jobs lost in sector %s exceed its employment in the model (%.0f)", draw, total,
          codes[sh.sector()], employment[sh.sector()]));
    }
  }

  /** [effect][measure] of one group with the unit results of the fixed model. */
  private double[][] reduceFixed(double[] d, double[] p) {
    double[][] out = new double[Effect.values().length][MEASURES.length];
    for (Measure m : MEASURES) {
      int mi = m.ordinal();
      double[] c = coefficients[mi];
      if (c == null) {
        unavailable(out, mi);
        continue;
      }
      double direct = 0;
      double t1 = 0;
      double t2 = 0;
      for (int l = 0; l < touched.length; l++) {
        int k = touched[l];
        direct += c[k] * d[l];
        t1 += unitI[mi][k] * p[l];
        if (typeII) {
          t2 += unitII[mi][k] * p[l];
        }
      }
      effects(out, mi, direct, t1, t2);
    }
    return out;
  }

  private double[][] reducePerturbed(Perturbed model, double[] d, double[] p) {
    double[][] out = new double[Effect.values().length][MEASURES.length];
    boolean empty = true;
    double[] dense = new double[n];
    for (int l = 0; l < touched.length; l++) {
      dense[touched[l]] = p[l];
      empty &= p[l] == 0 && d[l] == 0;
    }
    double[] x1 = empty ? new double[n] : finite(model.typeI.solve(dense), draw(model));
    double[] x2 = null;
    if (typeII) {
      x2 = empty ? new double[n] : finite(Arrays.copyOf(model.typeII.solve(Arrays.copyOf(dense, n + households)),
          n), draw(model));
    }
    for (Measure m : MEASURES) {
      int mi = m.ordinal();
      double[] c = coefficients[mi];
      if (c == null) {
        unavailable(out, mi);
        continue;
      }
      double direct = 0;
      for (int l = 0; l < touched.length; l++) {
        direct += c[touched[l]] * d[l];
      }
      double t1 = 0;
      double t2 = 0;
      for (int i = 0; i < n; i++) {
        t1 += c[i] * x1[i];
        if (x2 != null) {
          t2 += c[i] * x2[i];
        }
      }
      effects(out, mi, direct, t1, t2);
    }
    return out;
  }

  private static long draw(Perturbed model) {
    return model.draw;
  }

  private double[] finite(double[] x, long draw) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new ModelException(codes[i], "in draw " + draw + ", the perturbed model gave a non-finite value for "
            + "sector " + codes[i]);
      }
    }
    return x;
  }

  private void effects(double[][] out, int mi, double direct, double t1, double t2) {
    out[Effect.DIRECT.ordinal()][mi] = direct;
    out[Effect.INDIRECT.ordinal()][mi] = t1 - direct;
    out[Effect.INDUCED.ordinal()][mi] = typeII ? t2 - t1 : Double.NaN;
    out[Effect.TOTAL.ordinal()][mi] = typeII ? t2 : t1;
  }

  private static void unavailable(double[][] out, int mi) {
    for (double[] row : out) {
      row[mi] = Double.NaN;
    }
  }

  /** A draw's perturbed model: A' and the factorisations of I - A' and I - Abar'. */
  private static final class Perturbed {
    final long draw;
    final double[] a;
    final DenseLu typeI;
    final DenseLu typeII;

    Perturbed(long draw, double[] a, DenseLu typeI, DenseLu typeII) {
      this.draw = draw;
      this.a = a;
      this.typeI = typeI;
      this.typeII = typeII;
    }
  }

  /** The perturbed A' (and household shares) of a draw, factorised; see {@link ModelUncertainty}. */
  double[] perturbedCoefficients(long seed, long draw) {
    return perturbMatrix(seed, draw);
  }

  /**
   * The perturbed household shares c'/H of a draw, n x R row-major (R = 1: one household; R regions when closed per
   * region), or null without Type II. One lognormal factor per draw scales every share; a household whose shares then
   * sum to 1 or more is scaled back to its unperturbed sum.
   */
  double[] perturbedHouseholdShares(long seed, long draw) {
    if (household == null) {
      return null;
    }
    double h = modelUncertainty.householdSigma();
    double[] shares = household.clone();
    if (h > 0) {
      double z = Distribution.standardNormal(DrawRandom.of(seed, draw, DrawRandom.HOUSEHOLDS).uniform(0));
      double f = StrictMath.exp(h * z - 0.5 * h * h);
      double[] sums = new double[households];
      for (int k = 0; k < shares.length; k++) {
        shares[k] *= f;
        sums[k % households] += shares[k];
      }
      for (int r = 0; r < households; r++) {
        if (sums[r] >= 1) {
          double back = householdSums[r] / sums[r];
          for (int k = r; k < shares.length; k += households) {
            shares[k] *= back;
          }
        }
      }
    }
    return shares;
  }

  private double[] perturbMatrix(long seed, long draw) {
    double s = modelUncertainty.coefficientSigma();
    double[] ap = a.clone();
    if (s > 0) {
      DrawRandom r = DrawRandom.of(seed, draw, DrawRandom.COEFFICIENTS);
      double shift = -0.5 * s * s;
      boolean perColumn = modelUncertainty.scope() == ModelUncertainty.Scope.COLUMN;
      double[] columnFactor = new double[n];
      if (perColumn) {
        for (int j = 0; j < n; j++) {
          columnFactor[j] = StrictMath.exp(s * Distribution.standardNormal(r.uniform(j)) + shift);
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          int cell = i * n + j;
          if (ap[cell] != 0) {
            ap[cell] *= perColumn ? columnFactor[j]
                : StrictMath.exp(s * Distribution.standardNormal(r.uniform(cell)) + shift);
          }
        }
      }
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += ap[i * n + j];
        }
        if (sum >= 1) {
          double back = columnSums[j] / sum;
          for (int i = 0; i < n; i++) {
            ap[i * n + j] *= back;
          }
        }
      }
    }
    return ap;
  }

  private Perturbed perturb(long seed, long draw) {
    double[] ap = perturbMatrix(seed, draw);
    DenseLu lu1 = factor(identityMinus(ap, n), n, draw, "I - A");
    checkProductive(ap, n, lu1, draw, "A");
    DenseLu lu2 = null;
    if (typeII) {
      double[] shares = perturbedHouseholdShares(seed, draw);
      int m = n + households;
      double[] abar = new double[m * m];
      double[] w = coefficients[Measure.LABOUR_INCOME.ordinal()];
      for (int i = 0; i < n; i++) {
        System.arraycopy(ap, i * n, abar, i * m, n);
        System.arraycopy(shares, i * households, abar, i * m + n, households);
      }
      for (int j = 0; j < n; j++) {
        abar[(n + householdOf[j]) * m + j] = w[j];
      }
      lu2 = factor(identityMinus(abar, m), m, draw, "I - Abar");
      checkProductive(abar, m, lu2, draw, "Abar");
    }
    return new Perturbed(draw, ap, lu1, lu2);
  }

  private DenseLu factor(double[] matrix, int size, long draw, String what) {
    try {
      return DenseLu.factor(DenseMatrix.square(size, matrix));
    } catch (SingularMatrixException e) {
      String sector = e.column() < n ? codes[e.column()] : "households";
      throw new ModelException(sector, "in draw " + draw + ", " + what + " of the perturbed model is singular at "
          + "sector " + sector);
    }
  }

  /**
   * A non-negative matrix with every column sum below 1 has spectral radius below 1. Otherwise, rho(M) < 1 if and
   * only if {@code (I - M)^T y = 1} has a positive solution (Berman and Plemmons 1994, ch. 6); one extra solve.
   */
  private void checkProductive(double[] m, int size, DenseLu lu, long draw, String what) {
    boolean nonNegative = true;
    boolean below = true;
    for (int j = 0; j < size; j++) {
      double sum = 0;
      for (int i = 0; i < size; i++) {
        double x = m[i * size + j];
        nonNegative &= x >= 0;
        sum += x;
      }
      below &= sum < 1;
    }
    if (below && nonNegative || !nonNegative) {
      return;
    }
    double[] ones = new double[size];
    Arrays.fill(ones, 1.0);
    for (double y : lu.solveTransposed(ones)) {
      if (!(y > 0) || !Double.isFinite(y)) {
        throw new ModelException(null, String.format(Locale.ROOT,
            "in draw %d, the perturbed %s of model %s is not productive (spectral radius at least 1); lower the "
                + "coefficient sigma", draw, what, modelName));
      }
    }
  }

  private static double[] identityMinus(double[] m, int size) {
    double[] out = new double[m.length];
    for (int k = 0; k < m.length; k++) {
      out[k] = -m[k];
    }
    for (int i = 0; i < size; i++) {
      out[i * size + i] += 1.0;
    }
    return out;
  }
}

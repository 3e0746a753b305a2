package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.ModelException;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.ShockPlan;

/**
 * A scenario with uncertain inputs compiled against one model, ready to evaluate draw after draw: one draw is a pure
 * function of (seed, draw index) and returns the {@link Headline} cells. Serialisable, so that Spark can broadcast it
 * once and evaluate any range of draws on any executor.
 *
 * <p>A draw evaluates the scenario's {@link ShockPlan}, the same plan as the point estimate of {@link ImpactEngine},
 * on the drawn values (the uncertain inputs replace their slots of the point values), and sums its shocks in three
 * groups: closures and subcontractors (the gross loss), offsets, and demand changes. Each group is reduced by a
 * {@link DrawReduction}: with the unit results of the fixed model when only inputs vary, or solved on the draw's
 * {@link PerturbedModel} when coefficients vary ({@link ModelUncertainty}).
 *
 * <p>Draws that break the scenario (jobs above a sector's employment, output lost above a sector's output) throw a
 * {@link ScenarioException} naming the field and the draw; a perturbed model that cannot be solved throws a
 * {@link ModelException}.
 */
public final class DrawPlan implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final Measure[] MEASURES = Measure.values();
  private static final int GROSS = 0;
  private static final int OFFSETS = 1;
  private static final int CHANGES = 2;

  private final ShockPlan plan;
  /** Per shock, its group: {@link #GROSS}, {@link #OFFSETS} or {@link #CHANGES}. */
  private final int[] groupOf;
  private final int[] localOf;
  private final int touched;
  private final double[] values;
  private final UncertainInput[] inputs;
  private final int[] targets;
  private final ModelUncertainty modelUncertainty;
  private final DrawReduction reduction;
  /** The model's perturbation; null when the coefficients do not vary. */
  private final ModelPerturbation perturbation;
  private final boolean hasOffsets;

  private DrawPlan(LeontiefSystem system, Scenario scenario, List<UncertainInput> inputs, ModelUncertainty mu) {
    this.plan = ShockPlan.of(system, scenario);
    this.touched = plan.touched().length;
    this.groupOf = new int[plan.shocks()];
    this.localOf = new int[plan.shocks()];
    for (int s = 0; s < groupOf.length; s++) {
      ShockKind kind = plan.kind(s);
      groupOf[s] = kind == ShockKind.OFFSET ? OFFSETS : kind == ShockKind.DEMAND_CHANGE ? CHANGES : GROSS;
      localOf[s] = plan.local(s);
    }
    this.values = plan.values();
    this.inputs = inputs.toArray(new UncertainInput[0]);
    this.targets = new int[this.inputs.length];
    for (int k = 0; k < this.inputs.length; k++) {
      UncertainInput in = this.inputs[k];
      int t = plan.slot(in.slot().kind(), in.index(), in.slot().quantity());
      if (t < 0) {
        throw new IllegalArgumentException("uncertain input " + in.field() + " has no value in the scenario");
      }
      targets[k] = t;
    }
    this.modelUncertainty = mu;
    this.reduction = new DrawReduction(system, plan.touched(), !mu.any());
    this.perturbation = mu.any() ? new ModelPerturbation(system, codes(system), DrawHouseholds.of(system), mu) : null;
    this.hasOffsets = !scenario.offsets().isEmpty();
  }

  /**
   * Compiles a scenario (its point values: the means of its distributions) with its uncertain inputs and model
   * uncertainty against a model's factorised system. Throws {@link ScenarioException} naming the field when the
   * scenario does not fit the model, as {@link ImpactEngine#run} does.
   */
  public static DrawPlan compile(LeontiefSystem system, Scenario scenario, List<UncertainInput> inputs,
      ModelUncertainty modelUncertainty) {
    return new DrawPlan(system, scenario, List.copyOf(inputs),
        modelUncertainty == null ? ModelUncertainty.NONE : modelUncertainty);
  }

  private static String[] codes(LeontiefSystem system) {
    SectorIndex index = system.model().sectors();
    String[] codes = new String[system.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = index.at(i).code();
    }
    return codes;
  }

  /** Whether the scenario has offsets (then the gross-loss and offsets blocks are reported). */
  public boolean hasOffsets() {
    return hasOffsets;
  }

  /** Whether the model has Type II (induced effects). */
  public boolean hasTypeII() {
    return reduction.typeII();
  }

  /** Whether results in a measure exist (the model has its satellite). */
  public boolean has(Measure measure) {
    return reduction.has(measure);
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

  /** The scenario's values in a draw: the point values with the uncertain inputs drawn, in the model's units. */
  private double[] drawnValues(long seed, long draw) {
    double[] v = values.clone();
    if (inputs.length > 0) {
      double[] x = drawInputs(seed, draw);
      for (int k = 0; k < inputs.length; k++) {
        v[targets[k]] = x[k] * inputs[k].factor();
      }
    }
    return v;
  }

  /**
   * The whole result of one draw, every shock on every sector, as {@link ImpactEngine#run(Scenario, ShockPlan,
   * ShockPlan.Evaluation, ImpactEngine.Solver, boolean)} gives it for the draw's values (without the shocks' notes):
   * solved on {@code system} (the one this plan was compiled on) when the coefficients do not vary, else on the
   * draw's perturbed model, with the draw's household shares. A pure function of (seed, draw), like {@link #draw}: the same draw gives the same result.
   *
   * @param system the system the plan was compiled on (its satellite coefficients turn output into measures)
   * @param scenario the scenario the plan was compiled from (its shocks' names and fields)
   */
  public DrawResult result(LeontiefSystem system, Scenario scenario, long seed, long draw) {
    double[] v = drawnValues(seed, draw);
    PerturbedModel model = perturbation == null ? null : perturbation.perturb(seed, draw);
    ShockPlan.Evaluation shocks = plan.evaluate(v, draw, model == null ? null : model.among(plan.touched()));
    ImpactEngine engine = new ImpactEngine(system);
    ImpactEngine.Solver solver = model == null ? ImpactEngine.Solver.of(system)
        : new ImpactEngine.Solver(model::solveTypeI, model::solveTypeII);
    return new DrawResult(draw, engine.run(scenario, plan, shocks, solver, false),
        model == null ? null : perturbation.householdShares(seed, draw));
  }

  /** The headline cells of one draw (see {@link Headline}); a pure function of (seed, draw). */
  public double[] draw(long seed, long draw) {
    double[] v = drawnValues(seed, draw);
    PerturbedModel model = perturbation == null ? null : perturbation.perturb(seed, draw);
    ShockPlan.Evaluation shocks = plan.evaluate(v, draw, model == null ? null : model.among(plan.touched()));
    double[][] d = new double[3][touched];
    double[][] p = new double[3][touched];
    double[][] p2 = new double[3][touched];
    double[] income = new double[3];
    for (int s = 0; s < groupOf.length; s++) {
      d[groupOf[s]][localOf[s]] += shocks.direct(s);
      shocks.propagate(plan, s, p[groupOf[s]], true, false);
      shocks.propagate(plan, s, p2[groupOf[s]], true, true);
      income[groupOf[s]] += shocks.income(s);
    }
    double[][][] groups = new double[3][][];
    for (int g = 0; g < 3; g++) {
      groups[g] = model == null ? reduction.fixed(d[g], p[g], p2[g], income[g])
          : reduction.perturbed(model, d[g], p[g], p2[g], income[g]);
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

  /** The perturbed A' of a draw, n x n row-major (coefficients must vary; small models: tests). */
  double[] perturbedCoefficients(long seed, long draw) {
    return perturbation().denseCoefficients(seed, draw);
  }

  /** Whether a draw's perturbed model is solved on A' in CSR by an iterative solver (else by dense LU). */
  boolean sparseDraws() {
    return perturbation != null && perturbation.sparse();
  }

  /**
   * The perturbed household shares c'/H of a draw, n x R row-major (R = 1: one household; R regions when closed per
   * region), or null without Type II (coefficients must vary).
   */
  double[] perturbedHouseholdShares(long seed, long draw) {
    return perturbation().householdShares(seed, draw);
  }

  private ModelPerturbation perturbation() {
    if (perturbation == null) {
      throw new IllegalStateException("the model's coefficients do not vary in this plan");
    }
    return perturbation;
  }
}

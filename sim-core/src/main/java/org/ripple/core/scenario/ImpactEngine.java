package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;

/**
 * The point estimate of a scenario: its {@link ShockPlan} evaluated on the scenario's own values, each shock's
 * final-demand change propagated on its own through one factorised {@link LeontiefSystem} (Type I and, with
 * household data, Type II); the scenario is the sum of its shocks.
 */
public final class ImpactEngine {
  private final LeontiefSystem system;

  public ImpactEngine(LeontiefSystem system) {
    this.system = system;
  }

  public LeontiefSystem system() {
    return system;
  }

  /**
   * Runs a scenario. Throws {@link ScenarioException} naming the field when it does not fit the model (see
   * {@link ShockPlan} for what is checked).
   */
  public ScenarioResult run(Scenario scenario) {
    ShockPlan plan = ShockPlan.of(system, scenario);
    return run(scenario, plan, plan.evaluate(plan.values(), ShockPlan.POINT), Solver.of(system), true);
  }

  /**
   * How the shocks of one evaluation are solved: on a system, or on a Monte Carlo draw's perturbed model.
   *
   * @param typeI the Type I output change of a final-demand change over every sector
   * @param typeII the Type II output change (the model's first n entries); used only when the system has Type II
   */
  public record Solver(UnaryOperator<double[]> typeI, UnaryOperator<double[]> typeII) {
    /** The solves of {@code system}. */
    public static Solver of(LeontiefSystem system) {
      return new Solver(system::solveTypeI, system::solveTypeII);
    }
  }

  /**
   * The result of {@code scenario}'s plan evaluated on any values (a Monte Carlo draw's: {@code point} is then the
   * draw's evaluation), each shock propagated by {@code solver} exactly as the point estimate propagates it; the
   * measures are this system's coefficients times the output changes. Without {@code shockNotes} the shocks carry
   * no notes (a draw's result is read for its figures).
   */
  public ScenarioResult run(Scenario scenario, ShockPlan plan, ShockPlan.Evaluation point, Solver solver,
      boolean shockNotes) {
    List<ShockResult> results = new ArrayList<>();
    List<String> notes = new ArrayList<>(system.warnings());
    int s = 0;
    for (Closure c : scenario.closures()) {
      results.add(propagate(plan, point, solver, shockNotes, s++, c.name(), c.sector(), c.field()));
    }
    for (SubcontractorLoss c : scenario.subcontractors()) {
      results.add(propagate(plan, point, solver, shockNotes, s++, c.name(), c.sector(), c.field()));
    }
    for (Offset c : scenario.offsets()) {
      results.add(propagate(plan, point, solver, shockNotes, s++, c.name(), c.sector(), c.field()));
    }
    for (DemandChange c : scenario.demandChanges()) {
      results.add(propagate(plan, point, solver, shockNotes, s++, c.name(), c.sector(), c.field()));
    }
    if (!system.hasTypeII()) {
      notes.add("the model has no household data: induced effects are not available and totals are Type I");
    }
    ScenarioResult result = new ScenarioResult(scenario, system, results, notes);
    return tooSmall(result).map(n -> {
      List<String> all = new ArrayList<>(notes);
      all.add(n);
      return new ScenarioResult(scenario, system, results, all);
    }).orElse(result);
  }

  /**
   * A note when every effect of the run rounds to nothing: the shocks cancel out, or their output is below one
   * currency unit a year (an amount given in thousands where plain currency units are expected, for example).
   */
  private java.util.Optional<String> tooSmall(ScenarioResult result) {
    double factor = system.model().info().unitFactor();
    double gross = 0;
    double net = 0;
    for (ShockResult r : result.shocks()) {
      for (int i = 0; i < system.size(); i++) {
        gross += Math.abs(r.impact().outputChange(org.ripple.core.Effect.DIRECT, i));
      }
    }
    Impact total = result.total();
    for (int i = 0; i < system.size(); i++) {
      net += Math.abs(total.outputChange(org.ripple.core.Effect.TOTAL, i));
    }
    String unit = system.model().info().currency().isEmpty() ? "currency unit" : system.model().info().currency();
    if (gross * factor < 1) {
      return java.util.Optional.of(String.format(java.util.Locale.ROOT, "every effect is zero or rounds to zero: the "
          + "shocks change final demand by %.3g %s a year in all, less than one %s; amounts are in plain currency "
          + "units, not thousands or millions", gross * factor, unit, unit));
    }
    if (net * factor < 1) {
      return java.util.Optional.of("every effect is zero or rounds to zero: the shocks cancel each other out "
          + "(the gains offset the losses in every sector)");
    }
    return java.util.Optional.empty();
  }

  /** Solves one shock of the plan: its direct and propagated changes, dense, at its sector. */
  private ShockResult propagate(ShockPlan plan, ShockPlan.Evaluation point, Solver solver, boolean notes, int shock,
      String name, String sector, String field) {
    int n = system.size();
    double[] direct = new double[n];
    double[] propagated = new double[n];
    direct[plan.sector(shock)] = point.direct(shock);
    point.propagate(plan, shock, propagated, false, false);
    double[] t1 = solver.typeI().apply(propagated);
    double[] t2 = null;
    if (system.hasTypeII()) {
      double[] closed = new double[n];
      point.propagate(plan, shock, closed, false, true);
      t2 = solver.typeII().apply(closed);
    }
    double[] income = null;
    if (point.income(shock) != 0) {
      income = new double[n];
      income[plan.sector(shock)] = point.income(shock);
    }
    return new ShockResult(plan.kind(shock), name, sector, field, Impact.of(system, direct, t1, t2, income),
        notes ? plan.notes(shock, point) : List.of());
  }
}

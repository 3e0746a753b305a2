package org.ripple.core.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;

/** Runs variants of a scenario through one {@link ImpactEngine}, so one factorisation serves them all. */
public final class Sweep {
  private Sweep() {}

  /** One variant: its label and its result (on the engine's system). */
  public record Variant(String name, ScenarioResult result) {
    public Variant {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(result, "result");
    }

    public Impact total() {
      return result.total();
    }
  }

  /**
   * Each closure on its own (its facility alone: no subcontractors, offsets or demand changes), ranked by total jobs
   * lost (most first; by output when the model has no jobs), then all closures together.
   */
  public static EachClosure eachClosure(ImpactEngine engine, Scenario scenario) {
    return eachClosure(engine, scenario, n -> { });
  }

  /**
   * As {@link #eachClosure(ImpactEngine, Scenario)}, calling {@code done} with the number of runs finished after each
   * of its {@code closures + 2} runs (for a progress bar; it only observes).
   */
  public static EachClosure eachClosure(ImpactEngine engine, Scenario scenario, IntConsumer done) {
    if (scenario.closures().isEmpty()) {
      throw new org.ripple.core.ScenarioException("closures", "the scenario has no closures to sweep");
    }
    List<Variant> facilities = new ArrayList<>();
    for (Closure c : scenario.closures()) {
      Scenario one = new Scenario(scenario.name() + ": " + c.name(), scenario.description(), List.of(c), List.of(),
          List.of(), List.of());
      facilities.add(new Variant(c.name(), engine.run(one)));
      done.accept(facilities.size());
    }
    Scenario closuresOnly = new Scenario(scenario.name() + ": all facilities", scenario.description(),
        scenario.closures(), List.of(), List.of(), List.of());
    Variant all = new Variant("All facilities", engine.run(closuresOnly));
    done.accept(facilities.size() + 1);
    Variant full = new Variant("Full scenario", engine.run(scenario));
    done.accept(facilities.size() + 2);
    return new EachClosure(ranked(facilities), all, full);
  }

  /**
   * @param facilities one variant per closure, ranked
   * @param all all closures together (the sum of the facilities: the model is linear)
   * @param full the scenario as written, with its subcontractors, offsets and demand changes
   */
  public record EachClosure(List<Variant> facilities, Variant all, Variant full) {
    public EachClosure {
      facilities = List.copyOf(facilities);
    }

    /** What the full scenario adds to the closures: subcontractors, offsets and demand changes. */
    public Impact notAttributed() {
      return Impact.sum(full.result().system(), List.of(full.total(), all.total().scaled(-1)));
    }
  }

  /** Runs named scenarios in order on one engine. */
  public static List<Variant> run(ImpactEngine engine, List<String> names, List<Scenario> scenarios) {
    return run(engine, names, scenarios, n -> { });
  }

  /** As {@link #run(ImpactEngine, List, List)}, calling {@code done} with the number of variants run after each. */
  public static List<Variant> run(ImpactEngine engine, List<String> names, List<Scenario> scenarios,
      IntConsumer done) {
    if (names.size() != scenarios.size()) {
      throw new IllegalArgumentException("one name per scenario");
    }
    List<Variant> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new Variant(names.get(i), engine.run(scenarios.get(i))));
      done.accept(out.size());
    }
    return out;
  }

  /** Most jobs lost first (most negative total); by total output when jobs are not available; stable. */
  public static List<Variant> ranked(List<Variant> variants) {
    List<Variant> out = new ArrayList<>(variants);
    out.sort(Comparator.comparingDouble(Sweep::rankKey));
    return out;
  }

  private static double rankKey(Variant v) {
    Impact t = v.total();
    return t.available(Measure.JOBS, Effect.TOTAL) ? t.sum(Measure.JOBS, Effect.TOTAL)
        : t.sum(Measure.OUTPUT, Effect.TOTAL);
  }
}

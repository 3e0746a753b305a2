package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.testing.Models;

/**
 * Two regions with one sector each, closed with one household per region, solved by hand.
 *
 * <pre>
 *   Z = [[20, 10], [10, 30]], x = (100, 100): A = [[0.2, 0.1], [0.1, 0.3]]
 *   W = (40, 50): w = (0.4, 0.5); H = (40, 50)
 *   C = [[16, 5], [4, 20]] (column r: what region r's households buy): C / H = [[0.4, 0.1], [0.1, 0.4]]
 *   Abar = [[0.2, 0.1, 0.4, 0.1], [0.1, 0.3, 0.1, 0.4], [0.4, 0, 0, 0], [0, 0.5, 0, 0]]
 * </pre>
 *
 * For d = (1, 0): Type I a = 1 + 0.2a + 0.1b, b = 0.1a + 0.3b, so a = 14/11, b = 2/11. Type II with h1 = 0.4a,
 * h2 = 0.5b: a = 1 + 0.36a + 0.15b and b = 0.14a + 0.5b, so b = 0.28a, a = 1/0.598 = 500/299, b = 140/299.
 */
class RegionalClosureTest {
  private static final double TOL = 1e-12;

  static Model model() {
    return Models.twoRegions();
  }

  @Test
  void closedPerRegionByHand() {
    RegionalClosure closure = RegionalClosure.of(model()).orElseThrow();
    assertThat(closure.solve(new double[] {1, 0})).containsExactly(new double[] {500.0 / 299, 140.0 / 299},
        within(TOL));
    LeontiefSystem system = LeontiefSystem.of(model());
    assertThat(system.solveTypeI(new double[] {1, 0})).containsExactly(new double[] {14.0 / 11, 2.0 / 11},
        within(TOL));
  }

  @Test
  void theModelsOwnHouseholdVectorIsTheSumOverRegions() {
    Model m = model();
    assertThat(m.householdConsumptionCopy()).containsExactly(21, 24);
    assertThat(m.householdIncome()).isEqualTo(90.0);
    // one household for both regions is a different closure: c / H = (21/90, 24/90)
    double[] national = LeontiefSystem.of(m).solveTypeII(new double[] {1, 0});
    assertThat(national[0]).isNotCloseTo(500.0 / 299, within(1e-3));
  }

  @Test
  void scenariosAndMultipliersUseThePerRegionClosure() {
    Model m = model();
    LeontiefSystem system = LeontiefSystem.of(m);
    // final demand -1 in R1.s: output falls by 500/299 in R1 and 140/299 in R2
    ScenarioResult r = new ImpactEngine(system).run(new Scenario("t", "", List.of(
        new Closure("c", "R1.s", java.util.OptionalDouble.empty(), java.util.OptionalDouble.of(1.0), "", "c")),
        List.of(), List.of(), List.of()));
    assertThat(r.total().outputChange(org.ripple.core.Effect.TOTAL, 0)).isCloseTo(-500.0 / 299, within(TOL));
    assertThat(r.total().outputChange(org.ripple.core.Effect.TOTAL, 1)).isCloseTo(-140.0 / 299, within(TOL));
    Multipliers mult = Multipliers.of(system);
    assertThat(mult.output(ModelType.TYPE_II, 0)).isCloseTo(640.0 / 299, within(TOL));
    assertThat(mult.output(ModelType.TYPE_I, 0)).isCloseTo(16.0 / 11, within(TOL));
    // jobs: e = (0.1, 0.2)
    RegionalMultipliers byRegion = RegionalMultipliers.of(system);
    assertThat(byRegion.effect(Measure.JOBS, ModelType.TYPE_II, 0, 0)).isCloseTo(0.1 * 500 / 299, within(TOL));
    assertThat(byRegion.effect(Measure.JOBS, ModelType.TYPE_II, 0, 1)).isCloseTo(0.2 * 140 / 299, within(TOL));
    assertThat(byRegion.effect(Measure.OUTPUT, ModelType.TYPE_I, 0, 0)).isCloseTo(14.0 / 11, within(TOL));
    assertThat(byRegion.effect(Measure.OUTPUT, ModelType.TYPE_I, 0, 1)).isCloseTo(2.0 / 11, within(TOL));
  }

  @Test
  void singleRegionModelsKeepTheirClosure() {
    Model m = Models.builder("one", Models.sectors(1), new double[][] {{20}}, new double[] {100})
        .labourIncome(new double[] {40}).householdConsumption(new double[] {16}).build();
    assertThat(RegionalClosure.of(m)).isEmpty();
  }
}

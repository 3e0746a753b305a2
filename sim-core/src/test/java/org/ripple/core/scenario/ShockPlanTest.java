package org.ripple.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ShockPlan.Quantity;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.RandomModels.Generated;

/**
 * The shock plan on its own: value slots hold the scenario's values, an evaluation gives each shock's direct and
 * propagated change at its sector, superseding losses in one sector share the closures' first round in proportion,
 * the first round can come from other coefficients, and value checks name the draw except for the point estimate.
 */
class ShockPlanTest {
  private final Generated g = RandomModels.productive(21, 4);
  private final LeontiefSystem system = LeontiefSystem.of(g.model());

  private Scenario scenario(double closedJobs) {
    double x = g.model().output(0);
    return new Scenario("x", "", List.of(
        new Closure("c0", "s0", OptionalDouble.of(closedJobs), OptionalDouble.empty(), "", "closures[0]"),
        new Closure("c1", "s1", OptionalDouble.empty(), OptionalDouble.of(0.1 * g.model().output(1)), "",
            "closures[1]")),
        List.of(new SubcontractorLoss("s", "s2", OptionalDouble.empty(), OptionalDouble.of(0.01 * x),
            SubcontractorMode.SUPERSEDE, "subcontractors[0]"),
            new SubcontractorLoss("t", "s2", OptionalDouble.empty(), OptionalDouble.of(0.03 * x),
                SubcontractorMode.SUPERSEDE, "subcontractors[1]")),
        List.of(new Offset("o", "s3", OptionalDouble.of(0.25), OptionalDouble.empty(), OptionalDouble.empty(), null,
            "offsets[0]")),
        List.of(new DemandChange("d", "s3", -2, "demand_changes[0]")));
  }

  private double jobs0() {
    return 0.1 * g.model().level(Measure.JOBS, 0);
  }

  @Test
  void slotsHoldTheScenariosValues() {
    ShockPlan plan = ShockPlan.of(system, scenario(jobs0()));
    double[] v = plan.values();
    assertThat(v[plan.slot(ShockKind.CLOSURE, 0, Quantity.JOBS)]).isEqualTo(jobs0());
    assertThat(plan.slot(ShockKind.CLOSURE, 0, Quantity.OUTPUT)).isEqualTo(-1);
    assertThat(v[plan.slot(ShockKind.OFFSET, 0, Quantity.SHARE)]).isEqualTo(0.25);
    assertThat(v[plan.slot(ShockKind.DEMAND_CHANGE, 0, Quantity.AMOUNT)]).isEqualTo(-2);
    assertThat(plan.slot(ShockKind.DEMAND_CHANGE, 1, Quantity.AMOUNT)).isEqualTo(-1);
    assertThat(plan.shocks()).isEqualTo(6);
    assertThat(plan.touched()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void supersedingLossesShareTheClosuresFirstRoundInProportion() {
    ShockPlan plan = ShockPlan.of(system, scenario(jobs0()));
    ShockPlan.Evaluation ev = plan.evaluate(plan.values(), ShockPlan.POINT);
    double d0 = -jobs0() / system.coefficient(Measure.JOBS, 0);
    double d1 = -0.1 * g.model().output(1);
    assertThat(ev.direct(0)).isEqualTo(d0);
    assertThat(ev.propagated(1)).isEqualTo(d1);
    double r2 = system.coefficient(2, 0) * d0 + system.coefficient(2, 1) * d1;
    double x = g.model().output(0);
    assertThat(ev.direct(2) + ev.direct(3)).isCloseTo(-0.04 * x, within(1e-12 * x));
    assertThat(ev.propagated(2)).isCloseTo(-0.01 * x - 0.25 * r2, within(1e-12 * x));
    assertThat(ev.propagated(3)).isCloseTo(-0.03 * x - 0.75 * r2, within(1e-12 * x));
    assertThat(ev.direct(4)).isCloseTo(-0.25 * (d0 + d1), within(1e-12 * x));
    assertThat(ev.propagated(5)).isEqualTo(-2);
    assertThat(plan.notes(2, ev)).first().asString().startsWith("supersede mode");

    double[] a = new double[16]; // other coefficients: no first round, nothing to supersede
    ShockPlan.Evaluation none = plan.evaluate(plan.values(), 3, a);
    assertThat(none.propagated(2)).isEqualTo(none.direct(2));
  }

  @Test
  void valueChecksNameTheDrawButNotThePointEstimate() {
    double employment = g.model().level(Measure.JOBS, 0);
    ShockPlan plan = ShockPlan.of(system, scenario(jobs0()));
    double[] v = plan.values();
    v[plan.slot(ShockKind.CLOSURE, 0, Quantity.JOBS)] = 2 * employment;
    assertThatThrownBy(() -> plan.evaluate(v, 17)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("in draw 17, ").hasMessageContaining("exceed its employment");
    assertThatThrownBy(() -> plan.evaluate(v, ShockPlan.POINT)).hasMessageStartingWith(
        String.format(java.util.Locale.ROOT, "%.0f jobs lost in sector s0", 2 * employment));
  }
}

package org.ripple.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;

/** A run whose effects are all zero for a reason the reader may not see says why. */
class HonestNotesTest {
  private final LeontiefSystem system = LeontiefSystem.of(TimelineTest.model(1));

  @Test
  void aShockAfterTheHorizonSaysItHasNoEffect() {
    ScenarioResult r = TimelineTest.closure(system, 10);
    Horizon h = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    Timeline late = TimelineTest.timeline(r, h, Timing.from(LocalDate.of(2026, 3, 1)), null);
    assertThat(late.notes()).anyMatch(n -> n.startsWith("plant takes effect on 2026-03-01, after the horizon ends "
        + "(2025-12-31)"));
    Timeline inside = TimelineTest.timeline(r, h, Timing.from(LocalDate.of(2025, 3, 1)), null);
    assertThat(inside.notes()).noneMatch(n -> n.contains("after the horizon"));
  }

  @Test
  void anOutputBelowOneCurrencyUnitSaysSo() {
    ScenarioResult tiny = TimelineTest.closure(system, 0.0004);
    assertThat(tiny.notes()).anyMatch(n -> n.startsWith("every effect is zero or rounds to zero: the shocks change "
        + "final demand by 0.0004"));
    assertThat(TimelineTest.closure(system, 10).notes()).noneMatch(n -> n.startsWith("every effect"));
  }

  @Test
  void shocksThatCancelSaySo() {
    Scenario s = new Scenario("c", "", List.of(new Closure("plant", "s0", OptionalDouble.empty(),
        OptionalDouble.of(10), "", "closures[0]")), List.of(), List.of(new Offset("back", "s0",
        OptionalDouble.of(1.0), OptionalDouble.empty(), OptionalDouble.empty(), null, "offsets[0]")), List.of());
    assertThat(new ImpactEngine(system).run(s).notes()).anyMatch(n -> n.contains("cancel each other out"));
  }
}

package org.ripple.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/** Per-facility sweeps on seeded random models: one factorisation, facilities add up, ranking by jobs lost. */
class SweepTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void facilitiesAddUpToAllFacilitiesOnOneFactorisation(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(8);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    LeontiefSystem system = LeontiefSystem.of(g.model());
    ImpactEngine engine = new ImpactEngine(system);
    List<Closure> closures = new ArrayList<>();
    int k = 1 + rnd.nextInt(7);
    for (int i = 0; i < k; i++) {
      closures.add(new Closure("site " + i, "s" + rnd.nextInt(n), OptionalDouble.empty(),
          OptionalDouble.of(0.01 + rnd.nextDouble()), "", "closures[" + i + "]"));
    }
    Scenario s = new Scenario("s", "", closures,
        List.of(new SubcontractorLoss("partners", "s0", OptionalDouble.empty(), OptionalDouble.of(0.2),
            SubcontractorMode.SUPERSEDE, "subcontractors[0]")),
        List.of(new Offset("carriers", "s1", OptionalDouble.of(0.3), OptionalDouble.empty(), OptionalDouble.empty(),
            null, "offsets[0]")), List.of());
    Sweep.EachClosure r = Sweep.eachClosure(engine, s);
    assertThat(r.facilities()).hasSize(k);
    List<Impact> parts = new ArrayList<>();
    for (Sweep.Variant v : r.facilities()) {
      assertThat(v.result().system()).isSameAs(system);
      parts.add(v.total());
    }
    assertThat(r.all().result().system()).isSameAs(system);
    Impact sum = Impact.sum(system, parts); // throws if any variant had its own system
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        if (!sum.available(m, e)) {
          continue;
        }
        double all = r.all().total().sum(m, e);
        assertThat(sum.sum(m, e)).as(m + " " + e).isCloseTo(all, within(1e-9 * (1 + Math.abs(all))));
        assertThat(r.all().total().sum(m, e) + r.notAttributed().sum(m, e))
            .isCloseTo(r.full().total().sum(m, e), within(1e-9 * (1 + Math.abs(all))));
      }
    }
    Measure key = sum.available(Measure.JOBS, Effect.TOTAL) ? Measure.JOBS : Measure.OUTPUT;
    for (int i = 1; i < k; i++) {
      assertThat(r.facilities().get(i).total().sum(key, Effect.TOTAL))
          .isGreaterThanOrEqualTo(r.facilities().get(i - 1).total().sum(key, Effect.TOTAL));
    }
  }
}

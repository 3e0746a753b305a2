package org.ripple.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.testing.Models;

/** Sector results summed by region, and the effects outside the one region every shock hits. */
class RegionBreakdownTest {
  private static Model regional() {
    Regions regions = Regions.of(List.of(new Regions.Region("R1", "one"), new Regions.Region("R2", "two")),
        new int[] {0, 0, 1});
    return Models.builder("regional", Models.sectors(List.of("R1.a", "R1.b", "R2.a")),
            new double[][] {{20, 10, 5}, {10, 30, 0}, {4, 6, 25}}, new double[] {100, 120, 90})
        .employment(new double[] {10, 20, 15}).labourIncome(new double[] {40, 50, 30})
        .valueAdded(new double[] {50, 60, 45})
        .regions(regions.withHouseholds(new double[] {16, 5, 14, 2, 4, 20}, new double[] {90, 30}))
        .build();
  }

  private static ScenarioResult run(String... sectors) {
    List<Closure> closures = new java.util.ArrayList<>();
    for (int k = 0; k < sectors.length; k++) {
      closures.add(new Closure("plant " + k, sectors[k], OptionalDouble.empty(), OptionalDouble.of(7), "",
          "closures[" + k + "]"));
    }
    return new ImpactEngine(LeontiefSystem.of(regional())).run(new Scenario("c", "", closures, List.of(), List.of(),
        List.of()));
  }

  @Test
  void regionsSumTheirSectorsAndAddUpToTheTotal() {
    ScenarioResult r = run("R1.a");
    RegionBreakdown b = RegionBreakdown.of(r).orElseThrow();
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.region(1).code()).isEqualTo("R2");
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        double r1 = r.total().value(m, e, 0) + r.total().value(m, e, 1);
        assertThat(b.value(m, e, 0)).isEqualTo(r1);
        assertThat(b.value(m, e, 1)).isEqualTo(0 + r.total().value(m, e, 2));
        assertThat(b.value(m, e, 0) + b.value(m, e, 1)).isCloseTo(r.total().sum(m, e), within(1e-9));
      }
    }
  }

  @Test
  void shocksInOneRegionHaveAnOutsideLine() {
    RegionBreakdown b = RegionBreakdown.of(run("R1.a", "R1.b")).orElseThrow();
    assertThat(b.hasOutside()).isTrue();
    assertThat(b.shockedRegion()).isZero();
    assertThat(b.outsideLabel()).isEqualTo("Outside R1");
    assertThat(b.outside(Measure.JOBS, Effect.TOTAL)).isEqualTo(b.value(Measure.JOBS, Effect.TOTAL, 1));
    assertThat(b.outside(Measure.JOBS, Effect.TOTAL)).isNegative();
  }

  @Test
  void shocksInSeveralRegionsHaveNone() {
    assertThat(RegionBreakdown.of(run("R1.a", "R2.a")).orElseThrow().hasOutside()).isFalse();
  }

  @Test
  void singleRegionModelsHaveNoBreakdown() {
    Model plain = Models.builder("plain", Models.sectors(2), new double[][] {{1, 2}, {3, 4}},
        new double[] {10, 20}).build();
    ScenarioResult r = new ImpactEngine(LeontiefSystem.of(plain)).run(new Scenario("d", "", List.of(), List.of(),
        List.of(), List.of(new DemandChange("x", plain.sectors().at(0).code(), 1, "demand_changes[0]"))));
    assertThat(RegionBreakdown.of(r)).isEmpty();
  }
}

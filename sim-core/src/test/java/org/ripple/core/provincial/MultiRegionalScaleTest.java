package org.ripple.core.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.impact.PerRegionClosure;
import org.ripple.core.impact.RegionalMultipliers;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.testing.SyntheticMrio;

/**
 * The county-scale path: 50 regions x 200 sectors = 10,000 sectors, built by {@link MultiRegionalModelBuilder} from
 * synthetic inputs (each region trading with its two neighbours on a ring), then a scenario and the multipliers by
 * region, all without an n x n array: Z, the per-region closure (10,050 sectors) and both systems stay in CSR. Checked
 * structurally (sparse storage, iterative solvers, and fewer bytes allocated on this thread over the whole run than
 * one dense n x n copy would take), not by timing; the measured time is in models/canada-provinces-2021/README.md.
 */
class MultiRegionalScaleTest {
  private static final int REGIONS = 50;
  private static final int SECTORS = 200;

  @Test
  void tenThousandSectorsWithoutAnyDenseMatrix() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    Model model = SyntheticMrio.model(REGIONS, SECTORS, 8, 1, 2026);
    int n = model.size();
    assertThat(n).isEqualTo(REGIONS * SECTORS);
    assertThat(model.isSparse()).isTrue();
    // each column buys at most 8 inputs from 3 regions
    assertThat(model.nonZeroFlows()).isLessThanOrEqualTo(24L * n);

    LeontiefSystem system = LeontiefSystem.of(model);
    assertThat(system.solver()).isEqualTo(SolverKind.BICGSTAB);
    assertThat(system.closure()).isInstanceOf(PerRegionClosure.class);
    assertThat(system.closure().households()).isEqualTo(REGIONS);

    Scenario scenario = new Scenario("county closure", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("loss", "R7.S3", -500, "demand_changes[0]")));
    ScenarioResult result = new ImpactEngine(system).run(scenario);
    Regions regions = model.regions().orElseThrow();
    double inside = 0;
    double outside = 0;
    for (int i = 0; i < n; i++) {
      double v = result.total().value(Measure.JOBS, Effect.TOTAL, i);
      if (regions.regionOf(i) == 7) {
        inside += v;
      } else {
        outside += v;
      }
    }
    assertThat(inside).isNegative();
    assertThat(outside).isNegative().isGreaterThan(inside);
    assertThat(result.total().sum(Measure.JOBS, Effect.TOTAL)).isCloseTo(inside + outside,
        org.assertj.core.api.Assertions.within(1e-9 * Math.abs(inside)));

    RegionalMultipliers byRegion = RegionalMultipliers.of(system);
    Multipliers all = Multipliers.of(system);
    for (int j : new int[] {0, 7 * SECTORS + 3, n - 1}) {
      int home = regions.regionOf(j);
      for (ModelType type : ModelType.values()) {
        double sum = 0;
        for (int s = 0; s < REGIONS; s++) {
          sum += byRegion.effect(Measure.OUTPUT, type, j, s);
        }
        assertThat(sum).isCloseTo(all.output(type, j), org.assertj.core.api.Assertions.within(1e-8));
        assertThat(byRegion.effect(Measure.OUTPUT, type, j, home)).isGreaterThanOrEqualTo(1.0);
      }
      assertThat(byRegion.effect(Measure.JOBS, ModelType.TYPE_II, j, (home + 1) % REGIONS)).isPositive();
    }

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // a single dense copy of Z (or of A, or of I - A) would be 8 n^2 = 800 MB on this thread
    assertThat(allocated).isLessThan(8L * n * n);
  }
}

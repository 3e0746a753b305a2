package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.testing.SyntheticMrio;

/**
 * The multi-regional path (per-region closure, multipliers by region, scenarios) through every solver strategy,
 * against dense LU, on a block-sparse model from the multi-regional builder: 6 regions on a ring, each trading with
 * its two neighbours only, 8 sectors each.
 */
class RegionalSolversTest {
  /** Relative agreement with dense LU: the iterative solvers certify a relative residual of 1e-10. */
  private static final double TOL = 1e-9;
  private static final Model MODEL = SyntheticMrio.model(6, 8, 3, 1, 7);
  private static final LeontiefSystem DENSE = LeontiefSystem.of(MODEL, SolverKind.DENSE_LU);

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void regionalPathAgreesWithDenseLu(SolverKind kind) {
    assertThat(MODEL.isSparse()).isTrue();
    int n = MODEL.size();
    assertThat(MODEL.nonZeroFlows()).isLessThanOrEqualTo((long) n * n / 2);
    LeontiefSystem system = LeontiefSystem.of(MODEL, kind);
    assertThat(system.closure()).isInstanceOf(PerRegionClosure.class);
    assertThat(DENSE.closure()).isInstanceOf(PerRegionClosure.class);
    assertThat(DENSE.solver()).isEqualTo(SolverKind.DENSE_LU);

    SplittableRandom rnd = new SplittableRandom(11);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = rnd.nextDouble() - 0.3;
    }
    close(system.solveTypeII(d), DENSE.solveTypeII(d), "closure solve");
    close(system.solveTypeIITransposed(d), DENSE.solveTypeIITransposed(d), "closure transposed solve");

    Regions regions = MODEL.regions().orElseThrow();
    RegionalMultipliers byRegion = RegionalMultipliers.of(system);
    RegionalMultipliers expected = RegionalMultipliers.of(DENSE);
    Multipliers all = Multipliers.of(system);
    for (ModelType type : ModelType.values()) {
      for (Measure m : Measure.values()) {
        assertThat(byRegion.available(m, type)).isTrue();
        for (int j = 0; j < n; j++) {
          double sum = 0;
          for (int s = 0; s < regions.size(); s++) {
            double v = byRegion.effect(m, type, j, s);
            close(v, expected.effect(m, type, j, s), kind + " " + type + " " + m + " " + j + " in " + s);
            sum += v;
          }
          close(sum, all.effect(m, type, j), "sum over regions of " + type + " " + m + " " + j);
        }
      }
    }

    // shocks of order 1, so that 1e-9 is relative to the shock as the solvers' residual is to the right-hand side
    Scenario scenario = new Scenario("t", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("loss", "R2.S3", -1, "demand_changes[0]"),
            new DemandChange("gain", "R4.S0", 0.4, "demand_changes[1]")));
    ScenarioResult got = new ImpactEngine(system).run(scenario);
    ScenarioResult want = new ImpactEngine(DENSE).run(scenario);
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        close(got.total().sum(m, e), want.total().sum(m, e), kind + " scenario " + m + " " + e);
        for (int i = 0; i < n; i++) {
          close(got.total().value(m, e, i), want.total().value(m, e, i), kind + " scenario " + m + " " + e + " " + i);
        }
      }
    }
  }

  private static void close(double[] got, double[] want, String what) {
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < got.length; i++) {
      close(got[i], want[i], what + " [" + i + "]");
    }
  }

  private static void close(double got, double want, String what) {
    assertThat(Math.abs(got - want)).as(what + ": " + got + " vs " + want)
        .isLessThanOrEqualTo(TOL * Math.max(1.0, Math.abs(want)));
  }
}

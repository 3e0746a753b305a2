package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.SyntheticMrio;

/**
 * The household closure a system chooses (open, one household, one household per region) and its Type II solves,
 * each against an independent dense computation of {@code Abar = [[A, C diag(H)^-1], [W_R, 0]]} from the model's
 * data, and a two-region model solved by hand:
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
class HouseholdClosureTest {
  private static final double TOL = 1e-12;

  @Test
  void noHouseholdsIsOpen() {
    Model m = Models.builder("open", Models.sectors(2), new double[][] {{20, 10}, {10, 30}}, new double[] {100, 100})
        .labourIncome(new double[] {40, 50}).build();
    LeontiefSystem system = LeontiefSystem.of(m);
    assertThat(system.closure()).isInstanceOf(OpenClosure.class);
    assertThat(system.closure().households()).isZero();
    assertThat(system.hasTypeII()).isFalse();
    assertThat(system.spectralRadiusTypeII()).isNull();
    assertThatThrownBy(() -> system.closure().householdOf(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> system.solveTypeII(new double[] {1, 0})).hasMessageContaining("no household data");
  }

  @Test
  void householdsWithoutLabourIncomeAreOpenWithAWarning() {
    Model m = Models.builder("no-income", Models.sectors(1), new double[][] {{20}}, new double[] {100})
        .householdConsumption(new double[] {16}).householdIncome(40).build();
    LeontiefSystem system = LeontiefSystem.of(m);
    assertThat(system.closure()).isInstanceOf(OpenClosure.class);
    assertThat(system.warnings()).contains(
        "household consumption is given but labour income is not: Type II is not available");
  }

  @Test
  void aSingleRegionModelWithHouseholdsHasOneHousehold() {
    Model m = Models.builder("one", Models.sectors(2), new double[][] {{20, 10}, {10, 30}}, new double[] {100, 100})
        .labourIncome(new double[] {40, 50}).householdConsumption(new double[] {16, 24}).build();
    HouseholdClosure closure = LeontiefSystem.of(m).closure();
    assertThat(closure).isInstanceOf(OneHouseholdClosure.class);
    assertThat(closure.households()).isEqualTo(1);
    assertThat(closure.householdOf(0)).isZero();
    assertThat(closure.householdOf(1)).isZero();
    assertThat(closure.share(1, 0)).isEqualTo(24.0 / m.householdIncome());
    assertThatThrownBy(() -> closure.share(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aMultiRegionalModelWithHouseholdsPerRegionIsClosedPerRegion() {
    Model m = Models.twoRegions();
    HouseholdClosure closure = LeontiefSystem.of(m).closure();
    assertThat(closure).isInstanceOf(PerRegionClosure.class);
    assertThat(closure.households()).isEqualTo(2);
    assertThat(closure.householdOf(0)).isZero();
    assertThat(closure.householdOf(1)).isEqualTo(1);
    assertThat(closure.share(0, 1)).isEqualTo(5.0 / 50);
    assertThat(closure.share(1, 0)).isEqualTo(4.0 / 40);
    // the model's own household vector is the sum over regions, but Type II is closed per region
    assertThat(m.householdConsumptionCopy()).containsExactly(21, 24);
  }

  @Test
  void closedPerRegionByHand() {
    LeontiefSystem system = LeontiefSystem.of(Models.twoRegions());
    assertThat(system.solveTypeII(new double[] {1, 0})).containsExactly(new double[] {500.0 / 299, 140.0 / 299},
        within(TOL));
    assertThat(system.solveTypeI(new double[] {1, 0})).containsExactly(new double[] {14.0 / 11, 2.0 / 11},
        within(TOL));
  }

  @Test
  void scenariosAndMultipliersUseThePerRegionClosure() {
    LeontiefSystem system = LeontiefSystem.of(Models.twoRegions());
    // final demand -1 in R1.s: output falls by 500/299 in R1 and 140/299 in R2
    ScenarioResult r = new ImpactEngine(system).run(new Scenario("t", "", List.of(
        new Closure("c", "R1.s", java.util.OptionalDouble.empty(), java.util.OptionalDouble.of(1.0), "", "c")),
        List.of(), List.of(), List.of()));
    assertThat(r.total().outputChange(Effect.TOTAL, 0)).isCloseTo(-500.0 / 299, within(TOL));
    assertThat(r.total().outputChange(Effect.TOTAL, 1)).isCloseTo(-140.0 / 299, within(TOL));
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

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void everyTypeTwoSolveOfOneHouseholdEqualsTheDenseClosedInverse(SolverKind kind) {
    Model m = RandomModels.productive(41, 9).model();
    LeontiefSystem system = LeontiefSystem.of(m, kind);
    assertThat(system.closure()).isInstanceOf(OneHouseholdClosure.class);
    checkAgainstDense(system, closedDense(m), kind == SolverKind.DENSE_LU ? 1e-12 : 1e-8);
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void everyTypeTwoSolvePerRegionEqualsTheDenseClosedInverse(SolverKind kind) {
    Model m = SyntheticMrio.model(3, 4, 3, 1, 7);
    LeontiefSystem system = LeontiefSystem.of(m, kind);
    assertThat(system.closure()).isInstanceOf(PerRegionClosure.class);
    checkAgainstDense(system, closedDense(m), kind == SolverKind.DENSE_LU ? 1e-12 : 1e-8);
  }

  /**
   * {@code Abar = [[A, C diag(H)^-1], [W_R, 0]]} of order n + R written out from the model's data: R = 1 with the
   * model's household vector, else one household per region receiving the labour income of its region's sectors.
   */
  private static double[] closedDense(Model m) {
    int n = m.size();
    Regions regions = m.regions().filter(Regions::hasHouseholds).orElse(null);
    int r = regions == null ? 1 : regions.size();
    int size = n + r;
    double[] z = m.transactionsCopy();
    double[] abar = new double[size * size];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        abar[i * size + j] = m.output(j) > 0 ? z[i * n + j] / m.output(j) : 0;
      }
      for (int h = 0; h < r; h++) {
        abar[i * size + n + h] = regions == null ? m.householdConsumption(i) / m.householdIncome()
            : regions.householdConsumption(i, h) / regions.householdIncome(h);
      }
    }
    for (int j = 0; j < n; j++) {
      int h = regions == null ? 0 : regions.regionOf(j);
      abar[(n + h) * size + j] = m.output(j) > 0 ? m.level(Measure.LABOUR_INCOME, j) / m.output(j) : 0;
    }
    return abar;
  }

  private static void checkAgainstDense(LeontiefSystem system, double[] abar, double tolerance) {
    int n = system.size();
    int size = (int) Math.round(Math.sqrt(abar.length));
    double[] lbar = Dense.inverse(Dense.identityMinus(abar, size), size);
    SplittableRandom rnd = new SplittableRandom(3);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = rnd.nextDouble() - 0.3;
    }
    double[] padded = java.util.Arrays.copyOf(d, size);
    double[] expected = java.util.Arrays.copyOf(Dense.times(lbar, size, padded), n);
    double[] expectedTransposed = java.util.Arrays.copyOf(Dense.timesTransposed(lbar, size, padded), n);
    close(system.solveTypeII(d), expected, tolerance);
    close(system.solveTypeIITransposed(d), expectedTransposed, tolerance);
    close(system.solve(ModelType.TYPE_II, d, d)[1], expected, tolerance);
    close(system.solveTransposed(ModelType.TYPE_II, d, d)[1], expectedTransposed, tolerance);
    // Type II output multipliers: column sums of Lbar's n x n block
    double[] ones = new double[size];
    java.util.Arrays.fill(ones, 0, n, 1.0);
    double[] columnSums = java.util.Arrays.copyOf(Dense.timesTransposed(lbar, size, ones), n);
    Multipliers mult = Multipliers.of(system);
    double[] output = new double[n];
    for (int j = 0; j < n; j++) {
      output[j] = mult.output(ModelType.TYPE_II, j);
    }
    close(output, columnSums, tolerance);
  }

  private static void close(double[] actual, double[] expected, double tolerance) {
    assertThat(Dense.relativeError(actual, expected, 1e-300)).isLessThan(tolerance);
  }
}

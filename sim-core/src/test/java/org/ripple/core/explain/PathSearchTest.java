package org.ripple.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.OptionalDouble;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/** Structural paths against hand-computed values and brute-force enumeration on small random productive models. */
class PathSearchTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  /**
   * The two-sector example of Miller and Blair (2009, ch. 2): Z = [[150, 500], [200, 100]], x = (1000, 2000), so
   * A = [[0.15, 0.25], [0.2, 0.05]] and det(I - A) = 0.85 x 0.95 - 0.25 x 0.2 = 0.7575. For d = (100, 0) in output:
   * [s1] = 100, [s1, s2] = 100 x 0.2 = 20, [s1, s1] = 100 x 0.15 = 15, [s1, s2, s1] = 20 x 0.25 = 5,
   * [s1, s1, s2] = 15 x 0.2 = 3; the total is 100 x (0.95 + 0.2) / 0.7575 = 151.815...
   */
  @Test
  void twoSectorPathsByHand() {
    Model model = Models.builder("mb-2", Models.sectors(List.of("s1", "s2")),
        new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}).build();
    PathGraph graph = PathGraph.of(LeontiefSystem.of(model), Measure.OUTPUT, ModelType.TYPE_I);
    PathReport report = PathSearch.top(graph, new double[] {100, 0}, 5, 3);
    assertThat(report.paths()).extracting(StructuralPath::value)
        .containsExactly(100.0, 20.0, 15.0, 5.0, 3.0);
    assertThat(report.paths().get(1).nodes()).containsExactly(0, 1);
    assertThat(report.paths().get(3).nodes()).containsExactly(0, 1, 0);
    assertThat(report.total()).isCloseTo(100 * 1.15 / 0.7575, within(1e-9));
    assertThat(report.coverage()).isCloseTo(143 / (100 * 1.15 / 0.7575), within(1e-12));
    assertThat(report.complete()).isTrue();
  }

  /**
   * A superseding subcontractor loss: its direct path carries what it propagates. On the two-sector example a closure
   * of 100 in s1 buys r = A D = (-15, -20) in its first round; a known loss of 50 at s2's subcontractors supersedes
   * r_2, so it propagates s - r_2 = -50 + 20 = -30 at s2. The paths are then [s1] = -100, [s2] = -30,
   * [s1 -> s2] = -100 x 0.2 = -20 (the closures' own first round, which the known loss replaces: [s2] and
   * [s1 -> s2] together are the reported direct loss of 50), [s1 -> s1] = -15; and every path together is the run's
   * Type I total, L (-100, -30) = -(100 x 1.15 + 30 x 1.1) / 0.7575 = -148 / 0.7575.
   */
  @Test
  void aSupersedingLossStartsItsDirectPathAtWhatItPropagates() {
    Model model = Models.builder("mb-2", Models.sectors(List.of("s1", "s2")),
        new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}).build();
    LeontiefSystem system = LeontiefSystem.of(model);
    Scenario scenario = new Scenario("supersede", "", List.of(new Closure("site", "s1", OptionalDouble.empty(),
        OptionalDouble.of(100), "", "closures[0]")), List.of(new SubcontractorLoss("partners", "s2",
        OptionalDouble.empty(), OptionalDouble.of(50), SubcontractorMode.SUPERSEDE, "subcontractors[0]")),
        List.of(), List.of());
    double[] change = ScenarioChange.of(system, scenario);
    assertThat(change).containsExactly(new double[] {-100, -30}, within(1e-12));
    PathReport report = PathSearch.top(PathGraph.of(system, Measure.OUTPUT, ModelType.TYPE_I), change, 4, 3);
    assertThat(report.paths().stream().mapToDouble(StructuralPath::value).toArray())
        .containsExactly(new double[] {-100.0, -30.0, -20.0, -15.0}, within(1e-12));
    assertThat(report.paths().get(1).nodes()).containsExactly(1);
    assertThat(report.paths().get(2).nodes()).containsExactly(0, 1);
    assertThat(report.total()).isCloseTo(-148 / 0.7575, within(1e-9));
    Impact run = new ImpactEngine(system).run(scenario).total();
    assertThat(report.total()).isCloseTo(run.sum(Measure.OUTPUT, Effect.DIRECT)
        + run.sum(Measure.OUTPUT, Effect.INDIRECT), within(1e-9));
    assertThat(run.sum(Measure.OUTPUT, Effect.DIRECT)).isCloseTo(-150, within(1e-9));
  }

  /**
   * A facility profile's Type II part: a closure with its own purchases and pay, and a subcontractor loss with a
   * pay, on seeded random models. The Type II change carries each stated pay's income difference at the household
   * node, so every path together is the run's Type II total in jobs, value added and output; in labour income the run
   * also counts that difference as direct labour income, which no path carries (a household node has no coefficient).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void typeIIPathsOfAProfileAddUpToTheRunsTypeIITotal(long seed) {
    RandomModels.Generated g = RandomModels.productive(seed, 5);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double y = 0.1 * g.model().output(1);
    double jobs = 0.5 * y * g.model().level(Measure.JOBS, 1) / g.model().output(1);
    double pay = 0.5 * g.model().level(Measure.LABOUR_INCOME, 1) / g.model().level(Measure.JOBS, 1);
    org.ripple.core.scenario.FacilityProfile own = new org.ripple.core.scenario.FacilityProfile(
        OptionalDouble.of(pay), 1.1, "", List.of(new org.ripple.core.scenario.Purchase("s3", 0.2)));
    org.ripple.core.scenario.FacilityProfile paid = new org.ripple.core.scenario.FacilityProfile(
        OptionalDouble.of(2 * pay), 1.05, "", List.of());
    Scenario scenario = new Scenario("profiles", "", List.of(new Closure("site", "s1", OptionalDouble.of(jobs),
        OptionalDouble.of(y), "", "closures[0]", own)), List.of(new SubcontractorLoss("partners", "s2",
        OptionalDouble.empty(), OptionalDouble.of(0.05 * g.model().output(2)), SubcontractorMode.ADDITIVE,
        "subcontractors[0]", paid)), List.of(), List.of());
    org.ripple.core.scenario.ScenarioResult result = new ImpactEngine(system).run(scenario);
    Impact run = result.total();
    double[] change = ScenarioChange.of(system, scenario, ModelType.TYPE_II);
    assertThat(change).hasSize(6);
    double own0 = 0;
    for (Measure m : Measure.values()) {
      PathReport report = PathSearch.top(PathGraph.of(system, m, ModelType.TYPE_II), change, 5, 4);
      double expected = run.sum(m, Effect.TOTAL);
      if (m == Measure.LABOUR_INCOME) {
        // the stated pays' direct labour income beyond their sectors' averages
        own0 = run.sum(m, Effect.DIRECT) - sumDirectAtAverage(system, result);
        expected -= own0;
      }
      assertThat(report.total()).as(m.name()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }
    assertThat(own0).isNotZero();
    assertThat(change[5]).isCloseTo(own0, within(1e-12 * Math.abs(own0)));
    // Type I: the change has no household entry and adds up to the run's Type I total
    double[] typeI = ScenarioChange.of(system, scenario);
    PathReport jobsI = PathSearch.top(PathGraph.of(system, Measure.JOBS, ModelType.TYPE_I), typeI, 5, 4);
    double expectedI = run.sum(Measure.JOBS, Effect.DIRECT) + run.sum(Measure.JOBS, Effect.INDIRECT);
    assertThat(jobsI.total()).isCloseTo(expectedI, within(1e-9 * Math.abs(expectedI)));
  }

  /** The direct labour income the shocks' direct output would have at their sectors' averages. */
  private static double sumDirectAtAverage(LeontiefSystem system, org.ripple.core.scenario.ScenarioResult r) {
    double s = 0;
    for (int i = 0; i < system.size(); i++) {
      s += system.coefficient(Measure.LABOUR_INCOME, i) * r.total().outputChange(Effect.DIRECT, i);
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void typeIPathsAreTheLargestOfEveryPathEnumerated(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(4);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    double[] d = shock(rnd, n);
    int depth = 1 + rnd.nextInt(4);
    int top = 1 + rnd.nextInt(15);
    Measure measure = Measure.values()[rnd.nextInt(4)];
    double[] c = switch (measure) {
      case JOBS -> g.jobs();
      case LABOUR_INCOME -> g.income();
      case VALUE_ADDED -> g.valueAdded();
      case OUTPUT -> ones(n);
    };
    PathReport report = PathSearch.top(PathGraph.of(LeontiefSystem.of(g.model()), measure, ModelType.TYPE_I), d,
        top, depth);
    assertLargest(report, DenseReference.enumerate(g.a(), n, c, d, depth), top);
    double[] l = DenseReference.leontiefInverse(g.a(), n);
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        total += c[i] * l[i * n + j] * d[j];
      }
    }
    assertThat(report.total()).isCloseTo(total, within(1e-9 * Math.abs(total)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void typeIIPathsRunThroughTheHousehold(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(3);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    double[] d = shock(rnd, n);
    int depth = 1 + rnd.nextInt(4);
    int top = 1 + rnd.nextInt(15);
    double[] c = java.util.Arrays.copyOf(g.jobs(), n + 1);
    PathGraph graph = PathGraph.of(LeontiefSystem.of(g.model()), Measure.JOBS, ModelType.TYPE_II);
    assertThat(graph.label(n)).isEqualTo("households");
    PathReport report = PathSearch.top(graph, d, top, depth);
    assertLargest(report, DenseReference.enumerate(g.closed(), n + 1, c,
        java.util.Arrays.copyOf(d, n + 1), depth), top);
    double[] lbar = DenseReference.leontiefInverse(g.closed(), n + 1);
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        total += c[i] * lbar[i * (n + 1) + j] * d[j];
      }
    }
    assertThat(report.total()).isCloseTo(total, within(1e-9 * Math.abs(total)));
  }

  /**
   * Negative flows and negative coefficients (accepted negative cells, a sector with negative value added) and a
   * change of mixed signs: no path larger than the N-th reported one is pruned. Each seed draws a model whose flows
   * have random signs (column sums of |A| at most 0.7, so rho(|A|) &lt; 1) and compares the search with every path
   * enumerated, Type I in value added (some coefficients negative) and Type II through the household. The signs
   * make totals cancel, so the plain multiplier would not bound a path: {@link #theSignedMultiplierIsNoBound}.
   */
  @ParameterizedTest
  @MethodSource("negativeSeeds")
  void withNegativeFlowsNoLargerPathIsPruned(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(4);
    RandomModels.Generated g = signed(rnd, n);
    double[] d = shock(rnd, n);
    d[rnd.nextInt(n)] -= 5 + 50 * rnd.nextDouble();
    int depth = 1 + rnd.nextInt(5);
    int top = 1 + rnd.nextInt(12);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    PathReport typeI = PathSearch.top(PathGraph.of(system, Measure.VALUE_ADDED, ModelType.TYPE_I), d, top, depth);
    assertLargest(typeI, DenseReference.enumerate(g.a(), n, g.valueAdded(), d, depth), top);
    double[] c = java.util.Arrays.copyOf(g.jobs(), n + 1);
    PathReport typeII = PathSearch.top(PathGraph.of(system, Measure.JOBS, ModelType.TYPE_II), d, top, depth);
    assertLargest(typeII, DenseReference.enumerate(g.closed(), n + 1, c, java.util.Arrays.copyOf(d, n + 1), depth),
        top);
  }

  static LongStream negativeSeeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /**
   * Why the bound is the multiplier of absolute values: on these models some node's signed multiplier (times the
   * largest edge into it) is below a single path leaving it, so pruning with it could drop a path of the list.
   */
  @Test
  void theSignedMultiplierIsNoBound() {
    boolean found = false;
    for (long seed = 1; seed <= 40 && !found; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 3 + rnd.nextInt(4);
      RandomModels.Generated g = signed(rnd, n);
      PathGraph graph = PathGraph.of(LeontiefSystem.of(g.model()), Measure.VALUE_ADDED, ModelType.TYPE_I);
      for (int s = 0; s < n; s++) {
        assertThat(graph.bound(s)).isGreaterThanOrEqualTo(Math.abs(graph.coefficient(s)));
        double[] unit = new double[n];
        unit[s] = 1;
        for (double[] path : DenseReference.enumerate(g.a(), n, g.valueAdded(), unit, 4)) {
          assertThat(Math.abs(path[0])).isLessThanOrEqualTo(graph.bound(s) * (1 + 1e-12));
          found |= Math.abs(path[0]) > Math.abs(graph.multiplier(s));
        }
      }
    }
    assertThat(found).isTrue();
  }

  /**
   * A random productive model whose flows have random signs (about a third negative) and whose value-added
   * coefficients are negative in about a quarter of the sectors; column sums of |A| in [0.2, 0.7].
   */
  private static RandomModels.Generated signed(SplittableRandom rnd, int n) {
    RandomModels.Generated base = RandomModels.productive(rnd, n, Models.sectors(n));
    double[] a = base.a().clone();
    for (int k = 0; k < a.length; k++) {
      if (rnd.nextDouble() < 0.35) {
        a[k] = -a[k];
      }
    }
    double[] v = base.valueAdded().clone();
    for (int j = 0; j < n; j++) {
      if (rnd.nextDouble() < 0.25) {
        v[j] = -v[j];
      }
    }
    double[] hc = new double[n];
    for (int i = 0; i < n; i++) {
      hc[i] = base.closed()[i * (n + 1) + n];
    }
    return RandomModels.build(Models.sectors(n), a, base.x(), base.jobs(), base.income(), v, hc);
  }

  /** Per-region closure: each region's household is a node, named after its region. */
  @Test
  void perRegionHouseholdsAreNodesNamedByRegion() {
    Model model = Models.twoRegions();
    PathGraph graph = PathGraph.of(LeontiefSystem.of(model), Measure.OUTPUT, ModelType.TYPE_II);
    assertThat(graph.nodes()).isEqualTo(4);
    assertThat(graph.label(2)).isEqualTo("households.R1");
    assertThat(graph.label(3)).isEqualTo("households.R2");
    // Abar = [[0.2, 0.1, 0.4, 0.1], [0.1, 0.3, 0.1, 0.4], [0.4, 0, 0, 0], [0, 0.5, 0, 0]]: d = (1, 0) gives
    // [R1.s] = 1, [R1.s, households.R1, R1.s] = 0.4 x 0.4 = 0.16 ... and a Type II total of (500 + 140) / 299
    PathReport report = PathSearch.top(graph, new double[] {1, 0}, 3, 4);
    assertThat(report.total()).isCloseTo(640.0 / 299, within(1e-12));
    assertThat(report.paths().get(0).nodes()).containsExactly(0);
    assertThat(report.paths().get(1).value()).isCloseTo(0.2, within(1e-15));
    assertThat(report.paths().get(2).nodes()).containsExactly(0, 2, 0);
    assertThat(report.paths().get(2).value()).isCloseTo(0.16, within(1e-15));
  }

  @Test
  void typeIIWithoutHouseholdsIsTheEnginesError() {
    Model model = Models.builder("open", Models.sectors(2), new double[][] {{1, 2}, {3, 4}},
        new double[] {10, 10}).build();
    assertThatThrownBy(() -> PathGraph.of(LeontiefSystem.of(model), Measure.OUTPUT, ModelType.TYPE_II))
        .isInstanceOf(ModelException.class).hasMessageContaining("no household data");
  }

  @Test
  void aSearchStoppedAtItsLimitSaysSo() {
    RandomModels.Generated g = RandomModels.productive(3, 6);
    PathGraph graph = PathGraph.of(LeontiefSystem.of(g.model()), Measure.OUTPUT, ModelType.TYPE_I);
    PathReport report = PathSearch.top(graph, shock(new SplittableRandom(3), 6), 200, 8, 50);
    assertThat(report.complete()).isFalse();
  }

  @Test
  void lossesAreNegative() {
    RandomModels.Generated g = RandomModels.productive(5, 4);
    PathGraph graph = PathGraph.of(LeontiefSystem.of(g.model()), Measure.JOBS, ModelType.TYPE_I);
    PathReport report = PathSearch.top(graph, new double[] {0, -3, 0, 0}, 4, 3);
    assertThat(report.paths()).allSatisfy(p -> assertThat(p.value()).isNegative());
    assertThat(report.paths().get(0).nodes()).containsExactly(1);
    assertThat(report.total()).isNegative();
    assertThat(report.coverage()).isBetween(0.0, 1.0);
  }

  private static void assertLargest(PathReport report, List<double[]> all, int top) {
    all.sort(Comparator.comparingDouble((double[] r) -> -Math.abs(r[0])));
    int expected = Math.min(top, all.size());
    assertThat(report.paths()).hasSize(expected);
    for (int k = 0; k < expected; k++) {
      StructuralPath p = report.paths().get(k);
      double[] want = all.get(k);
      assertThat(p.value()).isCloseTo(want[0], within(1e-12 * Math.abs(want[0])));
      int[] nodes = new int[want.length - 1];
      for (int t = 0; t < nodes.length; t++) {
        nodes[t] = (int) want[t + 1];
      }
      assertThat(p.nodes()).containsExactly(nodes);
    }
  }

  private static double[] shock(SplittableRandom rnd, int n) {
    double[] d = new double[n];
    d[rnd.nextInt(n)] = -(1 + 99 * rnd.nextDouble());
    d[rnd.nextInt(n)] += 1 + 20 * rnd.nextDouble();
    return d;
  }

  private static double[] ones(int n) {
    double[] v = new double[n];
    java.util.Arrays.fill(v, 1.0);
    return v;
  }
}

package org.ripple.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.core.scenario.SubcontractorMode;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.RandomModels.Generated;

/**
 * Differential test of a draw against {@link ImpactEngine}: on seeded random models, a scenario with every kind of
 * shock and uncertain input is drawn, the drawn values are put into an ordinary scenario, and the engine's summary,
 * gross loss and offsets must equal the draw's cells (relative 1e-9). With model uncertainty, the engine runs on a
 * model built from the draw's perturbed coefficients.
 */
class DrawPlanTest {
  private static final double RELATIVE = 1e-9;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  static LongStream fewSeeds() {
    return seeds().limit(8);
  }

  /** A random scenario: values v (in the order of {@link #inputs}) make an ordinary scenario. */
  record Case(Generated g, int[] s, double emp) {
    static Case of(long seed) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(10);
      Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
      int[] s = new int[8];
      for (int i = 0; i < s.length; i++) {
        s[i] = rnd.nextInt(n);
      }
      double emp = Double.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        emp = Math.min(emp, g.model().level(Measure.JOBS, j));
      }
      return new Case(g, s, emp);
    }

    String code(int k) {
      return g.model().sectors().at(s[k]).code();
    }

    /** closure jobs, closure output, subcontractor jobs, offset share, offset jobs, demand amount. */
    List<UncertainInput> inputs() {
      double x = g.x()[s[1]];
      return List.of(
          new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs", Distribution.uniform(0.01 * emp, 0.05 * emp),
              1),
          new UncertainInput(Slot.CLOSURE_OUTPUT, 1, "closures[1].annual_output",
              Distribution.triangular(0.01 * x, 0.05 * x, 0.1 * x), 1),
          new UncertainInput(Slot.SUBCONTRACTOR_JOBS, 0, "subcontractors[0].jobs",
              Distribution.normal(0.03 * emp, 0.02 * emp, 0, 0.05 * emp), 1),
          new UncertainInput(Slot.OFFSET_SHARE, 0, "offsets[0].share", Distribution.uniform(0, 0.75), 1),
          new UncertainInput(Slot.OFFSET_JOBS, 2, "offsets[2].jobs",
              Distribution.weighted(new double[] {0.01 * emp, 0.02 * emp}, new double[] {1, 2}), 1),
          new UncertainInput(Slot.DEMAND_AMOUNT, 0, "demand_changes[0].amount",
              Distribution.normal(0, 5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 1));
    }

    Scenario scenario(double[] v) {
      List<Closure> closures = List.of(
          new Closure("c0", code(0), OptionalDouble.of(v[0]), OptionalDouble.empty(), "", "closures[0]"),
          new Closure("c1", code(1), OptionalDouble.empty(), OptionalDouble.of(v[1]), "", "closures[1]"));
      List<SubcontractorLoss> subs = List.of(
          new SubcontractorLoss("s0", code(2), OptionalDouble.of(v[2]), OptionalDouble.empty(),
              SubcontractorMode.SUPERSEDE, "subcontractors[0]"),
          new SubcontractorLoss("s1", code(3), OptionalDouble.empty(), OptionalDouble.of(0.02 * g.x()[s[3]]),
              SubcontractorMode.ADDITIVE, "subcontractors[1]"),
          new SubcontractorLoss("s2", code(2), OptionalDouble.empty(), OptionalDouble.of(0.01 * g.x()[s[2]]),
              SubcontractorMode.SUPERSEDE, "subcontractors[2]"));
      List<Offset> offsets = List.of(
          new Offset("o0", code(4), OptionalDouble.of(v[3]), OptionalDouble.empty(), OptionalDouble.empty(), "c0",
              "offsets[0]"),
          new Offset("o1", code(5), OptionalDouble.of(0.2), OptionalDouble.empty(), OptionalDouble.empty(), null,
              "offsets[1]"),
          new Offset("o2", code(6), OptionalDouble.empty(), OptionalDouble.of(v[4]), OptionalDouble.empty(), null,
              "offsets[2]"),
          new Offset("o3", code(6), OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalDouble.empty(), "s1",
              "offsets[3]"));
      double amount = v[5] == 0 ? 1 : v[5];
      List<DemandChange> changes = List.of(new DemandChange("d0", code(7), amount, "demand_changes[0]"));
      return new Scenario("random", "", closures, subs, offsets, changes);
    }

    double[] means() {
      List<UncertainInput> in = inputs();
      double[] v = new double[in.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = in.get(k).pointValue();
      }
      return v;
    }
  }

  private static void assertSameCells(ScenarioResult r, double[] cells, String what) {
    compare(r.total(), cells, Headline.Block.SUMMARY, what);
    compare(r.grossLoss(), cells, Headline.Block.GROSS_LOSS, what);
    compare(r.of(java.util.EnumSet.of(ShockKind.OFFSET)), cells, Headline.Block.OFFSETS, what);
  }

  private static void compare(Impact impact, double[] cells, Headline.Block block, String what) {
    for (Effect e : Effect.values()) {
      for (Measure m : Measure.values()) {
        double expected = impact.sum(m, e);
        double actual = cells[Headline.index(block, e, m)];
        assertThat(actual).as("%s %s %s %s", what, block, e, m)
            .isCloseTo(expected, within(RELATIVE * (1 + Math.abs(expected) + Math.abs(impact.sum(m, Effect.TOTAL)))));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDrawIsTheEngineOnTheDrawnValues(long seed) {
    Case c = Case.of(seed);
    LeontiefSystem system = LeontiefSystem.of(c.g().model());
    ImpactEngine engine = new ImpactEngine(system);
    DrawPlan plan = DrawPlan.compile(system, c.scenario(c.means()), c.inputs(), ModelUncertainty.NONE);
    assertThat(plan.hasOffsets()).isTrue();
    for (int draw = 0; draw < 5; draw++) {
      double[] v = plan.drawInputs(seed, draw);
      assertSameCells(engine.run(c.scenario(v)), plan.draw(seed, draw), "seed " + seed + " draw " + draw);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDrawWithPerturbedCoefficientsIsTheEngineOnThePerturbedModel(long seed) {
    Case c = Case.of(seed);
    LeontiefSystem system = LeontiefSystem.of(c.g().model());
    ModelUncertainty mu = new ModelUncertainty(0.3, seed % 2 == 0 ? ModelUncertainty.Scope.CELL
        : ModelUncertainty.Scope.COLUMN, 0.2);
    DrawPlan plan = DrawPlan.compile(system, c.scenario(c.means()), c.inputs(), mu);
    int n = c.g().n();
    for (int draw = 0; draw < 3; draw++) {
      double[] ap = plan.perturbedCoefficients(seed, draw);
      double[] hc = plan.perturbedHouseholdShares(seed, draw);
      double[] e = new double[n];
      double[] w = new double[n];
      double[] v = new double[n];
      for (int j = 0; j < n; j++) {
        e[j] = system.coefficient(Measure.JOBS, j);
        w[j] = system.coefficient(Measure.LABOUR_INCOME, j);
        v[j] = system.coefficient(Measure.VALUE_ADDED, j);
      }
      Model perturbed = RandomModels.build(c.g().model().sectors(), ap, c.g().x(), e, w, v, hc).model();
      ImpactEngine engine = new ImpactEngine(LeontiefSystem.of(perturbed));
      assertSameCells(engine.run(c.scenario(plan.drawInputs(seed, draw))), plan.draw(seed, draw),
          "seed " + seed + " draw " + draw);
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += ap[i * n + j];
        }
        assertThat(sum).as("column %d stays productive", j).isLessThan(1.0);
      }
    }
  }

  /**
   * A multi-regional model closed with one household per region: draws follow the engine, which closes Type II per
   * region ({@link org.ripple.core.impact.PerRegionClosure}), not with the single household summed over regions. The
   * two-region model of HouseholdClosureTest, solved by hand there: for one unit of final demand for R1.s, Type II
   * output is 500/299 + 140/299 = 640/299 (one household for both regions would give another number). With the
   * coefficients perturbed, a draw is the engine on the perturbed model, households per region perturbed alike.
   */
  @Test
  void multiRegionalDrawsCloseTypeTwoPerRegionLikeTheEngine() {
    Model m = Models.twoRegions();
    LeontiefSystem system = LeontiefSystem.of(m);
    ImpactEngine engine = new ImpactEngine(system);
    Scenario s = new Scenario("x", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("d", "R1.s", 1, "demand_changes[0]")));
    DrawPlan plan = DrawPlan.compile(system, s, List.of(), ModelUncertainty.NONE);
    double[] cells = plan.draw(7, 0);
    assertThat(cells[Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, Measure.OUTPUT)])
        .isCloseTo(640.0 / 299, within(1e-12));
    assertSameCells(engine.run(s), cells, "fixed");

    DrawPlan perturbed = DrawPlan.compile(system, s, List.of(),
        new ModelUncertainty(0.2, ModelUncertainty.Scope.CELL, 0.2));
    for (int draw = 0; draw < 5; draw++) {
      double[] ap = perturbed.perturbedCoefficients(3, draw);
      double[] shares = perturbed.perturbedHouseholdShares(3, draw); // 2 x 2, row-major: sector i, region r
      double[] h = {40, 50};
      double[] c = new double[4];
      for (int k = 0; k < 4; k++) {
        c[k] = shares[k] * h[k % 2];
      }
      Model pm = Models.twoRegions(new double[][] {{ap[0] * 100, ap[1] * 100}, {ap[2] * 100, ap[3] * 100}}, c);
      assertSameCells(new ImpactEngine(LeontiefSystem.of(pm)).run(s), perturbed.draw(3, draw), "draw " + draw);
    }
  }

  @Test
  void perturbationFactorsHaveMeanOneAndColumnScopeSharesThem() {
    Generated g = RandomModels.productive(99, 4);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    Scenario s = new Scenario("x", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("d", "s0", 1, "demand_changes[0]")));
    DrawPlan cell = DrawPlan.compile(system, s, List.of(), new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0));
    DrawPlan col = DrawPlan.compile(system, s, List.of(), new ModelUncertainty(0.1, ModelUncertainty.Scope.COLUMN, 0));
    int n = 4;
    int draws = 20_000;
    double[] mean = new double[n * n];
    for (int d = 0; d < draws; d++) {
      double[] ap = cell.perturbedCoefficients(5, d);
      for (int k = 0; k < ap.length; k++) {
        mean[k] += ap[k] / draws;
      }
      double[] ac = col.perturbedCoefficients(5, d);
      for (int j = 0; j < n; j++) {
        Double ratio = null;
        for (int i = 0; i < n; i++) {
          double a = system.coefficient(i, j);
          if (a != 0) {
            double r = ac[i * n + j] / a;
            if (ratio == null) {
              ratio = r;
            }
            assertThat(r).isCloseTo(ratio, within(1e-12));
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double a = system.coefficient(i, j);
        // the factor exp(0.1 Z - 0.005) has mean 1 and sd 0.1: 20,000 draws give a standard error of 0.0007
        assertThat(mean[i * n + j]).isCloseTo(a, within(0.004 * a + 1e-15));
      }
    }
  }

  @Test
  void drawsAboveEmploymentNameTheFieldAndTheDraw() {
    Generated g = RandomModels.productive(3, 3);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double emp = g.model().level(Measure.JOBS, 0);
    Scenario s = new Scenario("x", "", List.of(new Closure("c", "s0", OptionalDouble.of(emp / 2),
        OptionalDouble.empty(), "", "closures[0]")), List.of(), List.of(), List.of());
    List<UncertainInput> in = new ArrayList<>();
    in.add(new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs", Distribution.uniform(0, 2 * emp), 1));
    DrawPlan plan = DrawPlan.compile(system, s, in, null);
    assertThatThrownBy(() -> MonteCarlo.run(plan, 100, 1, 3)).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("in draw ").hasMessageContaining("exceed its employment")
        .extracting(t -> ((ScenarioException) t).field()).isEqualTo("closures[0].jobs");
  }

  /** The engine's refusal of a scenario, or null when it runs. */
  private static ScenarioException engineRefusal(LeontiefSystem system, Scenario scenario) {
    try {
      new ImpactEngine(system).run(scenario);
      return null;
    } catch (ScenarioException e) {
      return e;
    }
  }

  private static Scenario closing(double output, String sector) {
    return new Scenario("x", "", List.of(new Closure("c", sector, OptionalDouble.empty(), OptionalDouble.of(output),
        "", "closures[0]")), List.of(), List.of(), List.of());
  }

  @Test
  void drawsAboveTheSectorsOutputAreRefusedWithTheEnginesMessageAndTheDraw() {
    Generated g = RandomModels.productive(11, 3);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double x = g.model().output(1);
    List<UncertainInput> in = List.of(new UncertainInput(Slot.CLOSURE_OUTPUT, 0, "closures[0].annual_output",
        Distribution.uniform(0.2 * x, 1.6 * x), 1));
    DrawPlan plan = DrawPlan.compile(system, closing(0.9 * x, "s1"), in, null);
    int refused = 0;
    for (int draw = 0; draw < 40; draw++) {
      double drawn = plan.drawInputs(4, draw)[0];
      ScenarioException expected = engineRefusal(system, closing(drawn, "s1"));
      if (expected == null) {
        assertThat(plan.draw(4, draw)).hasSize(Headline.CELLS);
        continue;
      }
      refused++;
      int d = draw;
      assertThatThrownBy(() -> plan.draw(4, d)).isInstanceOf(ScenarioException.class)
          .hasMessage("in draw " + d + ", " + expected.getMessage())
          .hasMessageContaining("exceeds the sector's output in the model")
          .extracting(t -> ((ScenarioException) t).field()).isEqualTo(expected.field());
    }
    assertThat(refused).as("draws above the sector's output").isBetween(5, 35);
    assertThatThrownBy(() -> MonteCarlo.run(plan, 40, 4, 3)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("in draw ");
  }

  @Test
  void unknownSectorsAndNamesAreRefusedWithTheEnginesDidYouMean() {
    Generated g = RandomModels.productive(12, 3);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    Scenario typo = closing(1, "s1x");
    ScenarioException expected = engineRefusal(system, typo);
    assertThat(expected).isNotNull();
    assertThat(expected.getMessage()).contains("unknown sector 's1x'").endsWith("did you mean 's1'?");
    assertThatThrownBy(() -> DrawPlan.compile(system, typo, List.of(), null)).isInstanceOf(ScenarioException.class)
        .hasMessage(expected.getMessage())
        .extracting(t -> ((ScenarioException) t).field()).isEqualTo("closures[0].sector");

    Scenario wrongOf = new Scenario("x", "", closing(1, "s1").closures(), List.of(), List.of(new Offset("o", "s2",
        OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalDouble.empty(), "d", "offsets[0]")), List.of());
    ScenarioException expectedOf = engineRefusal(system, wrongOf);
    assertThat(expectedOf.getMessage()).isEqualTo("no closure or subcontractor is named 'd'; did you mean 'c'?");
    assertThatThrownBy(() -> DrawPlan.compile(system, wrongOf, List.of(), null))
        .hasMessage(expectedOf.getMessage())
        .extracting(t -> ((ScenarioException) t).field()).isEqualTo("offsets[0].of");
  }

  /** An offset's {@code of} takes the output lost by every closure and subcontractor of that name, in both paths. */
  @Test
  void aShareOfANameSharedByTwoLossesIsTheirSumInTheDrawsAsInTheEngine() {
    Generated g = RandomModels.productive(13, 4);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double x = g.model().output(0);
    Scenario s = new Scenario("x", "", List.of(
        new Closure("site", "s0", OptionalDouble.empty(), OptionalDouble.of(0.1 * x), "", "closures[0]"),
        new Closure("site", "s1", OptionalDouble.empty(), OptionalDouble.of(0.05 * x), "", "closures[1]")),
        List.of(new SubcontractorLoss("site", "s2", OptionalDouble.empty(), OptionalDouble.of(0.01 * x),
            SubcontractorMode.SUPERSEDE, "subcontractors[0]")),
        List.of(new Offset("o", "s3", OptionalDouble.of(0.4), OptionalDouble.empty(), OptionalDouble.empty(), "site",
            "offsets[0]")), List.of());
    DrawPlan plan = DrawPlan.compile(system, s, List.of(), null);
    assertSameCells(new ImpactEngine(system).run(s), plan.draw(1, 0), "shared name");
  }

  /** Spark broadcasts a plan: a copy that went through Java serialisation draws the same bits. */
  @ParameterizedTest
  @MethodSource("fewSeeds")
  void aSerialisedPlanDrawsTheSameBits(long seed) throws Exception {
    Case c = Case.of(seed);
    LeontiefSystem system = LeontiefSystem.of(c.g().model());
    for (ModelUncertainty mu : List.of(ModelUncertainty.NONE,
        new ModelUncertainty(0.2, ModelUncertainty.Scope.CELL, 0.1))) {
      DrawPlan plan = DrawPlan.compile(system, c.scenario(c.means()), c.inputs(), mu);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(plan);
      }
      DrawPlan copy;
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (DrawPlan) in.readObject();
      }
      for (int draw = 0; draw < 3; draw++) {
        assertThat(copy.draw(seed, draw)).containsExactly(plan.draw(seed, draw));
      }
    }
  }

  @Test
  void aDistributionOutsideTheQuantitysRangeIsABadScenario() {
    assertThatThrownBy(() -> new UncertainInput(Slot.OFFSET_SHARE, 0, "offsets[0].share",
        Distribution.uniform(0, 1.5), 1)).isInstanceOf(ScenarioException.class).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs",
        Distribution.uniform(-5, 10), 1)).isInstanceOf(ScenarioException.class).hasMessageContaining("at least 0");
    assertThatThrownBy(() -> new UncertainInput(Slot.OFFSET_SHARE, 0, "offsets[0].share",
        Distribution.lognormal(0.3, 0.1), 1)).hasMessageContaining("unbounded above");
  }
}

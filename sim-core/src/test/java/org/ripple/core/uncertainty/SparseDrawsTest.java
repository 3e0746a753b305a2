package org.ripple.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.synthetic.SyntheticModel;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/**
 * Draws with perturbed coefficients on the sparse path (A' in CSR, iterative solves) against the dense path (dense
 * LU): the same seed gives the same perturbed A' (bit for bit, structural zeros kept), and the same cells to the
 * iterative solver's accuracy. The sparse solves stop at a relative residual of 1e-10; on these models (column sums
 * of A at most 0.7, so {@code ||(I - A)^-1||_1 <= 1 / 0.3}) the cells agree to 1e-8 relative.
 */
class SparseDrawsTest {
  private static final double RELATIVE = 1e-8;

  static java.util.stream.LongStream seeds() {
    return DrawPlanTest.seeds();
  }

  private static void assertClose(double[] sparse, double[] dense, String what) {
    assertThat(sparse).hasSameSizeAs(dense);
    for (int k = 0; k < dense.length; k++) {
      int total = Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, Measure.values()[k % Measure.values().length]);
      double scale = 1 + Math.abs(dense[k]) + Math.abs(dense[total]);
      if (Double.isNaN(dense[k])) {
        assertThat(sparse[k]).as("%s cell %d", what, k).isNaN();
      } else {
        assertThat(sparse[k]).as("%s cell %d", what, k).isCloseTo(dense[k], within(RELATIVE * scale));
      }
    }
  }

  /** Every shock kind and uncertain input of {@link DrawPlanTest}, on the seeded random models (about 30 % zeros). */
  @ParameterizedTest
  @MethodSource("seeds")
  void sparseDrawsAreTheDenseDrawsOfTheSamePerturbedModel(long seed) {
    DrawPlanTest.Case c = DrawPlanTest.Case.of(seed);
    LeontiefSystem dense = LeontiefSystem.of(c.g().model());
    LeontiefSystem sparse = dense.withSolver(SolverKind.BICGSTAB);
    ModelUncertainty mu = new ModelUncertainty(0.3, seed % 2 == 0 ? ModelUncertainty.Scope.CELL
        : ModelUncertainty.Scope.COLUMN, 0.2);
    Scenario scenario = c.scenario(c.means());
    DrawPlan densePlan = DrawPlan.compile(dense, scenario, c.inputs(), mu);
    DrawPlan sparsePlan = DrawPlan.compile(sparse, scenario, c.inputs(), mu);
    assertThat(densePlan.sparseDraws()).isFalse();
    assertThat(sparsePlan.sparseDraws()).isTrue();
    int n = c.g().n();
    for (int draw = 0; draw < 3; draw++) {
      double[] ap = sparsePlan.perturbedCoefficients(seed, draw);
      assertThat(ap).containsExactly(densePlan.perturbedCoefficients(seed, draw));
      assertThat(sparsePlan.perturbedHouseholdShares(seed, draw))
          .containsExactly(densePlan.perturbedHouseholdShares(seed, draw));
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (dense.coefficient(i, j) == 0) {
            assertThat(ap[i * n + j]).as("structural zero (%d, %d)", i, j).isZero();
          }
        }
      }
      assertClose(sparsePlan.draw(seed, draw), densePlan.draw(seed, draw), "seed " + seed + " draw " + draw);
      Impact s = sparsePlan.result(sparse, scenario, seed, draw).result().total();
      Impact d = densePlan.result(dense, scenario, seed, draw).result().total();
      for (Measure m : Measure.values()) {
        for (Effect e : Effect.values()) {
          assertThat(s.sum(m, e)).as("result %s %s", m, e)
              .isCloseTo(d.sum(m, e), within(RELATIVE * (1 + Math.abs(d.sum(m, Effect.TOTAL)))));
        }
      }
    }
  }

  /**
   * The two-region model closed with one household per region (the (n + R) x (n + R) CSR system): sparse draws
   * agree with dense ones, and with uncertainty switched off both give the hand-solved Type II output 640/299.
   */
  @Test
  void perRegionHouseholdsCloseTheSparseDrawsAsTheDenseOnes() {
    Model m = Models.twoRegions();
    DrawPlan[] plans = unitDemand(m, "R1.s", new ModelUncertainty(0.2, ModelUncertainty.Scope.CELL, 0.2));
    for (int draw = 0; draw < 20; draw++) {
      assertClose(plans[1].draw(3, draw), plans[0].draw(3, draw), "draw " + draw);
    }
    DrawPlan still = unitDemand(m, "R1.s", new ModelUncertainty(1e-300, ModelUncertainty.Scope.CELL, 0))[1];
    assertThat(still.sparseDraws()).isTrue();
    assertThat(still.draw(1, 0)[Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, Measure.OUTPUT)])
        .isCloseTo(640.0 / 299, within(1e-10));
  }

  /** One unit of final demand for a sector, drawn on the model solved by dense LU and by BiCGSTAB: {dense, sparse}. */
  private static DrawPlan[] unitDemand(Model m, String sector, ModelUncertainty mu) {
    LeontiefSystem dense = LeontiefSystem.of(m, SolverKind.DENSE_LU);
    Scenario s = new Scenario("x", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("d", sector, 1, "demand_changes[0]")));
    return new DrawPlan[] {DrawPlan.compile(dense, s, List.of(), mu),
        DrawPlan.compile(dense.withSolver(SolverKind.BICGSTAB), s, List.of(), mu)};
  }

  private static Scenario closure(String sector, double output) {
    return new Scenario("g", "", List.of(new Closure("plant", sector, OptionalDouble.empty(),
        OptionalDouble.of(output), "", "closures[0]")), List.of(), List.of(), List.of());
  }

  private static List<UncertainInput> uncertainOutput(double output) {
    return List.of(new UncertainInput(Slot.CLOSURE_OUTPUT, 0, "closures[0].annual_output",
        Distribution.uniform(0.8 * output, 1.2 * output), 1));
  }

  /**
   * A generated model above {@link SolverKind#DENSE_MAX_SECTORS}: the automatic solver is iterative, so its draws are
   * sparse; the same model on dense LU draws densely; they agree. The sparse draws are the same bits on 1, 2 and 3
   * threads, and their bands bracket the point estimate.
   */
  @Test
  void aGeneratedModelAboveTheDenseLimitDrawsSparseOnAnyNumberOfThreads() {
    Model model = SyntheticModel.generate(SolverKind.DENSE_MAX_SECTORS + 100, 0.01, 7);
    LeontiefSystem sparse = LeontiefSystem.of(model);
    assertThat(sparse.solver().iterative()).isTrue();
    String sector = model.sectors().at(123).code();
    double output = 0.5 * model.output(123);
    Scenario scenario = closure(sector, output);
    ModelUncertainty mu = new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0.1);
    DrawPlan sparsePlan = DrawPlan.compile(sparse, scenario, uncertainOutput(output), mu);
    assertThat(sparsePlan.sparseDraws()).isTrue();
    DrawPlan densePlan = DrawPlan.compile(sparse.withSolver(SolverKind.DENSE_LU), scenario, uncertainOutput(output),
        mu);
    assertThat(densePlan.sparseDraws()).isFalse();
    for (int draw = 0; draw < 2; draw++) {
      assertClose(sparsePlan.draw(11, draw), densePlan.draw(11, draw), "draw " + draw);
    }

    int draws = 60;
    Draws one = MonteCarlo.run(sparsePlan, draws, 11, 1);
    for (int threads = 2; threads <= 3; threads++) {
      Draws more = MonteCarlo.run(sparsePlan, draws, 11, threads);
      for (int cell = 0; cell < Headline.CELLS; cell++) {
        assertThat(more.cell(cell)).as("%d threads, cell %d", threads, cell).containsExactly(one.cell(cell));
      }
    }
    Impact point = new ImpactEngine(sparse).run(scenario).total();
    Summary[] bands = one.summaries();
    for (Measure m : Measure.values()) {
      Summary b = bands[Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, m)];
      double p = point.sum(m, Effect.TOTAL);
      assertThat(b.p5()).as("%s P5 below the point estimate", m).isLessThan(p);
      assertThat(b.p95()).as("%s P95 above the point estimate", m).isGreaterThan(p);
    }
  }

  /**
   * A model whose first column sums to 1.04 (so both paths take the certificate solve of the productivity rule,
   * {@link PerturbedModel#needsCertificate}) and whose spectral radius, sqrt(0.95 x 1.04) = 0.994, some draws push
   * above 1: both paths accept and refuse the same draws, with the same message naming the draw.
   */
  @Test
  void bothPathsRefuseTheSameNonProductiveDraws() {
    double[] a = {0, 0.95, 1.04, 0};
    double[] x = {100, 100};
    RandomModels.Generated g = RandomModels.build(Models.sectors(2), a, x, new double[] {1, 1},
        new double[] {0.001, 0.001}, new double[] {0.1, 0.1}, new double[] {0.01, 0.01});
    DrawPlan[] plans = unitDemand(g.model(), "s0", new ModelUncertainty(0.3, ModelUncertainty.Scope.CELL, 0));
    DrawPlan densePlan = plans[0];
    DrawPlan sparsePlan = plans[1];
    int refused = 0;
    for (int draw = 0; draw < 200; draw++) {
      String denseRefusal = refusal(densePlan, draw);
      String sparseRefusal = refusal(sparsePlan, draw);
      assertThat(sparseRefusal).as("draw %d", draw).isEqualTo(denseRefusal);
      if (denseRefusal == null) {
        assertClose(sparsePlan.draw(5, draw), densePlan.draw(5, draw), "draw " + draw);
      } else {
        refused++;
        assertThat(denseRefusal).isEqualTo("in draw " + draw + ", the perturbed A of model random-2 is not productive "
            + "(spectral radius at least 1); lower the coefficient sigma");
      }
    }
    assertThat(refused).as("draws refused").isBetween(2, 100);
    assertThatThrownBy(() -> MonteCarlo.run(sparsePlan, 200, 5, 3)).isInstanceOf(ModelException.class)
        .hasMessageStartingWith("in draw ");
  }

  private static String refusal(DrawPlan plan, int draw) {
    try {
      plan.draw(5, draw);
      return null;
    } catch (ModelException e) {
      return e.getMessage();
    }
  }
}

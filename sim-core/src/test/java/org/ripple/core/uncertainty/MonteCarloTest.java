package org.ripple.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.RandomModels.Generated;

/** The local runner: linear propagation of a uniform input, and the same bits whatever the number of threads. */
class MonteCarloTest {
  private static final int DRAWS = 20_000;

  private static final Generated G = RandomModels.productive(11, 6);
  private static final LeontiefSystem SYSTEM = LeontiefSystem.of(G.model());

  private static Scenario closure(double jobs) {
    return new Scenario("x", "", List.of(new Closure("c", "s2", OptionalDouble.of(jobs), OptionalDouble.empty(), "",
        "closures[0]")), List.of(), List.of(), List.of());
  }

  private static double engineTotalJobs(double jobs) {
    return new ImpactEngine(SYSTEM).run(closure(jobs)).total().sum(Measure.JOBS, Effect.TOTAL);
  }

  @Test
  void aUniformJobsInputGivesAUniformTotal() {
    double emp = G.model().level(Measure.JOBS, 2);
    double lo = 0.1 * emp;
    double hi = 0.2 * emp;
    DrawPlan plan = DrawPlan.compile(SYSTEM, closure((lo + hi) / 2),
        List.of(new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs", Distribution.uniform(lo, hi), 1)),
        ModelUncertainty.NONE);
    Draws draws = MonteCarlo.run(plan, DRAWS, 42, 2);
    // the model is linear: total = k * jobs, k the jobs multiplier (negative: a loss)
    double k = engineTotalJobs(1.0);
    int cell = Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, Measure.JOBS);
    for (int i = 0; i < DRAWS; i += 997) {
      double jobs = plan.drawInputs(42, i)[0];
      assertThat(draws.value(cell, i)).isCloseTo(k * jobs, within(1e-9 * Math.abs(k * jobs)));
    }
    Summary s = draws.summaries()[cell];
    double width = Math.abs(k) * (hi - lo);
    // total ~ U(k hi, k lo): quantile q of the total is k hi + q |k| (hi - lo). Tolerance: 1% of the width (the
    // standard error of P5 with 20,000 draws is 0.15% of the width).
    assertThat(s.p5()).isCloseTo(k * hi + 0.05 * width, within(0.01 * width));
    assertThat(s.p50()).isCloseTo(k * (lo + hi) / 2, within(0.01 * width));
    assertThat(s.p95()).isCloseTo(k * hi + 0.95 * width, within(0.01 * width));
    assertThat(s.mean()).isCloseTo(k * (lo + hi) / 2, within(0.01 * width));
    assertThat(s.sd()).isCloseTo(width / Math.sqrt(12), within(0.01 * width / Math.sqrt(12)));
    // without draws the distribution is its mean, and by linearity the point result is the mean of the draws
    assertThat(engineTotalJobs(plan.inputCount() == 1 ? (lo + hi) / 2 : 0)).isCloseTo(s.mean(), within(0.01 * width));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 7})
  void sameBitsWhateverTheThreads(int threads) {
    double emp = G.model().level(Measure.JOBS, 2);
    DrawPlan plan = DrawPlan.compile(SYSTEM, closure(0.1 * emp),
        List.of(new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs",
            Distribution.triangular(0.05 * emp, 0.1 * emp, 0.3 * emp), 1)),
        new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0.05));
    Draws one = MonteCarlo.run(plan, 500, 9, 1);
    Draws many = MonteCarlo.run(plan, 500, 9, threads);
    for (int c = 0; c < Headline.CELLS; c++) {
      assertThat(many.cell(c)).isEqualTo(one.cell(c));
    }
    assertThat(many.summaries()).isEqualTo(one.summaries());
    Draws other = MonteCarlo.run(plan, 500, 10, threads);
    assertThat(other.cell(0)).isNotEqualTo(one.cell(0));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void progressCountsEveryDrawAndDoesNotChangeTheResults(int threads) {
    double emp = G.model().level(Measure.JOBS, 2);
    DrawPlan plan = DrawPlan.compile(SYSTEM, closure(0.1 * emp),
        List.of(new UncertainInput(Slot.CLOSURE_JOBS, 0, "closures[0].jobs",
            Distribution.uniform(0.05 * emp, 0.2 * emp), 1)), ModelUncertainty.NONE);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    Draws watched = MonteCarlo.run(plan, 1234, 5, threads, n -> {
      done.addAndGet(n);
      calls.incrementAndGet();
    });
    assertThat(done.get()).isEqualTo(1234);
    assertThat(calls.get()).as("batches of about 1 %").isBetween(100, 110);
    Draws plain = MonteCarlo.run(plan, 1234, 5, threads);
    for (int c = 0; c < Headline.CELLS; c++) {
      assertThat(watched.cell(c)).isEqualTo(plain.cell(c));
    }
  }
}

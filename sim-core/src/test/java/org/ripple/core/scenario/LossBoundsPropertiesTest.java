package org.ripple.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/**
 * Losses never exceed what a sector produces: random closures and subcontractor losses, sized by jobs or by output
 * and sometimes too large, either are refused (naming the field) or remove at most the sector's output directly, and
 * losses grow from direct to Type I to Type II in every sector. Seeded; every failure names its seed.
 */
class LossBoundsPropertiesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100).map(i -> i * 0x9E3779B97F4A7C15L + 17);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void directLossesStayWithinOutputAndGrowThroughTheTypes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(10);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    LeontiefSystem system = LeontiefSystem.of(g.model());
    List<Closure> closures = new ArrayList<>();
    List<SubcontractorLoss> subs = new ArrayList<>();
    double[] intended = new double[n];
    int shocks = 1 + rnd.nextInt(4);
    for (int s = 0; s < shocks; s++) {
      int j = rnd.nextInt(n);
      String code = g.model().sectors().at(j).code();
      double share = 0.7 * rnd.nextDouble(); // sometimes several shocks in one sector add up above its output
      boolean byJobs = rnd.nextBoolean();
      OptionalDouble jobs = byJobs ? OptionalDouble.of(share * g.model().level(Measure.JOBS, j)) : OptionalDouble.empty();
      OptionalDouble out = byJobs ? OptionalDouble.empty() : OptionalDouble.of(share * g.x()[j]);
      intended[j] += share * g.x()[j];
      if (rnd.nextBoolean()) {
        closures.add(new Closure("c" + s, code, jobs, out, "", "closures[" + s + "]"));
      } else {
        subs.add(new SubcontractorLoss("s" + s, code, jobs, out, SubcontractorMode.ADDITIVE,
            "subcontractors[" + s + "]"));
      }
    }
    Scenario scenario = new Scenario("losses", "", closures, subs, List.of(), List.of());
    boolean tooMuch = false;
    for (int j = 0; j < n; j++) {
      tooMuch |= intended[j] > g.x()[j] * (1 + 1e-6);
    }
    if (tooMuch) {
      ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> new ImpactEngine(system).run(scenario));
      assertThat(e).as("a loss above a sector's output or employment is refused").isNotNull();
      assertThat(e.field()).matches("(closures|subcontractors)\\[\\d]\\.(jobs|annual_output)");
      return;
    }
    ScenarioResult result = new ImpactEngine(system).run(scenario);
    Impact total = result.total();
    for (int j = 0; j < n; j++) {
      double direct = -total.outputChange(Effect.DIRECT, j);
      double typeI = -(total.outputChange(Effect.DIRECT, j) + total.outputChange(Effect.INDIRECT, j));
      double typeII = -total.outputChange(Effect.TOTAL, j);
      double slack = 1e-9 * g.x()[j];
      assertThat(direct).as("direct loss in sector %d", j).isLessThanOrEqualTo(g.x()[j] * (1 + 1e-9))
          .isGreaterThanOrEqualTo(-slack);
      assertThat(typeI).as("Type I >= direct in sector %d", j).isGreaterThanOrEqualTo(direct - slack);
      assertThat(typeII).as("Type II >= Type I in sector %d", j).isGreaterThanOrEqualTo(typeI - slack);
    }
  }
}

package org.ripple.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.cli.Cli;
import org.ripple.cli.concordance.Concordance;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockKind;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.ModelUncertainty;

/**
 * For every scenario file in scenarios/, read and mapped as {@code ripple run} reads it: a draw with no uncertain
 * input and fixed coefficients (the scenario's point values) gives the point estimate's summary, gross loss and
 * offsets, every effect and measure, to 1e-12 relative, whatever the seed and draw.
 */
class DrawAtPointValuesTest {
  private static final double RELATIVE = 1e-12;
  private static final long SEED = 20250122L;

  static Stream<Path> scenarioFiles() throws IOException {
    try (Stream<Path> s = Files.list(Cli.root().resolve("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void aDrawAtThePointValuesIsThePointEstimate(Path file) {
    ScenarioDocument doc = ScenarioDocument.read(file);
    LoadedModel loaded = Models.forScenario(doc, null);
    LeontiefSystem system = ModelChecks.system(loaded, ModelChecks.require(loaded), null);
    Scenario scenario = Concordance.apply(doc, loaded).document().toScenario(loaded.model());
    ScenarioResult point = new ImpactEngine(system).run(scenario);
    DrawPlan plan = DrawPlan.compile(system, scenario, List.of(), ModelUncertainty.NONE);
    for (long draw : new long[] {0, 1, 977}) {
      double[] cells = plan.draw(SEED, draw);
      String what = file.getFileName() + " draw " + draw;
      compare(point.total(), cells, Headline.Block.SUMMARY, what);
      compare(point.grossLoss(), cells, Headline.Block.GROSS_LOSS, what);
      compare(point.of(EnumSet.of(ShockKind.OFFSET)), cells, Headline.Block.OFFSETS, what);
    }
  }

  private static void compare(Impact impact, double[] cells, Headline.Block block, String what) {
    for (Effect e : Effect.values()) {
      for (Measure m : Measure.values()) {
        double actual = cells[Headline.index(block, e, m)];
        if (!impact.available(m, e)) {
          assertThat(actual).as("%s %s %s %s", what, block, e, m).isNaN();
          continue;
        }
        double expected = impact.sum(m, e);
        double scale = Math.abs(expected) + Math.abs(impact.sum(m, Effect.TOTAL));
        assertThat(actual).as("%s %s %s %s", what, block, e, m).isCloseTo(expected, within(RELATIVE * scale));
      }
    }
  }
}

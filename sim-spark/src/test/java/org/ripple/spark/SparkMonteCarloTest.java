package org.ripple.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.Summary;

/**
 * The flagship uncertainty scenario (inputs and coefficients uncertain: every draw re-solves) on Spark in local[2]
 * with 1, 2 and 7 partitions, compared bit for bit with the single-machine runner.
 */
class SparkMonteCarloTest {
  private static final int DRAWS = 3000;
  private static final long SEED = 2025;

  private static JavaSparkContext sc;
  private static DrawPlan plan;
  private static Draws local;

  static Path root() {
    String prop = System.getProperty("ripple.projectRoot");
    Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("scenarios"))) {
      p = p.getParent();
    }
    return p;
  }

  static Path scenario() {
    return root().resolve("scenarios/quebec-amazon-2025-uncertainty.yaml");
  }

  @BeforeAll
  static void start() {
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("ripple-spark-test")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
    sc = new JavaSparkContext(conf);
    ScenarioDocument doc = ScenarioDocument.read(scenario());
    LoadedModel loaded = Models.forScenario(doc, null);
    LeontiefSystem system = LeontiefSystem.of(loaded.model());
    Scenario s = doc.toScenario(loaded.model());
    plan = DrawPlan.compile(system, s, doc.uncertainInputs(loaded.model().info()), doc.modelUncertainty());
    assertThat(plan.modelUncertainty().any()).isTrue();
    local = MonteCarlo.run(plan, DRAWS, SEED, 1);
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void perDrawResultsAreTheLocalRunnersBitForBit(int partitions) {
    Draws spark = SparkMonteCarlo.draws(sc, plan, DRAWS, SEED, partitions);
    for (int c = 0; c < Headline.CELLS; c++) {
      double[] a = local.cell(c);
      double[] b = spark.cell(c);
      for (int i = 0; i < DRAWS; i++) {
        assertThat(Double.doubleToRawLongBits(b[i])).as("cell %d draw %d", c, i)
            .isEqualTo(Double.doubleToRawLongBits(a[i]));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void reducedSummariesAreTheLocalOnesBitForBit(int partitions) {
    Summary[] spark = SparkMonteCarlo.summaries(sc, plan, DRAWS, SEED, partitions);
    assertThat(spark).isEqualTo(local.summaries());
  }
}

package org.ripple.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Ripple;
import picocli.CommandLine;

/** {@code ripple-spark} prints, byte for byte, what {@code ripple run --draws} prints. */
class SparkMainTest {
  private static final String[] PROPERTIES = {"spark.driver.host", "spark.driver.bindAddress", "spark.ui.enabled",
      "spark.ui.showConsoleProgress"};

  @BeforeEach
  void localhostWithoutUi() {
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.ui.showConsoleProgress", "false");
  }

  @AfterEach
  void clear() {
    for (String p : PROPERTIES) {
      System.clearProperty(p);
    }
  }

  /** A command's exit code and what it printed. */
  record Result(int exit, String out, String err) {}

  /** Runs {@code cl} with {@code args}, capturing what it prints (also for the other tests of ripple-spark). */
  static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void printsWhatRippleRunPrints() {
    String file = SparkMonteCarloTest.scenario().toString();
    for (String format : new String[] {"json", "table"}) {
      Result ripple = run(Ripple.commandLine(), "run", file, "--format", format, "--draws", "500", "--seed", "11");
      assertThat(ripple.exit()).as(ripple.err()).isZero();
      Result spark = run(SparkMain.commandLine(), file, "--format", format, "--draws", "500", "--seed", "11",
          "--master", "local[2]", "--partitions", "3");
      assertThat(spark.exit()).as(spark.err()).isZero();
      assertThat(spark.out()).isEqualTo(ripple.out());
    }
  }

  /**
   * A scenario with a horizon and uncertain inputs: ripple-spark prints what {@code ripple run --draws} prints, its
   * timeline, the fiscal account by period, the fiscal bands of the draws and the bands of each period (the
   * measures' and the fiscal account's) included (the same numbers, the same seed).
   */
  @Test
  void aPhasedScenarioWithDrawsPrintsItsFiscalPeriodsAndBandsAsRippleRunDoes(@TempDir Path tmp) throws Exception {
    Path phased = SparkMonteCarloTest.root().resolve("scenarios/quebec-amazon-2025-phased.yaml");
    Path file = tmp.resolve("phased uncertain é.yaml");
    Files.writeString(file, Files.readString(phased).replace("    jobs: 500\n", "    jobs: {distribution: uniform, "
        + "min: 400, max: 600}\n") + "model_uncertainty:\n  coefficient_sigma: 0.05\n");
    for (String format : new String[] {"json", "table"}) {
      Result ripple = run(Ripple.commandLine(), "run", file.toString(), "--format", format, "--draws", "60",
          "--seed", "5");
      assertThat(ripple.exit()).as(ripple.err()).isZero();
      Result spark = run(SparkMain.commandLine(), file.toString(), "--format", format, "--draws", "60", "--seed",
          "5", "--master", "local[2]", "--partitions", "2");
      assertThat(spark.exit()).as(spark.err()).isZero();
      assertThat(spark.out()).isEqualTo(ripple.out());
      if (format.equals("json")) {
        JsonNode fiscal = new ObjectMapper().readTree(spark.out()).get("fiscal");
        assertThat(fiscal.get("by_period").size()).isEqualTo(9);
        JsonNode band = fiscal.get("bands").get(5).get("total"); // federal.ei_benefits
        assertThat(band.get("p5").asDouble()).isLessThan(band.get("p95").asDouble());
        assertThat(band.get("point").asDouble()).isBetween(band.get("p5").asDouble(), band.get("p95").asDouble());
        // the bands of each period: the measures' and the fiscal account's, a row a quarter and the horizon
        JsonNode root = new ObjectMapper().readTree(spark.out());
        JsonNode q2 = root.get("uncertainty").get("by_period").get(1).get("total").get("jobs");
        assertThat(root.get("uncertainty").get("by_period").size()).isEqualTo(9);
        assertThat(q2.get("p5").asDouble()).isLessThan(q2.get("p95").asDouble());
        assertThat(fiscal.get("bands_by_period").size()).isEqualTo(9);
      } else {
        assertThat(spark.out()).contains("\nFiscal by period (total effect; CAD of 2025 in the period; "
            + "each effect in the JSON, the CSV and "
        + "the workbook)\n")
            .contains("\nFiscal bands (60 draws), total effect (CAD of 2025 over the horizon)\n")
            .contains("\nTimeline bands, total effect, by quarter (")
            .contains("\nFiscal bands by period (60 draws), balances (");
      }
    }
  }

  @Test
  void usageErrorsExitTwo() {
    Result r = run(SparkMain.commandLine(), SparkMonteCarloTest.scenario().toString(), "--draws", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--draws must be at least 1");
  }
}

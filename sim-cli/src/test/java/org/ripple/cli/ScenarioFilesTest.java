package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario file in scenarios/ through the CLI and checks its exit code and headline numbers. The numbers
 * are checked two ways: against figures derived independently from the model files and the multiplier table
 * (closed-form for single-sector shocks), and against pinned headline values (regression).
 */
class ScenarioFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
  private static JsonNode transportMultipliers;
  private static double aTransportTransport;
  /** Type II jobs per thousand CAD of household income: sum_i (c_i / H) x jobs per unit of final demand_i. */
  private static double householdJobs;
  /** TRANSPORT's labour income per job (thousand CAD). */
  private static double transportIncomePerJob;

  static Stream<Path> scenarioFiles() throws IOException {
    try (Stream<Path> s = Files.list(Cli.root().resolve("scenarios"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
          || p.toString().endsWith(".json")).sorted().toList();
      return files.stream();
    }
  }

  @BeforeAll
  static void multipliers() {
    TransportClosedForm cf = TransportClosedForm.get();
    transportMultipliers = cf.transport;
    assertThat(transportMultipliers).isNotNull();
    aTransportTransport = cf.aKK;
    householdJobs = cf.householdJobs;
    transportIncomePerJob = cf.incomePerJob;
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void everyScenarioRunsInEveryFormat(Path file) throws IOException {
    for (String format : new String[] {"table", "csv", "json"}) {
      Cli.Result r = Cli.run("run", file.toString(), "--format", format);
      assertThat(r.exit()).as(file + " " + format + ": " + r.err()).isZero();
      // no scenario prints anything on stderr: what the bundled models accept in model.yaml is not repeated
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isNotBlank();
    }
    Cli.Result v = Cli.run("validate", file.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    JsonNode json = run(file);
    for (String measure : new String[] {"jobs", "labour_income", "value_added", "output"}) {
      JsonNode s = json.get("summary");
      double sum = s.get("direct").get(measure).asDouble() + s.get("indirect").get(measure).asDouble()
          + s.get("induced").get(measure).asDouble();
      assertThat(sum).as(measure).isCloseTo(s.get("total").get(measure).asDouble(),
          within(1e-9 * Math.abs(sum) + 1e-9));
    }
  }

  /**
   * Every Amazon scenario is a set of shocks in one sector k = TRANSPORT, so its Type II total jobs are closed-form:
   * jobs multiplier II times the direct jobs that propagate. In supersede mode the subcontractor loss replaces the
   * modelled first round a_kk * D, so the propagating jobs are closures * (1 - a_kk) + subcontractors.
   */
  static double expectedTotalJobs(double closureJobs, double subcontractorJobs, boolean supersede) {
    double ratio = transportMultipliers.get("jobs_multiplier_II").asDouble();
    double propagating = supersede ? closureJobs * (1 - aTransportTransport) + subcontractorJobs
        : closureJobs + subcontractorJobs;
    return -ratio * propagating;
  }

  /**
   * The same with the closures' stated pay: a closure of J jobs at annual pay P pays J P k(P) of direct labour income
   * (k by hand: {@link TransportClosedForm#employerFactor}) instead of the sector's J w/e, and its households spend
   * the difference, which adds {@code J (w/e - P k(P) / 1000) x householdJobs} jobs (the Type II jobs of a unit of
   * household income).
   */
  static double expectedTotalJobs(Path scenario, boolean supersede) throws IOException {
    JsonNode f = YAML.readTree(scenario.toFile());
    double closures = 0;
    double paid = 0;
    for (JsonNode c : f.get("closures")) {
      double jobs = c.get("jobs").asDouble();
      closures += jobs;
      if (c.has("annual_pay")) {
        double pay = c.get("annual_pay").asDouble();
        paid += jobs * (transportIncomePerJob - pay * TransportClosedForm.employerFactor(pay) / 1000);
      }
    }
    double subs = 0;
    for (JsonNode c : f.get("subcontractors")) {
      subs += c.get("jobs").asDouble();
    }
    return expectedTotalJobs(closures, subs, supersede) + paid * householdJobs;
  }

  static JsonNode run(Path file) throws IOException {
    Cli.Result r = Cli.run("run", file.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  static double summary(JsonNode json, String effect, String measure) {
    return json.get("summary").get(effect).get(measure).asDouble();
  }

  @Test
  void flagshipHeadline() throws IOException {
    JsonNode json = run(Cli.scenario("quebec-amazon-2025.yaml"));
    assertThat(summary(json, "direct", "jobs")).isCloseTo(-3200.0, within(1e-6));
    assertThat(summary(json, "total", "jobs")).isCloseTo(expectedTotalJobs(Cli.scenario("quebec-amazon-2025.yaml"), true),
        within(1e-6));
    assertThat(json.get("model").get("type").asText()).isEqualTo("II");
    assertThat(json.get("shocks")).hasSize(8);
    assertThat(summary(json, "total", "jobs")).isCloseTo(FLAGSHIP_TOTAL_JOBS, within(0.5));
  }

  /**
   * Pinned from the run of the bundled model with SEPH labour income, the households-only mix, the derived propensity
   * and the sites' pay, the tax and contribution rules of TaxRules, Quebec's 2023 saving rate, g at basic prices (regression
   * guard; see the README's flagship table; -5,169.55 with g at market prices, -5,160.45 with the 2022 Q3 rate, -5,191.17 before the one tax rule, -6,076.66 before
   * SEPH labour income).
   */
  static final double FLAGSHIP_TOTAL_JOBS = -5135.26;

  @Test
  void jsonAndYamlGiveTheSameNumbers() throws IOException {
    JsonNode yaml = run(Cli.scenario("quebec-amazon-2025.yaml"));
    JsonNode json = run(Cli.scenario("quebec-amazon-2025.json"));
    assertThat(json.get("summary")).isEqualTo(yaml.get("summary"));
    assertThat(json.get("sectors")).isEqualTo(yaml.get("sectors"));
  }

  @Test
  void ministryNotice() throws IOException {
    JsonNode json = run(Cli.scenario("quebec-amazon-2025-ministry-notice.yaml"));
    assertThat(summary(json, "direct", "jobs")).isCloseTo(-(1903.0 + 1500), within(1e-6));
    assertThat(summary(json, "total", "jobs")).isCloseTo(expectedTotalJobs(Cli.scenario(
        "quebec-amazon-2025-ministry-notice.yaml"), true), within(1e-6));
  }

  @Test
  void ministrySubcontractors() throws IOException {
    JsonNode json = run(Cli.scenario("quebec-amazon-2025-ministry-subcontractors.yaml"));
    assertThat(summary(json, "direct", "jobs")).isCloseTo(-(1700.0 + 2765), within(1e-6));
    assertThat(summary(json, "total", "jobs")).isCloseTo(expectedTotalJobs(Cli.scenario(
        "quebec-amazon-2025-ministry-subcontractors.yaml"), true), within(1e-6));
  }

  @Test
  void additiveCountsMoreThanSupersede() throws IOException {
    JsonNode additive = run(Cli.scenario("quebec-amazon-2025-additive.yaml"));
    JsonNode supersede = run(Cli.scenario("quebec-amazon-2025.yaml"));
    assertThat(summary(additive, "direct", "jobs")).isCloseTo(-3200.0, within(1e-6));
    assertThat(summary(additive, "total", "jobs")).isCloseTo(expectedTotalJobs(Cli.scenario(
        "quebec-amazon-2025-additive.yaml"), false), within(1e-6));
    // additive also counts the modelled first round a_kk * D: its loss is larger by exactly that, times the ratio
    assertThat(summary(additive, "total", "jobs")).isLessThan(summary(supersede, "total", "jobs"));
    assertThat(additive.get("shocks").get(7).get("notes").get(0).asText()).contains("double count");
  }

  @Test
  void recaptureReportsGrossOffsetsAndNet() throws IOException {
    JsonNode json = run(Cli.scenario("quebec-amazon-2025-recapture.yaml"));
    JsonNode flagship = run(Cli.scenario("quebec-amazon-2025.yaml"));
    double gross = json.get("gross_loss").get("total").get("jobs").asDouble();
    double offsets = json.get("offsets").get("total").get("jobs").asDouble();
    assertThat(gross).isCloseTo(summary(flagship, "total", "jobs"), within(1e-6));
    assertThat(offsets).isPositive();
    assertThat(summary(json, "total", "jobs")).isCloseTo(gross + offsets, within(1e-6));
    // 40% of the delivery work: 3 x 150 station jobs and 1,500 partner jobs, all in TRANSPORT
    double ratio = transportMultipliers.get("jobs_multiplier_II").asDouble();
    assertThat(offsets).isCloseTo(ratio * 0.4 * (450 + 1500), within(1e-6));
  }
}

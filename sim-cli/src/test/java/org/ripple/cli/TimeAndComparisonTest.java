package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-6 scenarios through the CLI: the phased closures by quarter, the recapture sweep, the federal cloud
 * contracts over five years, {@code compare} and {@code sweep --each closure}; checked against closed forms from the
 * multiplier table (single-sector shocks) and day counts.
 */
class TimeAndComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode transport;
  private static JsonNode info;
  private static double employment;
  @TempDir
  Path tmp;

  @BeforeAll
  static void multipliers() throws IOException {
    Cli.Result r = Cli.run("multipliers", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    for (JsonNode s : JSON.readTree(r.out()).get("sectors")) {
      if (s.get("code").asText().equals("TRANSPORT")) {
        transport = s;
      }
      if (s.get("code").asText().equals("INFO")) {
        info = s;
      }
    }
    List<String> rows = Files.readAllLines(Cli.root().resolve("models/quebec-2021/industry.csv"));
    assertThat(rows.get(0)).startsWith("code,output,employment,");
    for (String row : rows.subList(1, rows.size())) {
      employment += Double.parseDouble(row.split(",")[2]);
    }
  }

  static JsonNode json(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }

  static String scenario(String name) {
    return Cli.scenario(name).toString();
  }

  static double at(JsonNode block, String effect, String measure) {
    return block.get(effect).get(measure).asDouble();
  }

  // ---------------------------------------------------------------- phased closures

  /** Days in effect in Q1 2025 of a two-month ramp from 22 January: 59/2 + 10 (22 to 31 March). */
  static final double Q1_DAYS = 39.5;
  /** Years in effect over 2025-2026: 2025 from 22 January with the ramp's half, and all of 2026. */
  static final double YEARS = (365 - 21 - 59 / 2.0) / 365 + 1;

  @Test
  void phasedClosuresByQuarter() throws IOException {
    JsonNode run = json("run", scenario("quebec-amazon-2025-phased.yaml"), "--format", "json");
    JsonNode annual = run.get("summary");
    JsonNode timeline = run.get("timeline");
    assertThat(timeline).hasSize(8);
    assertThat(timeline.get(0).get("period").asText()).isEqualTo("2025-Q1");
    assertThat(timeline.get(0).get("days").asInt()).isEqualTo(90);
    JsonNode q1 = timeline.get(0).get("summary");
    assertThat(at(q1, "direct", "jobs")).isCloseTo(-3200 * Q1_DAYS / 90, within(1e-9));
    assertThat(at(q1, "indirect", "jobs")).isCloseTo(at(annual, "indirect", "jobs") * Q1_DAYS / 90, within(1e-9));
    assertThat(at(q1, "direct", "labour_income"))
        .isCloseTo(at(annual, "direct", "labour_income") * Q1_DAYS / 365, within(1e-3));
    for (int p = 1; p < 8; p++) {
      assertThat(at(timeline.get(p).get("summary"), "direct", "jobs")).isCloseTo(-3200, within(1e-9));
    }
    // the sum over periods equals the annual effect times the years in effect (direct and indirect: not damped)
    JsonNode cumulative = run.get("cumulative");
    assertThat(at(cumulative, "direct", "job_years")).isCloseTo(-3200 * YEARS, within(1e-9));
    for (String m : new String[] {"labour_income", "value_added", "output"}) {
      for (String e : new String[] {"direct", "indirect"}) {
        double sum = 0;
        for (JsonNode p : timeline) {
          sum += at(p.get("summary"), e, m);
        }
        assertThat(sum).as(e + " " + m).isCloseTo(at(annual, e, m) * YEARS, within(1e-3));
        assertThat(at(cumulative, e, m)).isCloseTo(sum, within(1e-3));
      }
    }
    // income replacement: the induced effect is a damped share of the undamped one, never of the other sign
    for (int p = 0; p < 8; p++) {
      double undamped = at(annual, "induced", "jobs") * at(timeline.get(p).get("summary"), "direct", "jobs") / -3200;
      double induced = at(timeline.get(p).get("summary"), "induced", "jobs");
      assertThat(induced).isBetween(undamped, 0.0);
    }
    // 8 weeks of severance: no household loss before 19 March, so Q1's induced effect is small
    assertThat(at(q1, "induced", "jobs")).isGreaterThan(0.05 * at(annual, "induced", "jobs") * Q1_DAYS / 90);
    // pinned (regression; README): total jobs per quarter, job-years over the horizon
    double[] pinned = {-1893.93, -4503.62, -4466.51, -4424.49, -4474.64, -4429.33, -4389.77, -4362.10};
    for (int p = 0; p < 8; p++) {
      assertThat(at(timeline.get(p).get("summary"), "total", "jobs")).isCloseTo(pinned[p], within(0.01));
    }
    assertThat(at(cumulative, "total", "job_years")).isCloseTo(-8244.42, within(0.01));
  }

  @Test
  void withoutIncomeReplacementTheInducedEffectFollowsTheSchedule() throws IOException {
    String text = Files.readString(Cli.scenario("quebec-amazon-2025-phased.yaml"));
    Path off = tmp.resolve("off.yaml");
    Files.writeString(off, text.replace("income_replacement: {}", "income_replacement: {enabled: false}"),
        StandardCharsets.UTF_8);
    JsonNode run = json("run", off.toString(), "--format", "json");
    for (String e : new String[] {"direct", "indirect", "induced", "total"}) {
      assertThat(at(run.get("cumulative"), e, "job_years")).isCloseTo(at(run.get("summary"), e, "jobs") * YEARS,
          within(1e-9));
      assertThat(at(run.get("timeline").get(0).get("summary"), e, "jobs"))
          .isCloseTo(at(run.get("summary"), e, "jobs") * Q1_DAYS / 90, within(1e-9));
    }
    assertThat(run.get("horizon").get("income_replacement").isNull()).isTrue();
  }

  @Test
  void timelineInTableAndCsv() {
    Cli.Result table = Cli.run("run", scenario("quebec-amazon-2025-phased.yaml"));
    assertThat(table.out()).contains("Timeline, 2025-01-01 to 2026-12-31 by quarter")
        .containsPattern("2025-Q1 +90 +-1,404 ");
    Cli.Result csv = Cli.run("run", scenario("quebec-amazon-2025-phased.yaml"), "--format", "csv");
    assertThat(csv.out()).contains("\nperiod,,2025-Q1,,direct,-1404.4444444444443,")
        .contains("\ncumulative,,horizon,,total,");
    // a file without a horizon prints no timeline
    assertThat(Cli.run("run", scenario("quebec-amazon-2025.yaml"), "--format", "csv").out()).doesNotContain("period");
  }

  // ---------------------------------------------------------------- federal cloud contracts

  @Test
  void federalCloudContractsOverFiveYears() throws IOException {
    JsonNode run = json("run", scenario("federal-cloud-contracts.yaml"), "--format", "json");
    double jobs = 29 * info.get("jobs_effect_II").asDouble();
    double income = 29e6 * info.get("income_effect_II").asDouble();
    assertThat(at(run.get("summary"), "total", "jobs")).isCloseTo(jobs, within(1e-6));
    assertThat(at(run.get("summary"), "total", "labour_income")).isCloseTo(income, within(1e-3));
    assertThat(run.get("timeline")).hasSize(5);
    assertThat(at(run.get("timeline").get(3).get("summary"), "total", "jobs")).isCloseTo(jobs, within(1e-9));
    assertThat(at(run.get("cumulative"), "total", "job_years")).isCloseTo(5 * jobs, within(1e-6));
    assertThat(at(run.get("cumulative"), "total", "labour_income")).isCloseTo(5 * income, within(1e-2));
    assertThat(at(run.get("summary"), "total", "jobs")).isCloseTo(180.07, within(0.01));
  }

  // ---------------------------------------------------------------- sweeps and comparison

  static final double[] SHARES = {0, 0.25, 0.5, 0.75};

  /** Gross loss of the flagship plus s x (3 x 150 station jobs + 1,500 partner jobs), all in TRANSPORT. */
  static double recaptureTotal(double gross, double share) {
    return gross + transport.get("jobs_multiplier_II").asDouble() * share * (450 + 1500);
  }

  @Test
  void recaptureSweepFromTheFileAndFromSet() throws IOException {
    double gross = at(json("run", scenario("quebec-amazon-2025.yaml"), "--format", "json").get("summary"),
        "total", "jobs");
    JsonNode sweep = json("sweep", scenario("quebec-amazon-2025-recapture-sweep.yaml"), "--format", "json");
    JsonNode set = json("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set",
        "offsets[*].share=0,0.25,0.5,0.75", "--format", "json");
    assertThat(sweep.get("variants")).hasSize(4);
    for (int i = 0; i < 4; i++) {
      JsonNode v = sweep.get("variants").get(i);
      assertThat(v.get("name").asText()).isEqualTo("offsets[*].share = " + (i == 0 ? "0" : SHARES[i]));
      assertThat(at(v.get("summary"), "total", "jobs")).isCloseTo(recaptureTotal(gross, SHARES[i]), within(1e-6));
      assertThat(v.get("share_of_regional_employment").asDouble())
          .isCloseTo(at(v.get("summary"), "total", "jobs") / employment, within(1e-12));
      assertThat(set.get("variants").get(i).get("summary")).isEqualTo(v.get("summary"));
    }
    // pinned (README)
    assertThat(at(sweep.get("variants").get(3).get("summary"), "total", "jobs")).isCloseTo(-2543.26, within(0.01));
  }

  @Test
  void compareTheVariantsOfOneFile() throws IOException {
    JsonNode cmp = json("compare", scenario("quebec-amazon-2025-recapture-sweep.yaml"), "--format", "json");
    JsonNode scenarios = cmp.get("scenarios");
    assertThat(scenarios).hasSize(4);
    double base = at(scenarios.get(0).get("summary"), "total", "jobs");
    for (int i = 0; i < 4; i++) {
      JsonNode s = scenarios.get(i);
      assertThat(at(s.get("difference_from_baseline"), "total", "jobs"))
          .isCloseTo(transport.get("jobs_multiplier_II").asDouble() * SHARES[i] * 1950, within(1e-6));
      assertThat(at(s.get("share_of_region"), "total", "jobs"))
          .isCloseTo(at(s.get("summary"), "total", "jobs") / employment, within(1e-12));
    }
    assertThat(cmp.get("baseline").asText()).isEqualTo("offsets[*].share = 0");
    assertThat(base).isLessThan(0);
    assertThat(cmp.get("regional_totals").get("jobs").asDouble()).isCloseTo(employment, within(1e-6));
  }

  @Test
  void compareFilesSideBySide() throws IOException {
    JsonNode cmp = json("compare", scenario("quebec-amazon-2025.yaml"), scenario("quebec-amazon-2025-recapture.yaml"),
        scenario("quebec-amazon-2025-additive.yaml"), "--format", "json");
    JsonNode recapture = json("run", scenario("quebec-amazon-2025-recapture.yaml"), "--format", "json");
    JsonNode s = cmp.get("scenarios");
    assertThat(s.get(0).get("name").asText()).isEqualTo("quebec-amazon-2025");
    assertThat(s.get(1).get("summary")).isEqualTo(recapture.get("summary"));
    for (String e : new String[] {"direct", "indirect", "induced", "total"}) {
      for (String m : new String[] {"jobs", "labour_income", "value_added", "output"}) {
        assertThat(at(s.get(1).get("difference_from_baseline"), e, m))
            .isCloseTo(at(recapture.get("offsets"), e, m), within(1e-6 * Math.abs(at(recapture.get("offsets"), e, m))
                + 1e-6));
        assertThat(at(s.get(0).get("difference_from_baseline"), e, m)).isZero();
      }
    }
    Cli.Result table = Cli.run("compare", scenario("quebec-amazon-2025.yaml"),
        scenario("quebec-amazon-2025-recapture.yaml"));
    assertThat(table.out()).contains("Difference from quebec-amazon-2025").contains("Total jobs");
    Cli.Result csv = Cli.run("compare", scenario("quebec-amazon-2025.yaml"),
        scenario("quebec-amazon-2025-recapture.yaml"), "--format", "csv");
    assertThat(csv.out()).startsWith("scenario,effect,measure,value,difference_from_baseline,share_of_region\n")
        .contains("\nquebec-amazon-2025,total,jobs,-5135.");
  }

  @Test
  void eachClosureRanksTheSitesAndAddsUp() throws IOException {
    JsonNode sweep = json("sweep", scenario("quebec-amazon-2025.yaml"), "--each", "closure", "--format", "json");
    JsonNode flagship = json("run", scenario("quebec-amazon-2025.yaml"), "--format", "json");
    JsonNode v = sweep.get("variants");
    assertThat(v).hasSize(10);
    assertThat(v.get(0).get("name").asText()).isEqualTo("Fulfilment centre");
    assertThat(v.get(0).get("rank").asInt()).isEqualTo(1);
    TransportClosedForm cf = TransportClosedForm.get();
    assertThat(at(v.get(0).get("summary"), "total", "jobs")).isCloseTo(cf.closure(500, 46510), within(1e-6));
    assertThat(v.get(6).get("name").asText()).startsWith("Delivery station");
    for (String m : new String[] {"jobs", "labour_income", "value_added", "output"}) {
      for (String e : new String[] {"direct", "indirect", "induced", "total"}) {
        double sum = 0;
        for (int i = 0; i < 7; i++) {
          sum += at(v.get(i).get("summary"), e, m);
        }
        assertThat(sum).as(e + " " + m).isCloseTo(at(v.get(7).get("summary"), e, m), within(1e-9 * Math.abs(sum)));
        assertThat(at(v.get(7).get("summary"), e, m) + at(v.get(8).get("summary"), e, m))
            .isCloseTo(at(flagship.get("summary"), e, m), within(1e-9 * Math.abs(sum) + 1e-9));
      }
    }
    assertThat(v.get(9).get("summary")).isEqualTo(flagship.get("summary"));
    assertThat(at(v.get(7).get("summary"), "total", "jobs")).isCloseTo(cf.closure(1250, 46510)
        + cf.closure(450, 38640), within(1e-6));
    Cli.Result table = Cli.run("sweep", scenario("quebec-amazon-2025.yaml"), "--each", "closure");
    assertThat(table.out()).contains(" 1. Fulfilment centre").contains("All facilities");
  }

  @Test
  void sameBytesInAnyLocale() {
    String[][] commands = {
        {"run", scenario("quebec-amazon-2025-phased.yaml")},
        {"run", scenario("quebec-amazon-2025-phased.yaml"), "--format", "json"},
        {"compare", scenario("quebec-amazon-2025-recapture-sweep.yaml"), "--format", "csv"},
        {"sweep", scenario("quebec-amazon-2025.yaml"), "--each", "closure"},
    };
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      for (String[] c : commands) {
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        String root = Cli.run(c).out();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        assertThat(Cli.run(c).out()).as(String.join(" ", c)).isEqualTo(root);
      }
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  // ---------------------------------------------------------------- errors

  @Test
  void badTimeKeysAreOneLineErrorsWithExitCode3() throws IOException {
    String text = Files.readString(Cli.scenario("quebec-amazon-2025-phased.yaml"));
    String[][] cases = {
        {"effective: 2025-01-22", "effective: 2025-02-30", "closures[0].effective: must be a date"},
        {"ramp: 2 months", "ramp: two months", "closures[0].ramp: must be a number and a unit"},
        {"period: quarter", "period: fortnight", "period: must be month, quarter or year"},
        {"end: 2026-12-31", "end: 2024-12-31", "horizon.end: must not be before"},
        {"income_replacement: {}", "income_replacement: {ei_rate: 1.5}", "income_replacement.ei_rate"},
        {"income_replacement: {}", "income_replacement: {severance_weeks: 8, reemployment: table}",
            "reemployment_table"},
    };
    for (String[] c : cases) {
      Path f = tmp.resolve("bad.yaml");
      Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(c[0]), c[1]), StandardCharsets.UTF_8);
      Cli.Result r = Cli.run("run", f.toString());
      assertThat(r.exit()).as(c[1] + ": " + r.err()).isEqualTo(3);
      assertThat(r.err()).contains(c[2]).doesNotContain("\tat ");
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
    Path noHorizon = tmp.resolve("nohorizon.yaml");
    Files.writeString(noHorizon, Files.readString(Cli.scenario("quebec-amazon-2025.yaml"))
        .replace("    mode: supersede\n", "    mode: supersede\n    effective: 2025-01-22\n"), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("run", noHorizon.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains(":").contains("subcontractors[0].effective: timing needs a scenario horizon");
  }

  @Test
  void sweepUsageErrors() {
    assertThat(Cli.run("sweep", scenario("quebec-amazon-2025.yaml")).exit()).isEqualTo(2);
    assertThat(Cli.run("sweep", scenario("quebec-amazon-2025.yaml"), "--each", "site").exit()).isEqualTo(2);
    Cli.Result r = Cli.run("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set",
        "offsets[*].share=0,1.5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("share").contains("[0, 1]");
    assertThat(Cli.run("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set", "offsets[9].share=0.1")
        .exit()).isEqualTo(2);
    assertThat(Cli.run("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set", "offsets[0].colour=1")
        .exit()).isEqualTo(2);
  }

  @Test
  void aSetErrorNamesTheVariantsFieldButNotTheOverridesOwnKey() {
    Cli.Result own = Cli.run("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set", "offsets[9].share=0.1");
    assertThat(own.err()).startsWith("ripple: sweep: --set offsets[9].share=0.1: 'offsets[9].share': the scenario has ")
        .doesNotContain("sweep.set");
    Cli.Result variant = Cli.run("sweep", scenario("quebec-amazon-2025-recapture.yaml"), "--set",
        "offsets[*].share=1.5");
    assertThat(variant.err()).startsWith("ripple: sweep: --set offsets[*].share=1.5: offsets[0].");
  }
}

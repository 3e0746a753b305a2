package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ripple run --draws N --seed S}, distributions in scenario files, and their errors. */
class UncertaintyCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE = Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString();

  @TempDir
  Path tmp;

  private static JsonNode json(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void withoutDrawsADistributionIsItsMean() throws IOException {
    // the same scenario with the means written out: 1,351.5 jobs, 2,132.5 partner layoffs, share 0.375
    String means = Files.readString(Path.of(FILE))
        .replace("{distribution: uniform, min: 1250, max: 1453}", "1351.5")
        .replace("{distribution: uniform, min: 1500, max: 2765}", "2132.5")
        .replace("{distribution: uniform, min: 0, max: 0.75}", "0.375");
    Path plain = write("means.yaml", means.substring(0, means.indexOf("model_uncertainty:"))
        + means.substring(means.indexOf("assumptions:")));
    JsonNode uncertain = json("run", FILE, "--format", "json");
    JsonNode point = json("run", plain.toString(), "--format", "json");
    assertThat(uncertain.get("summary")).isEqualTo(point.get("summary"));
    assertThat(uncertain.has("uncertainty")).isFalse();
    assertThat(uncertain.get("notes").toString()).contains("closures[1].jobs is uniform(1250, 1453); the point "
        + "estimate uses its mean, 1351.5");
    assertThat(uncertain.get("summary").get("direct").get("jobs").asDouble())
        .isCloseTo(-(450 + 1351.5 + 2132.5) + 0.375 * 2132.5, within(1e-6));
  }

  @Test
  void drawsAddPercentilesToEveryFormat() throws IOException {
    JsonNode j = json("run", FILE, "--format", "json", "--draws", "2000", "--seed", "7");
    JsonNode u = j.get("uncertainty");
    assertThat(u.get("draws").asInt()).isEqualTo(2000);
    assertThat(u.get("seed").asLong()).isEqualTo(7);
    assertThat(u.get("inputs")).hasSize(3);
    for (String block : new String[] {"summary", "gross_loss", "offsets"}) {
      for (String effect : new String[] {"direct", "indirect", "induced", "total"}) {
        for (String measure : new String[] {"jobs", "labour_income", "value_added", "output"}) {
          JsonNode c = u.get(block).get(effect).get(measure);
          assertThat(c.get("p5").asDouble()).as(block + effect + measure).isLessThanOrEqualTo(c.get("p50").asDouble());
          assertThat(c.get("p50").asDouble()).isLessThanOrEqualTo(c.get("p95").asDouble());
          assertThat(c.get("sd").asDouble()).isPositive();
        }
      }
    }
    // the point estimate (means of the inputs, unperturbed model) lies within the band and near its mean
    JsonNode total = u.get("summary").get("total").get("jobs");
    double point = j.get("summary").get("total").get("jobs").asDouble();
    assertThat(point).isBetween(total.get("p5").asDouble(), total.get("p95").asDouble());
    assertThat(total.get("mean").asDouble()).isCloseTo(point, within(0.1 * total.get("sd").asDouble() + 50));
    Cli.Result csv = Cli.run("run", FILE, "--format", "csv", "--draws", "2000", "--seed", "7");
    assertThat(csv.out()).contains("\nsummary,p5,quebec-amazon-2025-uncertainty,,total,")
        .contains("\ngross_loss,sd,closures and subcontractors,,direct,").contains("\noffsets,p95,offsets,,induced,");
    Cli.Result table = Cli.run("run", FILE, "--draws", "2000", "--seed", "7");
    assertThat(table.out()).contains("Uncertainty: 2,000 draws, seed 7").contains("P95").contains("sd");
  }

  @Test
  void sameSeedSameBytesInAnyLocaleOtherSeedOtherBytes() {
    Locale saved = Locale.getDefault();
    try {
      String first = Cli.run("run", FILE, "--format", "json", "--draws", "500", "--seed", "3").out();
      Locale.setDefault(Locale.GERMANY);
      assertThat(Cli.run("run", FILE, "--format", "json", "--draws", "500", "--seed", "3").out()).isEqualTo(first);
      Locale.setDefault(Locale.forLanguageTag("hi-IN"));
      assertThat(Cli.run("run", FILE, "--format", "csv", "--draws", "500", "--seed", "3").out())
          .isEqualTo(Cli.run("run", FILE, "--format", "csv", "--draws", "500", "--seed", "3").out());
      Locale.setDefault(saved);
      assertThat(Cli.run("run", FILE, "--format", "json", "--draws", "500", "--seed", "4").out()).isNotEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void withoutDistributionsNothingChanges() {
    String flagship = Cli.scenario("quebec-amazon-2025.yaml").toString();
    for (String format : new String[] {"table", "csv", "json"}) {
      String out = Cli.run("run", flagship, "--format", format).out();
      assertThat(out).doesNotContain("ncertainty").doesNotContain("p50").doesNotContain("P50");
    }
  }

  @Test
  void uniformJobsGiveAUniformTotal() throws IOException {
    Path s = write("u.yaml", "name: u\nclosures:\n  - name: c\n    sector: TRANSPORT\n"
        + "    jobs: {distribution: uniform, min: 1000, max: 2000}\n");
    Path one = write("one.yaml", "name: one\nclosures:\n  - name: c\n    sector: TRANSPORT\n    jobs: 1000\n");
    double k = json("run", one.toString(), "--format", "json").get("summary").get("total").get("jobs").asDouble()
        / 1000;
    JsonNode c = json("run", s.toString(), "--format", "json", "--draws", "20000")
        .get("uncertainty").get("summary").get("total").get("jobs");
    double width = 1000 * Math.abs(k);
    // total = k * jobs, jobs ~ U(1000, 2000): quantiles within 1% of the width (standard error of P5: 0.15%)
    assertThat(c.get("p5").asDouble()).isCloseTo(k * 2000 + 0.05 * width, within(0.01 * width));
    assertThat(c.get("p50").asDouble()).isCloseTo(k * 1500, within(0.01 * width));
    assertThat(c.get("p95").asDouble()).isCloseTo(k * 2000 + 0.95 * width, within(0.01 * width));
    assertThat(c.get("sd").asDouble()).isCloseTo(width / Math.sqrt(12), within(0.01 * width));
  }

  @Test
  void badDistributionsAreOneLineWithPlaceAndExitThree() throws IOException {
    String[][] cases = {
        {"jobs: {distribution: unifrom, min: 1, max: 2}", "did you mean 'uniform'?"},
        {"jobs: {distribution: uniform, min: 5, max: 1}", "uniform needs min < max"},
        {"jobs: {distribution: uniform, min: 5}", "missing max"},
        {"jobs: {distribution: uniform, min: 1, max: 5, mode: 2}", "not mode"},
        {"jobs: {distribution: uniform, min: -5, max: 10}", "outside the range of this quantity (at least 0)"},
        {"jobs: {distribution: uniform, min: 1, max: 5, sd: 1e400}", "not a finite number"},
        {"jobs: {distrbution: uniform, min: 1, max: 5}", "needs the key 'distribution'"},
        {"jobs: \"12\"", "expected a number, found text \"12\""},
    };
    for (String[] c : cases) {
      Path s = write("bad.yaml", "name: b\nclosures:\n  - name: c\n    sector: TRANSPORT\n    " + c[0] + "\n");
      Cli.Result r = Cli.run("run", s.toString(), "--draws", "10");
      assertThat(r.exit()).as(c[0] + ": " + r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).as(c[0]).contains(s + ":5:").contains(c[1]).endsWith("\n");
      assertThat(r.err().strip()).doesNotContain("\n");
      assertThat(r.out()).isEmpty();
    }
    Path share = write("share.yaml", "name: b\nclosures:\n  - name: c\n    sector: TRANSPORT\n    jobs: 10\n"
        + "offsets:\n  - name: o\n    sector: TRANSPORT\n    share: {distribution: lognormal, median: 0.3, sigma: 0.1}\n");
    Cli.Result r = Cli.run("run", share.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).contains(":9:").contains("offsets[0].share").contains("unbounded above");
    Path sigma = write("sigma.yaml", "name: b\nclosures:\n  - name: c\n    sector: TRANSPORT\n    jobs: 10\n"
        + "model_uncertainty:\n  coefficient_sigma: -1\n");
    r = Cli.run("run", sigma.toString(), "--draws", "5");
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).contains("model_uncertainty.coefficient_sigma");
    assertThat(Cli.run("run", FILE, "--draws", "-1").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void drawsAboveEmploymentAreABadScenario() throws IOException {
    Path s = write("emp.yaml", "name: b\nclosures:\n  - name: c\n    sector: TRANSPORT\n"
        + "    jobs: {distribution: normal, mean: 100000, sd: 40000}\n");
    Cli.Result r = Cli.run("run", s.toString(), "--draws", "50");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).contains("closures[0].jobs").contains("in draw ").contains("exceed its employment");
  }
}

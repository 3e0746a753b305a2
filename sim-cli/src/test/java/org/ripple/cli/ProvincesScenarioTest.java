package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship on the ten-province model (how many of the jobs lost are outside Quebec, by province), the region
 * breakdown of every output format, {@code multipliers --by-region}, and the region files of a model folder.
 */
class ProvincesScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLAGSHIP = "quebec-amazon-2025-provinces.yaml";

  /**
   * Pinned from the run with each province's own 2023 saving rate and g at basic prices (regression guard; see the
   * README; -5,785.48 and -5,195.90 with g at market prices, -5,763.14 and -5,185.87 with Quebec's rate everywhere, -5,795.10 and -5,216.65 before the one tax rule).
   */
  static final double TOTAL_JOBS = -5754.98;
  static final double QUEBEC_JOBS = -5161.67;

  @TempDir
  Path tmp;

  static JsonNode run(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    // canada-provinces-2021's over-sold rows are accepted in its model.yaml: runs do not repeat them
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }

  static double jobs(JsonNode block, String effect) {
    return block.get(effect).get("jobs").asDouble();
  }

  /**
   * Monte Carlo closes Type II per province like the point estimate: with no uncertain input every draw is the point
   * estimate (before the fix, draws used one household summed over the provinces: induced -2,056 jobs vs -2,274).
   */
  @Test
  void drawsWithoutUncertainInputsAreThePointEstimate() throws IOException {
    JsonNode json = run("run", Cli.scenario(FLAGSHIP).toString(), "--format", "json", "--draws", "20");
    for (String effect : new String[] {"direct", "indirect", "induced", "total"}) {
      double point = json.get("summary").get(effect).get("jobs").asDouble();
      JsonNode band = json.get("uncertainty").get("summary").get(effect).get("jobs");
      for (String q : new String[] {"p5", "p50", "p95"}) {
        assertThat(band.get(q).asDouble()).as(effect + " " + q).isCloseTo(point,
            org.assertj.core.api.Assertions.within(1e-9 * Math.abs(point)));
      }
    }
  }

  @Test
  void flagshipJobsByProvince() throws IOException {
    JsonNode json = run("run", Cli.scenario(FLAGSHIP).toString(), "--format", "json");
    JsonNode regions = json.get("regions");
    assertThat(regions).hasSize(10);
    double sum = 0;
    double outside = 0;
    double quebec = Double.NaN;
    for (JsonNode r : regions) {
      double total = jobs(r, "total");
      assertThat(total).as(r.get("code").asText()).isNegative();
      sum += total;
      if (r.get("code").asText().equals("QC")) {
        quebec = total;
        assertThat(jobs(r, "direct")).isCloseTo(-3200.0, within(1e-6));
      } else {
        outside += total;
        assertThat(jobs(r, "direct")).isZero();
      }
    }
    assertThat(sum).isCloseTo(jobs(json.get("summary"), "total"), within(1e-6));
    assertThat(jobs(json.get("summary"), "total")).isCloseTo(TOTAL_JOBS, within(0.5));
    assertThat(quebec).isCloseTo(QUEBEC_JOBS, within(0.5));
    // the single-region flagship counts fewer jobs than this model finds in Quebec alone
    JsonNode single = run("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--format", "json");
    assertThat(quebec).isLessThan(jobs(single.get("summary"), "total"));
    assertThat(single.has("regions")).isFalse();

    Cli.Result table = Cli.run("run", Cli.scenario(FLAGSHIP).toString());
    assertThat(table.out()).contains("By region (total effect)").contains("  ON Ontario ")
        .containsPattern("Outside QC +" + String.format(java.util.Locale.ROOT, "-%d", Math.round(-outside)) + " ");
  }

  @Test
  void csvHasRegionRowsOnlyForRegionalModels() {
    Cli.Result r = Cli.run("run", Cli.scenario(FLAGSHIP).toString(), "--format", "csv");
    assertThat(r.exit()).isZero();
    List<String> regionRows = r.out().lines().filter(l -> l.startsWith("region,")).toList();
    assertThat(regionRows).hasSize(40);
    assertThat(regionRows.get(0)).startsWith("region,,Newfoundland and Labrador,NL,direct,");
    Cli.Result single = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString(), "--format", "csv");
    assertThat(single.out().lines().filter(l -> l.startsWith("region,"))).isEmpty();
    assertThat(single.out()).doesNotContain("By region");
  }

  @Test
  void multipliersByRegion() throws IOException {
    Cli.Result csv = Cli.run("multipliers", "--model", "canada-provinces-2021", "--by-region", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("code,name,region,effect_region,within_region,output_I,output_II,"
        + "jobs_effect_I,jobs_effect_II,income_effect_I,income_effect_II,value_added_effect_I,value_added_effect_II");
    assertThat(lines).hasSize(1 + 230 * 10);
    JsonNode all = run("multipliers", "--model", "canada-provinces-2021", "--format", "json");
    JsonNode byRegion = run("multipliers", "--model", "canada-provinces-2021", "--by-region", "--format", "json");
    for (int j : new int[] {0, 110, 229}) {
      JsonNode s = byRegion.get("sectors").get(j);
      assertThat(s.get("code").asText()).isEqualTo(all.get("sectors").get(j).get("code").asText());
      for (String col : new String[] {"output_II", "jobs_effect_II", "value_added_effect_I"}) {
        double sum = 0;
        for (JsonNode r : s.get("by_region")) {
          sum += r.get(col).asDouble();
        }
        double expected = all.get("sectors").get(j).get(col).asDouble();
        assertThat(sum).as(col).isCloseTo(expected, within(1e-9 * expected));
      }
    }
    Cli.Result table = Cli.run("multipliers", "--model", "canada-provinces-2021", "--by-region");
    assertThat(table.out()).contains("QC.TRANSPORT");
  }

  /** The regional path with an iterative solver from the command line: same rows, same figures to 1e-6. */
  @Test
  void multipliersByRegionWithAnIterativeSolver() {
    Cli.Result dense = Cli.run("multipliers", "--model", "canada-provinces-2021", "--by-region", "--format", "csv",
        "--solver", "dense-lu");
    Cli.Result bicgstab = Cli.run("multipliers", "--model", "canada-provinces-2021", "--by-region", "--format",
        "csv", "--solver", "bicgstab");
    assertThat(bicgstab.exit()).as(bicgstab.err()).isZero();
    List<String> want = dense.out().lines().toList();
    List<String> got = bicgstab.out().lines().toList();
    assertThat(got).hasSameSizeAs(want);
    for (int k = 1; k < want.size(); k++) {
      // the last 8 fields are the figures (names may hold quoted commas)
      String[] a = got.get(k).split(",");
      String[] b = want.get(k).split(",");
      assertThat(a).hasSameSizeAs(b);
      for (int c = 0; c < a.length; c++) {
        if (c < a.length - 8) {
          assertThat(a[c]).isEqualTo(b[c]);
        } else {
          double e = Double.parseDouble(b[c]);
          assertThat(Double.parseDouble(a[c])).as(want.get(k)).isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
        }
      }
    }
  }

  /** The by-region table says which closure its figures use: per region, one household for all, or Type I. */
  @Test
  void byRegionTableNamesItsClosure() throws IOException {
    Cli.Result perRegion = Cli.run("multipliers", "--model", "canada-provinces-2021", "--by-region");
    assertThat(perRegion.out()).contains("Type II (households closed per region), per unit of final demand");
    Path m = tmp.resolve("two");
    java.nio.file.Files.createDirectories(m);
    java.nio.file.Files.writeString(m.resolve("model.yaml"), "name: two\n");
    java.nio.file.Files.writeString(m.resolve("sectors.csv"), "code,name,region\nA.s,Alpha,A\nB.s,Beta,B\n");
    java.nio.file.Files.writeString(m.resolve("regions.csv"), "code,name,household_income\nA,Aland,\nB,Bland,\n");
    java.nio.file.Files.writeString(m.resolve("transactions.csv"), "code,A.s,B.s\nA.s,20,10\nB.s,10,30\n");
    java.nio.file.Files.writeString(m.resolve("industry.csv"), "code,output,employment\nA.s,100,10\nB.s,100,20\n");
    Cli.Result typeI = Cli.run("multipliers", "--model", m.toString(), "--by-region");
    assertThat(typeI.exit()).as(typeI.err()).isZero();
    assertThat(typeI.out()).contains("Type I (no household data: induced effects not available), per unit");
  }

  @Test
  void byRegionNeedsARegionalModel() {
    Cli.Result r = Cli.run("multipliers", "--by-region");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("quebec-2021 has no regions");
  }

  @Test
  void unknownRegionInSectorsIsOneLineExitFour() throws IOException {
    Path src = Cli.root().resolve("models/canada-provinces-2021");
    Path dir = Files.createDirectories(tmp.resolve("m"));
    for (String f : List.of("model.yaml", "sectors.csv", "transactions.csv", "industry.csv", "regions.csv",
        "households.csv")) {
      Files.copy(src.resolve(f), dir.resolve(f));
    }
    String sectors = Files.readString(dir.resolve("sectors.csv"));
    Files.writeString(dir.resolve("sectors.csv"), sectors.replaceFirst(",NL\n", ",QQ\n"));
    Cli.Result r = Cli.run("validate", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("sectors.csv:2:").contains("unknown region 'QQ'").contains("did you mean 'QC'");
  }
}

package org.ripple.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;

/** {@code ripple paths} and {@code ripple linkages}: exit codes, one-line errors, the JSON and CSV shapes. */
class ExplainCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AMAZON = Cli.scenario("quebec-amazon-2025.yaml").toString();

  @TempDir
  Path tmp;

  @Test
  void pathsJsonListsPathsWithTheirShareAndCoverageOfTheRunsTypeITotal() throws IOException {
    Cli.Result r = Cli.run("paths", AMAZON, "--format", "json", "--top", "7");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    JsonNode paths = doc.get("paths");
    assertThat(paths).hasSize(7);
    assertThat(paths.get(0).get("path")).hasSize(1);
    assertThat(paths.get(0).get("path").get(0).asText()).isEqualTo("TRANSPORT");
    assertThat(paths.get(1).get("path").get(0).asText()).isEqualTo("TRANSPORT");
    double total = doc.get("total").asDouble();
    double listed = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode p : paths) {
      double jobs = p.get("jobs").asDouble();
      assertThat(jobs).isNegative();
      assertThat(Math.abs(jobs)).isLessThanOrEqualTo(previous);
      previous = Math.abs(jobs);
      assertThat(p.get("share").asDouble()).isCloseTo(jobs / total, within(1e-12));
      listed += jobs;
    }
    assertThat(doc.get("coverage").asDouble()).isCloseTo(listed / total, within(1e-12));
    // the total is the run's Type I effect: direct plus indirect jobs
    JsonNode run = JSON.readTree(Cli.run("run", AMAZON, "--format", "json").out()).get("summary");
    double typeI = run.get("direct").get("jobs").asDouble() + run.get("indirect").get("jobs").asDouble();
    assertThat(total).isCloseTo(typeI, within(1e-9 * Math.abs(typeI)));
    assertThat(doc.get("measure").asText()).isEqualTo("jobs");
    assertThat(doc.get("model").get("type").asText()).isEqualTo("I");
    assertThat(doc.get("complete").asBoolean()).isTrue();
  }

  /**
   * The flagship's closures state their pay: their households lose less than the sector's average, and the Type II
   * listing carries that difference at the household node (paths starting at {@code households}), so its total is
   * the run's Type II total in jobs, value added and output.
   */
  @Test
  void typeIIPathsOfTheFlagshipAddUpToTheRunsTypeIITotal() throws IOException {
    JsonNode run = JSON.readTree(Cli.run("run", AMAZON, "--format", "json").out()).get("summary");
    for (String measure : new String[] {"jobs", "value_added", "output"}) {
      Cli.Result r = Cli.run("paths", AMAZON, "--type", "II", "--format", "json", "--measure", measure);
      assertThat(r.exit()).as(r.err()).isZero();
      double total = JSON.readTree(r.out()).get("total").asDouble();
      double expected = run.get("total").get(measure).asDouble();
      assertThat(total).as(measure).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }
  }

  @Test
  void pathsInMoneyAreInCurrencyUnitsAndTheSameBytesTwice() {
    Cli.Result csv = Cli.run("paths", AMAZON, "--format", "csv", "--measure", "value_added", "--depth", "3");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String[] lines = csv.out().split("\n");
    assertThat(lines[0]).isEqualTo("rank,steps,path,value_added,share");
    assertThat(lines[1]).startsWith("1,0,TRANSPORT,-");
    assertThat(lines[2]).startsWith("2,1,TRANSPORT -> TRANSPORT,-");
    double va = Double.parseDouble(lines[1].split(",")[3]);
    assertThat(va).isLessThan(-1e8); // plain CAD, not thousands
    assertThat(Cli.run("paths", AMAZON, "--format", "csv", "--measure", "value_added", "--depth", "3").out())
        .isEqualTo(csv.out());
  }

  @Test
  void typeIIPathsRunThroughHouseholdsAndMultiRegionalPathsNameTheProvinces() throws IOException {
    Cli.Result r = Cli.run("paths", Cli.scenario("quebec-amazon-2025-provinces.yaml").toString(), "--type", "II",
        "--top", "40", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("model").get("type").asText()).isEqualTo("II");
    String all = doc.get("paths").toString();
    assertThat(all).contains("\"QC.TRANSPORT\"", "\"households.QC\"", "\"ON.");
    assertThat(doc.get("paths").get(0).get("path").get(0).asText()).isEqualTo("QC.TRANSPORT");
    Cli.Result table = Cli.run("paths", Cli.scenario("quebec-amazon-2025-provinces.yaml").toString(), "--top",
        "10");
    assertThat(table.out()).contains("QC.TRANSPORT -> ON.TRANSPORT");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--top|0|--top must be in [1, 10000], was 0",
      "--top|10001|--top must be in [1, 10000]",
      "--depth|-1|--depth must be in [0, 50], was -1",
      "--depth|51|--depth must be in [0, 50]",
      "--measure|persons|'persons' is not a measure; use jobs, labour_income, value_added or output",
      "--type|III|'III' is not a model type; use I or II",
      "--format|xlsx|--format xlsx writes a file: add --output FILE.xlsx"})
  void badPathOptionsAreOneLineUsageErrors(String option, String value, String message) {
    Cli.Result r = Cli.run("paths", AMAZON, option, value);
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst().orElse("")).startsWith("ripple:").contains(message);
  }

  @Test
  void aMeasureOrTypeTheModelCannotGiveIsAUsageErrorNamingTheOption() throws IOException {
    Path scenario = Files.writeString(tmp.resolve("us.yaml"), "name: farms\nmodel: us-2022\ndemand_changes:\n"
        + "  - name: more farm output\n    sector: 111CA\n    amount: 1000000\n");
    Cli.Result jobs = Cli.run("paths", scenario.toString());
    assertThat(jobs.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(jobs.err()).hasLineCount(1).startsWith("ripple:").contains("--measure")
        .contains("has no jobs data; use --measure output");
    Cli.Result typeII = Cli.run("paths", scenario.toString(), "--measure", "output", "--type", "II");
    assertThat(typeII.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(typeII.err()).hasLineCount(1).contains("--type").contains("no household data");
    Cli.Result ok = Cli.run("paths", scenario.toString(), "--measure", "output", "--format", "csv");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("1,0,111CA,1000000,");
  }

  @Test
  void aBadScenarioIsExitThreeAndAMissingFileExitFive() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: x\nclosures:\n  - name: s\n    sector: TRANSPRT\n"
        + "    jobs: 10\n");
    Cli.Result r = Cli.run("paths", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple:").contains("TRANSPORT");
    Cli.Result missing = Cli.run("paths", tmp.resolve("none.yaml").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.IO);
  }

  @Test
  void linkagesJsonHasEverySectorWithItsLinkagesKeyFlagAndExtraction() throws IOException {
    Cli.Result r = Cli.run("linkages", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode sectors = JSON.readTree(r.out()).get("sectors");
    assertThat(sectors).hasSize(23);
    double backward = 0;
    double forward = 0;
    for (JsonNode s : sectors) {
      backward += s.get("backward").asDouble();
      forward += s.get("forward").asDouble();
      assertThat(s.get("key_sector").asBoolean())
          .isEqualTo(s.get("backward").asDouble() > 1 && s.get("forward").asDouble() > 1);
      assertThat(s.get("output_lost").asDouble()).isPositive();
    }
    assertThat(backward).isCloseTo(23, within(1e-9));
    assertThat(forward).isCloseTo(23, within(1e-9));
    Cli.Result csv = Cli.run("linkages", "--format", "csv", "--no-extraction", "--model", "canada-provinces-2021");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String[] lines = csv.out().split("\n");
    assertThat(lines).hasSize(231);
    assertThat(lines[0]).isEqualTo("code,name,backward,forward,key_sector,output_lost");
    assertThat(lines[1]).startsWith("NL.AGRI,").endsWith(",");
  }

  @Test
  void linkagesWriteAWorkbookOnlyToAFileAndRefuseAnUnknownModel() {
    Cli.Result xlsx = Cli.run("linkages", "--format", "xlsx");
    assertThat(xlsx.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(xlsx.err()).startsWith("ripple:").contains("--format xlsx writes a file");
    Path book = tmp.resolve("l.xlsx");
    Cli.Result written = Cli.run("linkages", "--format", "xlsx", "-o", book.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    assertThat(book).isRegularFile();
    Cli.Result unknown = Cli.run("linkages", "--model", "quebec-2012");
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).hasLineCount(1).startsWith("ripple:");
  }
}

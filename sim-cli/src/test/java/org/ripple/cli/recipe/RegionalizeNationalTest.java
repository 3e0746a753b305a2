package org.ripple.cli.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.cli.Cli;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.Models;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.regionalisation.MethodComparison;

/**
 * {@code ripple model regionalize --national MODEL --regional-employment FILE}: any national model to any region,
 * end to end through the CLI. Inputs are in src/test/resources/regionalize (see its README).
 */
class RegionalizeNationalTest {
  private static final double EPS = 1e-12;

  @TempDir
  Path tmp;

  private static String res(String name) {
    return Cli.root().resolve("sim-cli/src/test/resources/regionalize").resolve(name).toString();
  }

  private Model regionalize(String out, String... args) {
    List<String> all = new ArrayList<>(List.of("model", "regionalize"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", tmp.resolve(out).toString()));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote ");
    return ModelReader.read(tmp.resolve(out)).model();
  }

  /**
   * The nation (three-sector/): x = (100, 200, 100), Z = [[10, 40, 10], [20, 20, 30], [10, 20, 10]], so
   * A = [[0.1, 0.2, 0.1], [0.2, 0.1, 0.3], [0.1, 0.1, 0.1]]; jobs (10, 20, 20), total 50. The region
   * (three-region.csv): jobs (4, 2, 4), total 10. Shares 0.4, 0.2, 0.4 against 0.2, 0.4, 0.4: SLQ = (2, 0.5, 1).
   *
   * <p>CILQ_ij = SLQ_i / SLQ_j (SLQ_i on the diagonal): row A (2, 4, 2), row B (0.25, 0.5, 0.5), row C (0.5, 2, 1);
   * capped at 1: A (1, 1, 1), B (0.25, 0.5, 0.5), C (0.5, 1, 1). r = A times that:
   * [[0.1, 0.2, 0.1], [0.05, 0.05, 0.15], [0.05, 0.1, 0.1]].
   *
   * <p>Regional output = national output per job x regional jobs: (100/10 x 4, 200/20 x 2, 100/20 x 4) = (40, 20, 20).
   * Z_r = r diag(x_r) = [[4, 4, 2], [2, 1, 3], [2, 2, 2]]. Labour income coefficients (0.2, 0.2, 0.2) give (8, 4, 4);
   * value added (0.6, 0.6, 0.5) gives (24, 12, 10). Households: c / H = (0.1, 0.3, 0.2), times min(1, SLQ_i) =
   * (1, 0.5, 1): (0.1, 0.15, 0.2); H_r = 100 x 16 / 80 = 20, so c_r = (2, 3, 4).
   *
   * <p>Type I output multipliers y solve y^T (I - r) = 1^T: 0.9 yA - 0.05 yB - 0.05 yC = 1,
   * -0.2 yA + 0.95 yB - 0.1 yC = 1, -0.1 yA - 0.15 yB + 0.9 yC = 1, whose solution (by elimination in fractions) is
   * y = (60/47, 1460/987, 1480/987).
   */
  @Test
  void threeSectorCilqByHand() {
    Model m = regionalize("cilq", "--national", res("three-sector"), "--regional-employment", res("three-region.csv"),
        "--method", "cilq");
    double[][] z = {{4, 4, 2}, {2, 1, 3}, {2, 2, 2}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(m.flow(i, j)).as("Z[%d][%d]", i, j).isCloseTo(z[i][j], within(EPS));
      }
    }
    assertThat(m.outputCopy()).containsExactly(new double[] {40, 20, 20}, within(EPS));
    assertThat(m.levelsCopy(Measure.JOBS)).containsExactly(new double[] {4, 2, 4}, within(EPS));
    assertThat(m.levelsCopy(Measure.LABOUR_INCOME)).containsExactly(new double[] {8, 4, 4}, within(EPS));
    assertThat(m.levelsCopy(Measure.VALUE_ADDED)).containsExactly(new double[] {24, 12, 10}, within(EPS));
    assertThat(m.householdConsumptionCopy()).containsExactly(new double[] {2, 3, 4}, within(EPS));
    assertThat(m.householdIncome()).isCloseTo(20, within(EPS));
    assertThat(m.info().name()).isEqualTo("three-sector-cilq");
    assertThat(m.info().region()).isEqualTo("three-region");
    assertThat(m.info().assumptions()).anyMatch(a -> a.contains("with CILQ: r_ij = a_ij min(1, CILQ_ij)"))
        .anyMatch(a -> a.startsWith("Regional output = national output per job x regional employment"))
        .anyMatch(a -> a.startsWith("Households: the national household column is localised"));

    assertThat(Cli.run("validate", tmp.resolve("cilq").toString()).exit()).isZero();
    Cli.Result mult = Cli.run("multipliers", "--model", tmp.resolve("cilq").toString(), "--format", "csv");
    assertThat(mult.exit()).as(mult.err()).isZero();
    String[] lines = mult.out().split("\n");
    double[] expected = {60.0 / 47, 1460.0 / 987, 1480.0 / 987};
    for (int j = 0; j < 3; j++) {
      assertThat(Double.parseDouble(lines[j + 1].split(",")[2])).isCloseTo(expected[j], within(1e-12));
    }
  }

  /**
   * FLQ with delta 0.5: lambda* = sqrt(log2(1 + 10/50)) = sqrt(0.2630344058) = 0.5128688; FLQ_BA = lambda* x 0.25,
   * so Z_r[B][A] = 0.2 x 0.25 lambda* x 40 = 2 lambda* = 1.0257376. Row A keeps its coefficients (lambda* x 2 > 1).
   */
  @Test
  void threeSectorFlqByHand() {
    Model m = regionalize("flq", "--national", res("three-sector"), "--regional-employment", res("three-region.csv"),
        "--method", "flq", "--delta", "0.5");
    double lambda = Math.sqrt(Math.log(1.2) / Math.log(2));
    assertThat(lambda).isCloseTo(0.5128688, within(1e-7));
    assertThat(m.flow(1, 0)).isCloseTo(2 * lambda, within(EPS));
    assertThat(m.flow(0, 1)).isCloseTo(4, within(EPS));
    // household row B: (c_B / H) min(1, lambda* 0.5) H_r = 0.3 x 0.2564344 x 20
    assertThat(m.householdConsumption(1)).isCloseTo(0.3 * lambda * 0.5 * 20, within(EPS));
    assertThat(m.info().assumptions()).anyMatch(a -> a.contains("FLQ (delta 0.5, lambda* 0.5129)"));
  }

  @Test
  void outputBasisGivesTheSameRegionHere() {
    // regional output (40, 20, 20) against national (100, 200, 100): the same SLQ (2, 0.5, 1) as the jobs
    Path file = tmp.resolve("out.csv");
    write(file, "code,output\nA,40\nB,20\nC,20\n");
    Model byOutput = regionalize("o", "--national", res("three-sector"), "--regional-employment", file.toString(),
        "--basis", "output", "--method", "cilq");
    Model byJobs = regionalize("e", "--national", res("three-sector"), "--regional-employment",
        res("three-region.csv"), "--method", "cilq");
    for (int i = 0; i < 3; i++) {
      assertThat(byOutput.output(i)).isCloseTo(byJobs.output(i), within(EPS));
      assertThat(byOutput.level(Measure.JOBS, i)).isCloseTo(byJobs.level(Measure.JOBS, i), within(EPS));
      for (int j = 0; j < 3; j++) {
        assertThat(byOutput.flow(i, j)).isCloseTo(byJobs.flow(i, j), within(EPS));
      }
    }
  }

  @Test
  void flqWithDeltaZeroIsCilqCappedAtOne() throws IOException {
    String[] common = {"--national", "us-2022", "--regional-employment", res("logistics-state.csv"),
        "--national-employment", res("us-2022-employment.csv")};
    Model flq = regionalize("flq0", concat(common, "--method", "flq", "--delta", "0"));
    Model cilq = regionalize("cilq", concat(common, "--method", "cilq"));
    assertThat(flq.transactionsCopy()).containsExactly(cilq.transactionsCopy());
    assertThat(Files.readString(tmp.resolve("flq0/transactions.csv")))
        .isEqualTo(Files.readString(tmp.resolve("cilq/transactions.csv")));
  }

  /** Region = nation: every quotient is 1 and lambda* = 1, so every method gives the national model back. */
  @ParameterizedTest
  @ValueSource(strings = {"slq", "cilq", "flq", "aflq"})
  void regionEqualToNationGivesTheNationBack(String method) {
    Model nation = ModelReader.read(Path.of(res("three-sector"))).model();
    Path file = tmp.resolve("nation.csv");
    write(file, "code,employment\nA,10\nB,20\nC,20\n");
    Model m = regionalize("same", "--national", res("three-sector"), "--regional-employment", file.toString(),
        "--method", method);
    for (int i = 0; i < 3; i++) {
      assertThat(m.output(i)).isCloseTo(nation.output(i), within(1e-9));
      assertThat(m.householdConsumption(i)).isCloseTo(nation.householdConsumption(i), within(1e-9));
      for (int j = 0; j < 3; j++) {
        assertThat(m.flow(i, j)).isCloseTo(nation.flow(i, j), within(1e-9));
      }
    }
    assertThat(m.householdIncome()).isCloseTo(100, within(1e-9));
    if (method.startsWith("flq") || method.startsWith("aflq")) {
      assertThat(m.info().assumptions()).anyMatch(a -> a.contains("lambda* 1)"));
    }
  }

  @Test
  void usRegionEqualToNationKeepsTheMultipliers() {
    Model nation = Models.bundled("us-2022").model();
    Model m = regionalize("us", "--national", "us-2022", "--regional-employment", res("us-2022-employment.csv"),
        "--national-employment", res("us-2022-employment.csv"), "--method", "flq");
    double[] a = MethodComparison.outputMultipliers(coefficients(nation), nation.size());
    double[] b = MethodComparison.outputMultipliers(coefficients(m), m.size());
    assertThat(b).containsExactly(a, within(1e-9));
  }

  /**
   * An imaginary logistics-heavy US state (about 2.2 % of the illustrative national jobs): for every method and every
   * sector the regional Type I output multiplier is at least 1 and at most the national one (r <= a cell by cell);
   * the model validates and runs.
   */
  @ParameterizedTest
  @ValueSource(strings = {"slq", "cilq", "flq", "aflq"})
  void usExampleRegionHasSmallerMultipliers(String method) {
    Model nation = Models.bundled("us-2022").model();
    Model m = regionalize("state-" + method, "--national", "us-2022", "--regional-employment",
        res("logistics-state.csv"), "--national-employment", res("us-2022-employment.csv"), "--method", method,
        "--region", "Logistics State", "--zero-negative-flows");
    assertThat(m.info().assumptions()).contains("Negative national flows set to zero before regionalising "
        + "(--zero-negative-flows): 111CA -> GFGN (-388.0923291771366).");
    int n = nation.size();
    double[] national = MethodComparison.outputMultipliers(coefficients(nation), n);
    double[] regional = MethodComparison.outputMultipliers(coefficients(m), n);
    double meanN = 0;
    double meanR = 0;
    for (int j = 0; j < n; j++) {
      assertThat(regional[j]).as(nation.sectors().at(j).code()).isBetween(1.0, national[j] + 1e-9);
      meanN += national[j] / n;
      meanR += regional[j] / n;
    }
    assertThat(meanR).isLessThan(meanN).isGreaterThan(1.0);
    assertThat(m.has(Measure.JOBS)).isTrue();
    assertThat(m.total(Measure.JOBS)).isEqualTo(3_517_275.0);
    assertThat(m.info().region()).isEqualTo("Logistics State");
    assertThat(Cli.run("validate", tmp.resolve("state-" + method).toString()).exit()).isZero();
    Cli.Result run = Cli.run("multipliers", "--model", tmp.resolve("state-" + method).toString(), "--quiet");
    assertThat(run.exit()).as(run.err()).isZero();
  }

  /**
   * us-2022 accepts one negative flow (111CA -> GFGN, as BEA publishes it). Its national L stays non-negative, but with
   * SLQ the positive supply chains around that cell are localised away and the regional L[111CA, GFGN] turns
   * negative: the command refuses to write such a model (exit 4, nothing written) and names the way out. With CILQ
   * the regional L stays non-negative, and the regional model.yaml accepts the cell with the national reason.
   */
  @Test
  void negativeNationalFlowsAreCarriedOnlyWhenTheRegionalModelStaysUsable() throws java.io.IOException {
    Path slq = tmp.resolve("neg-slq");
    Cli.Result r = Cli.run("model", "regionalize", "--national", "us-2022", "--regional-employment",
        res("logistics-state.csv"), "--national-employment", res("us-2022-employment.csv"), "--method", "slq",
        "--out", slq.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).hasLineCount(1).contains("the new model would keep us-2022's negative flows and fail "
        + "validation: sector GFGN: L[111CA, GFGN] = -0.0000420278 is negative").endsWith("rerun with "
        + "--zero-negative-flows to set them to zero\n");
    assertThat(slq).doesNotExist();
    Path cilq = tmp.resolve("neg-cilq");
    Cli.Result c = Cli.run("model", "regionalize", "--national", "us-2022", "--regional-employment",
        res("logistics-state.csv"), "--national-employment", res("us-2022-employment.csv"), "--method", "cilq",
        "--out", cilq.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(java.nio.file.Files.readString(cilq.resolve("model.yaml"))).contains("negative_flows:\n"
        + "  - from: \"111CA\"\n    to: \"GFGN\"\n    reason: \"regionalised from us-2022, whose model.yaml accepts "
        + "negative flows: As published: the cell holds -388.09 USD million. In BEA's 2022 use table");
    assertThat(Cli.run("validate", cilq.toString()).exit()).isZero();
  }

  @Test
  void nationalModelWithoutEmploymentNeedsTheNationalFile() {
    Cli.Result r = Cli.run("model", "regionalize", "--national", "us-2022", "--regional-employment",
        res("logistics-state.csv"), "--out", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ripple: model us-2022 has no employment data; give the nation's employment with "
        + "--national-employment FILE (code,employment)\n");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void badEmploymentFilesAreOneLineErrorsNamingFileAndLine() {
    Path unknown = tmp.resolve("unknown.csv");
    write(unknown, "code,employment\nA,4\nBB,2\nC,4\n");
    assertError(unknown, 4, unknown + ":3:1: column \"code\": no sector 'BB' in model three-sector; did you mean "
        + "'B'?");
    Path missing = tmp.resolve("missing.csv");
    write(missing, "code,employment\nA,4\nC,4\n");
    assertError(missing, 4, missing + ":1:1: sector B of model three-sector is missing; list every sector (3), "
        + "with 0 where there is none");
    Path twice = tmp.resolve("twice.csv");
    write(twice, "code,employment\nA,4\nB,2\nA,1\nC,4\n");
    assertError(twice, 4, twice + ":4:1: column \"code\": sector A is listed twice (first on line 2)");
    Path negative = tmp.resolve("negative.csv");
    write(negative, "code,employment\nA,4\nB,-2\nC,4\n");
    assertError(negative, 4, negative + ":3:3: column \"employment\": employment must be non-negative, was -2");
    Path text = tmp.resolve("text.csv");
    write(text, "code,employment\nA,4\nB,two\nC,4\n");
    assertError(text, 4, text + ":3:3: column \"employment\": expected a number, found text \"two\"");
    Path above = tmp.resolve("above.csv");
    write(above, "code,employment\nA,4\nB,21\nC,4\n");
    assertError(above, 4, above + ":3:3: regional value 21 exceeds the national 20 (employment of three-sector)");
    Path column = tmp.resolve("column.csv");
    write(column, "code,jobs\nA,4\nB,2\nC,4\n");
    assertError(column, 4, column + ":1:1: missing column 'employment'");
    assertError(tmp.resolve("absent.csv"), 5, null);
  }

  @Test
  void usageErrors() {
    String[] base = {"model", "regionalize", "--national", res("three-sector"), "--regional-employment",
        res("three-region.csv")};
    assertUsage(concat(base, "--method", "cilq", "--delta", "0.3", "--out", tmp.resolve("a").toString()),
        "--delta is used by flq and aflq only, not cilq");
    assertUsage(concat(base, "--compare", "--out", tmp.resolve("a").toString()), "--compare and --source");
    assertUsage(base, "-o/--output DIR is required with --national");
    assertUsage(concat(base, "--basis", "jobs", "--out", tmp.resolve("a").toString()),
        "--basis must be employment or output, was jobs");
    assertUsage(new String[] {"model", "regionalize", "--regional-employment", res("three-region.csv"), "--out",
        tmp.resolve("a").toString()}, "--national MODEL and --regional-employment FILE go together");
    assertThat(tmp.resolve("a")).doesNotExist();
  }

  @Test
  void sameBytesInAnyLocale() throws IOException {
    Locale saved = Locale.getDefault();
    List<String> seen = new ArrayList<>();
    try {
      for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
        Locale.setDefault(l);
        String dir = "loc-" + seen.size();
        regionalize(dir, "--national", res("three-sector"), "--regional-employment", res("three-region.csv"),
            "--method", "aflq", "--delta", "0.25");
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("model.yaml", "sectors.csv", "transactions.csv", "industry.csv")) {
          sb.append(Files.readString(tmp.resolve(dir).resolve(f), StandardCharsets.UTF_8));
        }
        seen.add(sb.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(seen.get(1)).isEqualTo(seen.get(0));
    assertThat(seen.get(2)).isEqualTo(seen.get(0));
  }

  private void assertError(Path file, int exit, String line) {
    Cli.Result r = Cli.run("model", "regionalize", "--national", res("three-sector"), "--regional-employment",
        file.toString(), "--method", "slq", "--out", tmp.resolve("err").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).endsWith("\n").doesNotContain("\tat ");
    assertThat(r.err().strip()).doesNotContain("\n");
    if (line != null) {
      assertThat(r.err()).isEqualTo("ripple: " + line + "\n");
    }
    assertThat(r.out()).isEmpty();
    assertThat(tmp.resolve("err")).doesNotExist();
  }

  private static void assertUsage(String[] args, String message) {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double[] coefficients(Model m) {
    int n = m.size();
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = m.output(j) == 0 ? 0 : m.flow(i, j) / m.output(j);
      }
    }
    return a;
  }
}

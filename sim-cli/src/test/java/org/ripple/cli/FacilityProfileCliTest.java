package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closure's {@code annual_pay} and {@code purchases} through the command line, on Miller and Blair's two-sector
 * table (A = [[0.15, 0.25], [0.2, 0.05]], det(I - A) = 0.7575, w = (0.3, 0.25), c/H = (0.125, 0.25)) with a
 * labour income of 1.25 per unit of wages: a plant in A with output 100, 5 jobs at a pay of 40 and purchases of
 * 0.1 from B per unit of output. By hand: direct labour income -5 x 40 x 1.25 = -250; indirect output
 * -100 x (L p) summed = -100 x (0.025 + 0.085) / 0.7575; indirect labour income -100 x 0.02875 / 0.7575; and the
 * households' total income change h solves h = -250 - 2.875 / 0.7575 + m h with m = w L c/H = 0.11375 / 0.7575.
 */
class FacilityProfileCliTest {
  private static final String PLANT = "name: s\nclosures:\n  - name: plant\n    sector: A\n    jobs: 5\n"
      + "    annual_output: 100\n";

  @TempDir
  Path dir;

  private Path model() throws IOException {
    return BadInputsCliTest.model(dir, "m", BadInputsCliTest.MODEL_YAML + "labour_income_per_wage: 1.25\n",
        BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
  }

  private Cli.Result run(String scenario, Path out) throws IOException {
    Path s = BadInputsCliTest.write(dir, "s.yaml", scenario);
    return Cli.run("run", s.toString(), "--model", model().toString(), "--format", "csv", "--output",
        out.toString());
  }

  /** The summary row of an effect: jobs, labour income, value added, output. */
  private static double[] summary(Path csv, String effect) throws IOException {
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",", -1);
      if (f[0].equals("summary") && f[4].equals(effect)) {
        return new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
            Double.parseDouble(f[8])};
      }
    }
    throw new AssertionError("no summary row for " + effect + " in " + Files.readString(csv));
  }

  @Test
  void payAndPurchasesGiveTheHandComputedEffects() throws IOException {
    Path out = dir.resolve("r.csv");
    Cli.Result r = run(PLANT + "    annual_pay: 40\n    purchases:\n      - {sector: B, share: 0.1}\n", out);
    assertThat(r.exit()).as(r.err()).isZero();
    double[] direct = summary(out, "direct");
    double[] indirect = summary(out, "indirect");
    double[] total = summary(out, "total");
    assertThat(direct[1]).isCloseTo(-250, within(1e-9));
    assertThat(direct[0]).as("direct jobs stay e_A x output").isCloseTo(-10, within(1e-9));
    assertThat(indirect[3]).isCloseTo(-100 * 0.11 / 0.7575, within(1e-9));
    assertThat(indirect[1]).isCloseTo(-100 * 0.02875 / 0.7575, within(1e-9));
    double h = (-250 - 2.875 / 0.7575) / (1 - 0.11375 / 0.7575);
    assertThat(total[1]).isCloseTo(h, within(1e-9));
  }

  @Test
  void withoutAProfileTheSectorAveragesApply() throws IOException {
    Path out = dir.resolve("r.csv");
    Cli.Result r = run(PLANT, out);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(summary(out, "direct")[1]).isCloseTo(-30, within(1e-9)); // w_A x 100
    assertThat(summary(out, "indirect")[3]).isCloseTo(-100 * (0.95 + 0.2 - 0.7575) / 0.7575, within(1e-9));
  }

  @Test
  void badProfilesAreOneLineErrorsNamingTheField() throws IOException {
    for (List<String> c : List.of(
        List.of("    purchases:\n      - {sector: B, share: 0.6}\n      - {sector: A, share: 0.5}\n",
            "closures[0].purchases: the purchase shares add up to 1.1"),
        List.of("    purchases:\n      - {sector: B, share: -0.1}\n", "closures[0].purchases[0].share"),
        List.of("    purchases:\n      - {sector: B, share: 1.5}\n",
            "closures[0].purchases[0].share: must be a share in [0, 1], was 1.5"),
        List.of("    purchases:\n      - {sector: B, share: 0.1}\n      - {sector: B, share: 0.2}\n",
            "closures[0].purchases[1].sector: sector 'B' is listed twice in the purchases"),
        List.of("    purchases:\n      - {sector: C, share: 0.1}\n", "closures[0].purchases[0].sector: unknown sector 'C'"),
        List.of("    purchases:\n      - {sector: B}\n", "share"),
        List.of("    purchases: []\n", "closures[0].purchases: the list is empty"),
        List.of("    annual_pay: 0\n", "closures[0].annual_pay: must be greater than 0"))) {
      Path out = dir.resolve("r.csv");
      Cli.Result r = run(PLANT + c.get(0), out);
      assertThat(r.exit()).as(c.get(0) + r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).hasLineCount(1).startsWith("ripple: ").contains(c.get(1));
      assertThat(out).doesNotExist();
    }
  }

  /**
   * quebec-2021 counts money in CAD thousands: a negative pay or output is refused as the scenario wrote it (was -5),
   * not in the model's unit (it was once reported as -0.005).
   */
  @Test
  void aNegativeAmountIsReportedAsWritten() throws IOException {
    for (String field : List.of("annual_pay", "annual_output")) {
      Path s = dir.resolve("neg-" + field + ".yaml");
      Files.writeString(s, "name: t\nclosures:\n  - name: plant\n    sector: TRANSPORT\n    jobs: 10\n    " + field
          + ": -5\n");
      Cli.Result r = Cli.run("run", s.toString(), "--model", "quebec-2021");
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).hasLineCount(1).contains("closures[0]." + field + ": must be greater than 0, was -5")
          .doesNotContain("0.005");
    }
  }

  @Test
  void aModelFactorOutsideOneToTwoIsABadModel() throws IOException {
    Path m = BadInputsCliTest.model(dir, "bad", BadInputsCliTest.MODEL_YAML + "labour_income_per_wage: 0.8\n",
        BadInputsCliTest.SECTORS, BadInputsCliTest.TRANSACTIONS, BadInputsCliTest.INDUSTRY);
    Cli.Result r = Cli.run("validate", m.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(r.err()).contains("labour_income_per_wage").contains("between 1 and 2");
  }

  /**
   * The flagship's fulfilment centre: 500 jobs at annual_pay 46,510 CAD, times quebec-2021's labour_income_per_wage
   * 1.0830153 (the employer's social contributions over the wage bill), is 50.3710 CAD thousands of labour income per
   * job and 500 x 50.3710 = 25,185.5 CAD thousands; the note writes the figures plainly, grouped.
   */
  @Test
  void theFlagshipsPayNoteWritesItsFiguresPlainly() {
    Cli.Result r = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(46510 * 1.0830153205953894 / 1000).isCloseTo(50.3710, within(5e-5));
    assertThat(r.out()).contains("Fulfilment centre: facility pay: the direct labour income is 500 jobs x 50.3710 "
        + "CAD thousands of labour income per job (annual_pay x the model's factor) = 25,185.5 CAD thousands; the "
        + "sector's average for the same output is 32,436.4 CAD thousands");
  }
}

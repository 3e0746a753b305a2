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
   * The flagship's fulfilment centre: 500 jobs at annual_pay 46,510 CAD of 2021, which is 53,933 CAD of 2025, where
   * the employer pays EI 989.14, QPP 3,227.73 and QPIP 373.22 (hand-computed factor 1.085107), is 50.4683 CAD
   * thousands of labour income per job and 500 x 50.4683 = 25,234.2 CAD thousands; the note writes the figures
   * plainly, grouped, with the contributions.
   */
  @Test
  void theFlagshipsPayNoteWritesItsFiguresPlainly() {
    Cli.Result r = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(46510 * TransportClosedForm.employerFactor(46510) / 1000).isCloseTo(50.4683, within(5e-5));
    assertThat(r.out()).contains("Fulfilment centre: facility pay: the direct labour income is 500 jobs x 50.4683 "
        + "CAD thousands of labour income per job (annual_pay x 1.0851, 1 + Quebec's employer EI 989.14, QPP "
        + "3,227.73 and QPIP 373.22 CAD at that pay in CAD of 2025, 53,933 (the pay x CPI 2025 / 2021 = 1.1596; "
        + "tax-parameters-2025.csv)) = 25,234.2 CAD thousands; the sector's average for the same output is 32,436.7 "
        + "CAD thousands");
  }

  /**
   * A subcontractor loss states a profile too: delivery partners in B, additive, 5 jobs (output 5 / e_B = 200) at a
   * pay of 40, buying 0.1 of their output from A. By hand: direct labour income -5 x 40 x 1.25 = -250 (the sector's
   * average would be -0.25 x 200 = -50); indirect output -200 x (L p) summed = -200 x 0.1 x 1.15 / 0.7575; with
   * p in place of B's column (0.25, 0.05), the indirect labour income is -200 x (w L p); the households' income h
   * solves h = -250 + indirect + m h.
   */
  @Test
  void aSubcontractorStatesItsPayAndPurchasesLikeAClosure() throws IOException {
    Path out = dir.resolve("r.csv");
    Cli.Result r = run("name: s\nsubcontractors:\n  - name: partners\n    sector: B\n    jobs: 5\n"
        + "    mode: additive\n    annual_pay: 40\n    purchases:\n      - {sector: A, share: 0.1}\n", out);
    assertThat(r.exit()).as(r.err()).isZero();
    double[] direct = summary(out, "direct");
    double[] indirect = summary(out, "indirect");
    double[] total = summary(out, "total");
    assertThat(direct[0]).isCloseTo(-5, within(1e-9));
    assertThat(direct[1]).isCloseTo(-250, within(1e-9));
    double lp = 0.1 * 1.15 / 0.7575; // L p summed, p = (0.1, 0)
    assertThat(indirect[3]).isCloseTo(-200 * lp, within(1e-9));
    double wlp = 0.1 * (0.3 * 0.95 + 0.25 * 0.2) / 0.7575; // w L p
    assertThat(indirect[1]).isCloseTo(-200 * wlp, within(1e-9));
    double h = (-250 - 200 * wlp) / (1 - 0.11375 / 0.7575);
    assertThat(total[1]).isCloseTo(h, within(1e-9));
    Cli.Result json = Cli.run("run", dir.resolve("s.yaml").toString(), "--model", model().toString(), "--format",
        "json");
    assertThat(json.out()).contains("facility pay: the direct labour income is 5 jobs x 50.0000")
        .contains("facility purchases: its own regional purchases (0.1000 per unit of output, 1 sectors)");
  }

  @Test
  void aSubcontractorsBadProfileIsAOneLineErrorNamingTheField() throws IOException {
    String partners = "name: s\nsubcontractors:\n  - name: partners\n    sector: B\n    jobs: 5\n";
    for (List<String> c : List.of(
        List.of("    annual_pay: 0\n", "subcontractors[0].annual_pay: must be greater than 0, was 0"),
        List.of("    purchases:\n      - {sector: A, share: 0.7}\n      - {sector: B, share: 0.3}\n",
            "subcontractors[0].purchases: the purchase shares add up to 1"),
        List.of("    purchases:\n      - {sector: Z, share: 0.1}\n",
            "subcontractors[0].purchases[0].sector: unknown sector 'Z'"),
        List.of("    purchases: []\n", "subcontractors[0].purchases: the list is empty"),
        List.of("    anual_pay: 30\n", "annual_pay"))) {
      Path out = dir.resolve("r.csv");
      Cli.Result r = run(partners + c.get(0), out);
      assertThat(r.exit()).as(c.get(0) + r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).hasLineCount(1).startsWith("ripple: ").contains(c.get(1));
      assertThat(out).doesNotExist();
    }
  }

  private static String transportClosure(String purchase) {
    return "name: t\nclosures:\n  - name: plant\n    sector: TRANSPORT\n    jobs: 100\n    purchases:\n"
        + "      - " + purchase + "\n";
  }

  private Cli.Result runOn(String model, String scenario, String... more) throws IOException {
    Path s = BadInputsCliTest.write(dir, "p.yaml", scenario);
    String[] args = new String[4 + more.length];
    args[0] = "run";
    args[1] = s.toString();
    args[2] = "--model";
    args[3] = model;
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  /** A purchase names its sector as a shock does: NAICS 44 is TRADE by quebec-2021's concordance (prefix 44). */
  @Test
  void aPurchaseMayNameItsSectorByNaics() throws IOException {
    Cli.Result byCode = runOn("quebec-2021", transportClosure("{sector: TRADE, share: 0.05}"), "--format", "json");
    Cli.Result byNaics = runOn("quebec-2021", transportClosure("{naics: \"4411\", share: 0.05}"), "--format", "json");
    assertThat(byCode.exit()).as(byCode.err()).isZero();
    assertThat(byNaics.exit()).as(byNaics.err()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(byNaics.out()).get("summary")).isEqualTo(json.readTree(byCode.out()).get("summary"));
    Cli.Result table = runOn("quebec-2021", transportClosure("{naics: \"4411\", share: 0.05}"));
    assertThat(table.out()).contains("closures[0].purchases[0]: NAICS 4411 mapped to sector TRADE");
  }

  @Test
  void aPurchasesNaicsIsRefusedAsAShocksIs() throws IOException {
    for (List<String> c : List.of(
        List.of("quebec-2021", "{sector: TRADE, naics: \"44\", share: 0.05}",
            "closures[0].purchases[0].naics: give sector or naics, not both"),
        List.of("quebec-2021", "{naics: \"4x\", share: 0.05}",
            "closures[0].purchases[0].naics: a NAICS code is 2 to 6 digits, was '4x'"),
        List.of("quebec-2021", "{naics: \"99\", share: 0.05}",
            "closures[0].purchases[0].naics: NAICS 99 matches no prefix of concordance.csv"),
        List.of("quebec-2021", "{share: 0.05}", "closures[0].purchases[0].sector: a non-empty value is required"))) {
      Cli.Result r = runOn(c.get(0), transportClosure(c.get(1)));
      assertThat(r.exit()).as(c.get(1) + r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).hasLineCount(1).startsWith("ripple: ").contains(c.get(2));
    }
    // a model without a concordance says so at the purchase
    Path out = dir.resolve("r.csv");
    Cli.Result r = run(PLANT + "    purchases:\n      - {naics: \"44\", share: 0.1}\n", out);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("closures[0].purchases[0].naics: model t has no concordance.csv");
  }

  /** On the ten-province model, a bare purchase code is placed in the scenario's region, like the shock's own. */
  @Test
  void aPurchaseIsPlacedInTheScenariosRegion() throws IOException {
    String bare = "region: Quebec\n" + transportClosure("{sector: TRADE, share: 0.05}");
    String coded = transportClosure("{sector: QC.TRADE, share: 0.05}").replace("sector: TRANSPORT",
        "sector: QC.TRANSPORT");
    Cli.Result a = runOn("canada-provinces-2021", bare, "--format", "json");
    Cli.Result b = runOn("canada-provinces-2021", coded, "--format", "json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(a.out()).get("summary")).isEqualTo(json.readTree(b.out()).get("summary"));
    Cli.Result bad = runOn("canada-provinces-2021", "region: Quebec\n" + transportClosure("{sector: TRAD, share: 0.05}"));
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(bad.err()).hasLineCount(1).contains("closures[0].purchases[0].sector: unknown sector 'TRAD' in region");
  }

  /**
   * EI replaces its rate of the closure's own pay, as the fiscal account's EI benefits do: 80,000 CAD of 2021 is
   * 92,768 CAD of 2025, above the 65,700 maximum, so EI replaces 0.55 x 65,700 / 92,768 = 38.95 % (at the sector's
   * average labour income per job, 64,900, it would be the full 55 %).
   */
  @Test
  void incomeReplacementUsesTheClosuresPay() throws IOException {
    String s = "name: t\nhorizon: {start: 2025-01-01, end: 2025-12-31}\nincome_replacement: {}\nclosures:\n"
        + "  - name: plant\n    sector: TRANSPORT\n    jobs: 100\n    annual_pay: 80000\n";
    Cli.Result r = runOn("quebec-2021", s, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    double rho = 0.55 * 65_700 / (80_000 * 164.2 / 141.6);
    assertThat(rho).isCloseTo(0.3895, within(5e-5));
    assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "plant: EI replaces %.1f%% of lost pay (rate "
        + "55.0%% of insurable earnings, up to 65,700, of the annual_pay stated for its jobs, 92,768 a year)",
        100 * rho));
    Cli.Result average = runOn("quebec-2021", s.replace("    annual_pay: 80000\n", ""), "--format", "json");
    assertThat(average.out()).contains("plant: EI replaces 55.0% of lost pay (rate 55.0% of insurable earnings)");
  }
}

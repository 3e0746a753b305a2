package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closure's {@code employer_payroll} through the command line on quebec-2021: checked as written, carried to CAD
 * of 2025 like {@code annual_pay} (x 164.2 / 141.6), and the direct jobs' Health Services Fund at the schedule's rate.
 */
class EmployerPayrollCliTest {
  private static final double PRICE = 164.2 / 141.6;
  private static final String SITE = "name: t\nmodel: quebec-2021\nclosures:\n  - name: site\n    sector: TRANSPORT\n"
      + "    jobs: 50\n    annual_pay: 40000\n";

  @TempDir
  Path dir;

  private static double directHsf(Cli.Result r) throws IOException {
    return direct(r, "provincial.hsf.employer");
  }

  private static double direct(Cli.Result r, String key) throws IOException {
    JsonNode items = new ObjectMapper().readTree(r.out()).path("fiscal").path("items");
    for (JsonNode item : items) {
      if (item.path("item").asText().equals(key)) {
        return item.path("direct").asDouble();
      }
    }
    throw new AssertionError("no line " + key + " in " + r.out());
  }

  /**
   * On canada-provinces-2021, 50 Ontario jobs at 40,000 CAD of 2021 at an employer of 3,000,000 CAD of 2021
   * (3,478,813.6 of 2025): the EHT is 1.95 % of the payroll above the 1,000,000 CAD exemption (under the 5,000,000
   * limit), an average rate of 0.0195 x 2,478,813.6 / 3,478,813.6 = 1.38946 %, so the direct line is
   * -50 x 46,384.18 x 0.0138946 = -32,224.6 CAD; the indirect and induced jobs' line at a small employer's rate is 0
   * (exempt).
   */
  @Test
  void anOntarioEmployerBelowTheLimitHasItsExemption() throws IOException {
    Path s = BadInputsCliTest.write(dir, "on.yaml", "name: on\nmodel: canada-provinces-2021\nregion: Ontario\n"
        + "closures:\n  - name: depot\n    sector: TRANSPORT\n    jobs: 50\n    annual_pay: 40000\n"
        + "    employer_payroll: 3000000\n");
    Cli.Result r = Cli.run("run", s.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    double w = 3_000_000 * PRICE;
    double rate = 0.0195 * (w - 1_000_000) / w;
    assertThat(rate).isCloseTo(0.0138946, within(5e-8));
    assertThat(direct(r, "ontario.payroll_tax.employer")).isCloseTo(-50 * 40_000 * PRICE * rate, within(1e-6));
    assertThat(r.out()).contains("depot: schedule at 3,478,814 CAD stated employer payroll, 1.38946 %")
        .containsPattern("Ontario -[0-9,]+ CAD \\(0 CAD\\)");
  }

  /**
   * 50 jobs at 40,000 CAD of 2021 (46,384.18 of 2025) at an employer of 2,000,000 CAD of 2021 (2,319,209.04 of
   * 2025), TRANSPORT (NAICS 48, 49: other sectors): 1.2662 + 0.3838 x 2.31920904 = 2.15631, 2.16 %; so the direct
   * line is -50 x 46,384.18 x 0.0216 = -50,094.92 CAD, against -50 x 46,384.18 x 0.0426 = -98,798.31 at the top rate.
   */
  @Test
  void theDirectJobsBearTheScheduleAtTheStatedPayroll() throws IOException {
    Path stated = BadInputsCliTest.write(dir, "stated.yaml", SITE + "    employer_payroll: 2000000\n");
    Path top = BadInputsCliTest.write(dir, "top.yaml", SITE);
    Cli.Result a = Cli.run("run", stated.toString(), "--format", "json");
    Cli.Result b = Cli.run("run", top.toString(), "--format", "json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    double pay = 40_000 * PRICE;
    assertThat(directHsf(a)).isCloseTo(-50 * pay * 0.0216, within(1e-6));
    assertThat(directHsf(b)).isCloseTo(-50 * pay * 0.0426, within(1e-6));
    assertThat(a.out()).contains("site: schedule at 2,319,209 CAD stated employer payroll (other sectors, TRANSPORT "
        + "is NAICS 48, 49), 2.16 %");
    // 50 x 46,384 = 2,319,209 CAD is below 7,800,000: the top rate is an assumption
    assertThat(b.out()).contains("site: top rate 4.26 %, employer payroll not stated, assumption");
  }

  /** A negative, a text or a payroll below the facility's own (50 x 40,000 = 2,000,000) is refused in one line. */
  @Test
  void badEmployerPayrollsAreRefused() throws IOException {
    for (List<String> c : List.of(
        List.of("-5", "closures[0].employer_payroll: must be greater than 0, was -5"),
        List.of("0", "closures[0].employer_payroll: must be greater than 0, was 0"),
        List.of("lots", "closures[0].employer_payroll: expected a number, found text \"lots\""),
        List.of("1999999", "closures[0].employer_payroll: the employer's total payroll is below the facility's own, "
            + "jobs x annual_pay"))) {
      Path s = BadInputsCliTest.write(dir, "bad.yaml", SITE + "    employer_payroll: " + c.get(0) + "\n");
      Path out = dir.resolve("r.json");
      Cli.Result r = Cli.run("run", s.toString(), "--format", "json", "--output", out.toString());
      assertThat(r.exit()).as(c.get(0) + r.err()).isEqualTo(ExitCodes.BAD_SCENARIO);
      assertThat(r.err()).hasLineCount(1).startsWith("ripple: ").contains(s.toString(), c.get(1));
      assertThat(out).doesNotExist();
    }
    Path sub = BadInputsCliTest.write(dir, "sub.yaml", "name: t\nmodel: quebec-2021\nsubcontractors:\n"
        + "  - name: partners\n    sector: TRANSPORT\n    jobs: 10\n    employer_payroll: -1\n");
    Cli.Result r = Cli.run("run", sub.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).contains("subcontractors[0].employer_payroll: must be greater than 0");
  }
}

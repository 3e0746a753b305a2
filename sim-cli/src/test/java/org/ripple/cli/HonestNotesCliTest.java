package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose effects are all zero for a reason the reader may not see says why where the reader looks: in the
 * terminal's notes, or under the terminal's period table (the core's rules: HonestNotesTest; a sector losing more
 * jobs than it employs: PhysicalBoundsCliTest).
 */
class HonestNotesCliTest {
  @TempDir
  Path dir;

  @Test
  void aClosureAfterTheHorizonSaysSoUnderThePeriodTable() throws IOException {
    Path s = BadInputsCliTest.write(dir, "late.yaml", "name: late\nhorizon: {start: 2025-01-01, end: 2025-12-31}\n"
        + "closures:\n  - name: plant\n    sector: TRANSPORT\n    jobs: 100\n    effective: 2026-03-01\n");
    Cli.Result r = Cli.run("run", s.toString(), "--model", "quebec-2021");
    assertThat(r.exit()).as(r.err()).isZero();
    String table = r.out().substring(r.out().indexOf("Timeline, 2025-01-01"));
    assertThat(table).contains("  Total        365              0              0              0              0")
        .contains("plant takes effect on 2026-03-01, after the horizon ends (2025-12-31): it has no effect in any "
            + "period; extend the horizon or check the date");
    Cli.Result inside = Cli.run("run", BadInputsCliTest.write(dir, "in.yaml", "name: in\nhorizon: {start: "
        + "2025-01-01, end: 2025-12-31}\nclosures:\n  - name: plant\n    sector: TRANSPORT\n    jobs: 100\n").toString(),
        "--model", "quebec-2021");
    assertThat(inside.out()).doesNotContain("after the horizon");
  }

  @Test
  void anOutputBelowOneCurrencyUnitSaysSoInTheNotes() throws IOException {
    Path s = BadInputsCliTest.write(dir, "tiny.yaml", "name: tiny\nclosures:\n  - name: plant\n"
        + "    sector: TRANSPORT\n    annual_output: 0.5\n");
    Cli.Result r = Cli.run("run", s.toString(), "--model", "quebec-2021");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().substring(r.out().indexOf("\nNotes"))).contains("every effect is zero or rounds to zero: the "
        + "shocks change final demand by 0.500 CAD a year in all, less than one CAD; amounts are in plain currency "
        + "units, not thousands or millions");
  }
}

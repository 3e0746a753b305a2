package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ripple.cli.Cli;

/** Terminal tables (units row, quiet, colour) and when colour and progress are shown. */
class TerminalTableTest {
  private static final String FLAGSHIP = Cli.scenario("quebec-amazon-2025.yaml").toString();

  @Test
  void tableHasUnitsRowGroupedNumbersAndNoColourWhenNotATerminal() {
    Cli.Result r = Cli.run("run", FLAGSHIP);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("persons      CAD M/year      CAD M/year      CAD M/year")
        .contains("  Total               -5,135          -299.1          -616.5        -1,195.7")
        .contains("Scenario: quebec-amazon-2025").contains("Units:").contains("Notes")
        .doesNotContain("\u001b[");
  }

  @Test
  void quietLeavesOutBannersAndNotes() {
    Cli.Result r = Cli.run("run", FLAGSHIP, "--quiet", "--no-color");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Impact\n").doesNotContain("Scenario:").doesNotContain("Units:")
        .doesNotContain("Notes").contains("persons").contains("-5,135");
    Cli.Result m = Cli.run("multipliers", "-q");
    assertThat(m.out()).doesNotContain("Multipliers of").contains("per 1M").contains("TRANSPORT");
  }

  @Test
  void colourMarksLossesRedAndKeepsAlignment() {
    ReportFixture f = ReportFixture.flagship();
    String plain = new RunReport(f.result(), f.meta(), TableStyle.PLAIN).table();
    String colour = new RunReport(f.result(), f.meta(), new TableStyle(true, false)).table();
    assertThat(colour).contains(TableStyle.RED + "          -5,135" + TableStyle.RESET);
    assertThat(colour.replace(TableStyle.RED, "").replace(TableStyle.RESET, "")).isEqualTo(plain);
    assertThat(new RunReport(f.result(), f.meta()).table()).isEqualTo(plain);
  }

  /**
   * The table is streamed to its target row by row: what arrives is the same text, the colour passing only when the
   * escaping writer lets it (stdout on a terminal) and shown escaped otherwise.
   */
  @Test
  void theStreamedTableIsTheSameTextAndItsColourPassesOnlyWhenAllowed() throws Exception {
    ReportFixture f = ReportFixture.flagship();
    RunReport report = new RunReport(f.result(), f.meta(), new TableStyle(true, false));
    java.io.StringWriter passed = new java.io.StringWriter();
    report.write(OutputFormat.TABLE, org.ripple.cli.io.TerminalText.escaping(passed, true));
    assertThat(passed.toString()).isEqualTo(report.table());
    java.io.StringWriter escaped = new java.io.StringWriter();
    report.write(OutputFormat.TABLE, org.ripple.cli.io.TerminalText.escaping(escaped, false));
    assertThat(escaped.toString()).doesNotContain(TableStyle.RED).contains("\\u001b[31m          -5,135");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertThat(Terminal.colour(false, Map.of(), true)).isTrue();
    assertThat(Terminal.colour(false, Map.of(), false)).as("not a terminal").isFalse();
    assertThat(Terminal.colour(true, Map.of(), true)).as("--no-color").isFalse();
    assertThat(Terminal.colour(false, Map.of("NO_COLOR", "1"), true)).as("NO_COLOR").isFalse();
    assertThat(Terminal.colour(false, Map.of("NO_COLOR", ""), true)).as("empty NO_COLOR is unset").isTrue();
    assertThat(Terminal.colour(false, Map.of("TERM", "dumb"), true)).isFalse();
  }

  @Test
  void progressOnlyOnATerminalOutsideCi() {
    assertThat(Terminal.progress(false, Map.of(), true)).isTrue();
    assertThat(Terminal.progress(false, Map.of("CI", "true"), true)).isFalse();
    assertThat(Terminal.progress(false, Map.of(), false)).isFalse();
    assertThat(Terminal.progress(true, Map.of(), true)).as("--quiet").isFalse();
    StringWriter sw = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(sw), true, "report", 4)) {
      p.step("solve");
      p.step("write");
    }
    assertThat(sw.toString()).contains("\rreport [" + "#".repeat(12) + ".".repeat(12) + "]  50% write")
        .endsWith("\r");
    assertThat(Progress.line("x", 4, 4, "")).isEqualTo("x [" + "#".repeat(24) + "] 100%");
    StringWriter none = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(none), false, "report", 4)) {
      p.step("solve");
    }
    assertThat(none.toString()).isEmpty();
  }
}

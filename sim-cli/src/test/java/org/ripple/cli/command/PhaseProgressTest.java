package org.ripple.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ripple.cli.Cli;
import org.ripple.cli.output.Progress;

/** run and multipliers show their phases on a progress bar (on a terminal only), driven by the profile marks. */
class PhaseProgressTest {
  @Test
  void eachPhaseAdvancesTheBarAndNamesWhatComesNext() {
    StringWriter sw = new StringWriter();
    try (Progress bar = Progress.start(new PrintWriter(sw, true), true, "run", 4)) {
      SolverOption.Profile profile = new SolverOption().start(bar);
      profile.mark("read");
      assertThat(sw.toString()).contains("run [######..................]  25% checking and factorising the model");
      profile.mark("build");
      assertThat(sw.toString()).contains(" 50% solving");
      profile.markDraws(10);
      assertThat(sw.toString()).contains(" 75% writing");
    }
    assertThat(sw.toString()).endsWith("\r");
  }

  @Test
  void nothingIsDrawnWhenStderrIsNotATerminal() {
    Cli.Result r = Cli.run("run", Cli.scenario("quebec-amazon-2025.yaml").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    Cli.Result m = Cli.run("multipliers");
    assertThat(m.err()).isEmpty();
  }
}

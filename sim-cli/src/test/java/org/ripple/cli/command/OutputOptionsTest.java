package org.ripple.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.cli.output.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one place a result is written erases the command's bars first: no command can leave half a bar before it. */
class OutputOptionsTest {
  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Override
    public void run() {}
  }

  @Test
  void emitErasesEveryBarBeforeTheFirstCharacterOfTheResult() {
    StringWriter terminal = new StringWriter(); // stdout and stderr share a terminal
    PrintWriter shared = new PrintWriter(terminal, true);
    CommandLine cl = new CommandLine(new Probe());
    cl.setOut(shared);
    cl.setErr(shared);
    OutputOptions options = new OutputOptions();
    Progress phases = options.track(Progress.start(shared, true, "run", 4));
    phases.step("solving");
    Progress draws = options.track(Progress.start(shared, true, "draws", 10));
    draws.advance(3, "");
    options.emit(cl.getCommandSpec(), "Scenario: x\n", List.of());
    String written = terminal.toString();
    int result = written.indexOf("Scenario: x");
    assertThat(result).isPositive();
    String beforeResult = written.substring(0, result);
    // each bar's last drawing is followed by its erasure: a carriage return, blanks, a carriage return
    assertThat(beforeResult).endsWith("\r");
    assertThat(beforeResult.substring(beforeResult.lastIndexOf("draws ["))).matches("(?s)draws \\[.*\\r +\\r");
    assertThat(beforeResult.substring(beforeResult.lastIndexOf("run ["))).contains("\r" + " ".repeat(10));
    assertThat(written.substring(result)).isEqualTo("Scenario: x\n");
    phases.step("writing");
    assertThat(terminal.toString()).as("a closed bar draws nothing more").isEqualTo(written);
  }
}

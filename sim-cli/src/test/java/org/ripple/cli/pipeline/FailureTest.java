package org.ripple.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.core.ModelException;
import org.ripple.core.ScenarioException;

/** Every exception kind becomes its exit code and one line, by its type whatever its message says. */
class FailureTest {
  @Test
  void anInputErrorKeepsItsOwnExitCodeAndPlace() {
    Failure f = Failure.of(new InputException("s.yaml", 3, 5, "closures[0].jobs", "must be positive",
        ExitCodes.BAD_SCENARIO));
    assertThat(f).isEqualTo(new Failure(ExitCodes.BAD_SCENARIO, "s.yaml:3:5: closures[0].jobs: must be positive",
        false));
    assertThat(Failure.of(new InputException(null, 0, 0, null, "gone", ExitCodes.IO)).exitCode())
        .isEqualTo(ExitCodes.IO);
  }

  @Test
  void scenarioModelAndIoErrorsHaveTheirCodes() {
    assertThat(Failure.of(new ScenarioException("offsets[1].share", "must be in [0, 1]")))
        .isEqualTo(new Failure(ExitCodes.BAD_SCENARIO, "offsets[1].share: must be in [0, 1]", false));
    assertThat(Failure.of(new ScenarioException(null, "no shocks")).message()).isEqualTo("no shocks");
    assertThat(Failure.of(new ModelException("A", "internal error: the model is singular")))
        .isEqualTo(new Failure(ExitCodes.BAD_MODEL, "internal error: the model is singular", false));
    assertThat(Failure.of(new UncheckedIOException(new IOException("disk full"))))
        .isEqualTo(new Failure(ExitCodes.IO, "cannot read or write a file: disk full", false));
  }

  @Test
  void anythingElseIsInternalWhatEverItsMessageSays() {
    Failure f = Failure.of(new IllegalStateException("bad scenario: exit 3"));
    assertThat(f.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(f.internal()).isTrue();
    assertThat(f.message()).isEqualTo("internal error: java.lang.IllegalStateException: bad scenario: exit 3");
  }

  @Test
  void printsOneLineAndTheTraceOnlyWhenVerbose() {
    StringWriter quiet = new StringWriter();
    int code = Failure.print(new IllegalStateException("x"), new PrintWriter(quiet), "ripple", false, true);
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(quiet.toString()).isEqualTo("ripple: internal error: java.lang.IllegalStateException: x (run with "
        + "--verbose for details)" + System.lineSeparator());

    StringWriter spark = new StringWriter();
    Failure.print(new IllegalStateException("x"), new PrintWriter(spark), "ripple-spark", false, false);
    assertThat(spark.toString()).isEqualTo("ripple-spark: internal error: java.lang.IllegalStateException: x"
        + System.lineSeparator());

    StringWriter verbose = new StringWriter();
    Failure.print(new ScenarioException("name", "is empty"), new PrintWriter(verbose), "ripple", true, true);
    String[] lines = verbose.toString().split(System.lineSeparator());
    assertThat(lines[0]).contains("ScenarioException");
    assertThat(lines[lines.length - 1]).isEqualTo("ripple: name: is empty");
  }

  /** A command that runs out of memory, through the command line's strategy and handler as ripple sets them. */
  @picocli.CommandLine.Command(name = "hungry")
  static final class Hungry implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineSayingHowToGiveMoreHeap() {
    picocli.CommandLine cl = new picocli.CommandLine(new Hungry());
    cl.setExecutionExceptionHandler(Failure.handler("ripple", () -> false, true));
    cl.setExecutionStrategy(Failure.strategy(new picocli.CommandLine.RunLast()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute()).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("ripple: not enough memory (Java heap ").contains("-Xmx");
  }
}

package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Stack traces: never without --verbose; with it, for internal errors and before a user error's one line. */
class VerboseTest {
  @TempDir
  Path dir;

  /** A subcommand with a bug, added for this test only. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  private static Cli.Result withBoom(String... args) {
    CommandLine cl = Ripple.commandLine();
    cl.addSubcommand("boom", new Boom());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }

  @Test
  void internalErrorIsOneLineWithoutVerboseAndATraceWithIt() {
    Cli.Result quiet = withBoom("boom");
    assertThat(quiet.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(quiet.err()).hasLineCount(1).isEqualTo("ripple: internal error: java.lang.IllegalStateException: "
        + "a bug (run with --verbose for details)\n");
    Cli.Result verbose = withBoom("--verbose", "boom");
    assertThat(verbose.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(verbose.err()).contains("\tat org.ripple.cli.VerboseTest$Boom.call")
        .endsWith("ripple: internal error: java.lang.IllegalStateException: a bug\n");
  }

  @Test
  void userErrorGetsATraceOnlyWithVerboseAndKeepsItsOneLineLast() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nclosures:\n  - name: s\n    sector: TRANSPORT\n"
        + "    jobs: 1e400\n");
    Cli.Result quiet = Cli.run("run", bad.toString());
    assertThat(quiet.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(quiet.err()).hasLineCount(1).doesNotContain("\tat ");
    Cli.Result verbose = Cli.run("run", bad.toString(), "--verbose");
    assertThat(verbose.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(verbose.err()).contains("org.ripple.cli.io.InputException").contains("\tat ")
        .endsWith(quiet.err());
  }
}

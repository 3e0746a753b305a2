package org.ripple.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Ripple;
import picocli.CommandLine;

/** {@code ripple-spark} prints, byte for byte, what {@code ripple run --draws} prints. */
class SparkMainTest {
  private static final String[] PROPERTIES = {"spark.driver.host", "spark.driver.bindAddress", "spark.ui.enabled",
      "spark.ui.showConsoleProgress"};

  @BeforeEach
  void localhostWithoutUi() {
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.ui.showConsoleProgress", "false");
  }

  @AfterEach
  void clear() {
    for (String p : PROPERTIES) {
      System.clearProperty(p);
    }
  }

  /** A command's exit code and what it printed. */
  record Result(int exit, String out, String err) {}

  /** Runs {@code cl} with {@code args}, capturing what it prints (also for the other tests of ripple-spark). */
  static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void printsWhatRippleRunPrints() {
    String file = SparkMonteCarloTest.scenario().toString();
    for (String format : new String[] {"json", "table"}) {
      Result ripple = run(Ripple.commandLine(), "run", file, "--format", format, "--draws", "500", "--seed", "11");
      assertThat(ripple.exit()).as(ripple.err()).isZero();
      Result spark = run(SparkMain.commandLine(), file, "--format", format, "--draws", "500", "--seed", "11",
          "--master", "local[2]", "--partitions", "3");
      assertThat(spark.exit()).as(spark.err()).isZero();
      assertThat(spark.out()).isEqualTo(ripple.out());
    }
  }

  @Test
  void usageErrorsExitTwo() {
    Result r = run(SparkMain.commandLine(), SparkMonteCarloTest.scenario().toString(), "--draws", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--draws must be at least 1");
  }
}

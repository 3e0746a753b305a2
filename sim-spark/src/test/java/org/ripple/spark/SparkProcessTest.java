package org.ripple.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.ExitCodes;
import picocli.CommandLine;

/**
 * {@code ripple-spark} as its own process, the way a user starts it: quiet by default (at most 5 lines on stderr for a
 * local run, Spark's logs back with {@code --verbose}), exit 5 and one {@code ripple:} line when standard output
 * cannot be written, and the CLI's one-line failures (usage, bad input, out of memory) with the {@code ripple:}
 * prefix.
 */
class SparkProcessTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, List<String> err) {}

  /** Runs SparkMain's main in a child JVM with the test's class path and Spark's JVM options. */
  private Run child(File stdout, String... args) throws IOException, InterruptedException {
    List<String> command = ChildJvm.command();
    command.add("-Xmx1g");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add("-Dspark.ui.enabled=false");
    if (List.of(args).contains("--verbose")) {
      // what the jar finds without the tests' log4j2-test.properties on its class path: Spark's default profile
      command.add("-Dlog4j2.configurationFile=classpath:org/apache/spark/log4j2-defaults.properties");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SparkMain.class.getName());
    command.addAll(List.of(args));
    Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
    Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(stdout != null ? stdout : out.toFile());
    pb.environment().remove("SPARK_CONF_DIR");
    Process p = pb.start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("ripple-spark finished").isTrue();
    String text = stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "";
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    return new Run(p.exitValue(), text, lines);
  }

  private static String scenario() {
    return SparkMonteCarloTest.scenario().toString();
  }

  @Test
  void aLocalRunIsQuietAndVerboseBringsTheLogsBack() throws Exception {
    Run quiet = child(null, scenario(), "--draws", "200", "--seed", "3", "--master", "local[2]", "-f", "csv");
    assertThat(quiet.exit()).as(String.join("\n", quiet.err())).isZero();
    assertThat(quiet.out()).contains("summary,");
    assertThat(quiet.err()).as("stderr of a local run").hasSizeLessThanOrEqualTo(5)
        .noneMatch(l -> l.contains(" INFO ") || l.contains(" WARN ") || l.contains("log4j"));

    Run verbose = child(null, scenario(), "--draws", "200", "--seed", "3", "--master", "local[2]", "-f", "csv",
        "--verbose");
    assertThat(verbose.exit()).isZero();
    assertThat(verbose.out()).isEqualTo(quiet.out());
    assertThat(verbose.err()).hasSizeGreaterThan(5).anyMatch(l -> l.contains("INFO") && l.contains("SparkContext"));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFailedWriteToStandardOutputIsExitFiveAndOneLine() throws Exception {
    Run full = child(new File("/dev/full"), scenario(), "--draws", "100", "--seed", "3", "--master", "local[1]");
    assertThat(full.exit()).isEqualTo(ExitCodes.IO);
    assertThat(full.err()).containsExactly("ripple: cannot write to standard output (the disk is full, or the program "
        + "reading it has stopped); the output is incomplete");
  }

  @Test
  void badInputIsOneRippleLine() throws Exception {
    Path missing = dir.resolve("missing.yaml");
    Run r = child(null, missing.toString(), "--draws", "10");
    assertThat(r.exit()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).hasSize(1);
    assertThat(r.err().get(0)).startsWith("ripple: " + missing);
    assertThat(r.out()).isEmpty();

    Run usage = child(null, scenario(), "--draws", "10", "--bogus");
    assertThat(usage.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err()).containsExactly("ripple: unknown option '--bogus' (see 'ripple-spark --help')");
  }

  @Test
  void runningOutOfMemoryIsOneLineSayingHowToGiveMoreHeap() throws Exception {
    CommandLine cl = SparkMain.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.getExecutionExceptionHandler().handleExecutionException(
        new CommandLine.ExecutionException(cl, "out of memory", new OutOfMemoryError("Java heap space")), cl, null);
    assertThat(exit).isEqualTo(ExitCodes.BAD_MODEL);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("ripple: not enough memory (Java heap ")
        .endsWith("give Java more heap: java -Xmx8g -jar ripple-spark.jar ..., or spark-submit --driver-memory 8g ...");
  }
}

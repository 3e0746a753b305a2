package org.ripple.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.UsageErrors;
import org.ripple.cli.Utf8Console;
import org.ripple.cli.Version;
import org.ripple.cli.io.AtomicOutput;
import org.ripple.cli.pipeline.Failure;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.output.DrawBands;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.Uncertainty;
import org.ripple.core.ModelException;
import org.ripple.core.ScenarioException;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.ResultDraws;
import org.ripple.core.uncertainty.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ripple-spark SCENARIO --draws N --seed S [--master URL] [--partitions P]}: the report of
 * {@code ripple run SCENARIO --draws N --seed S}, byte for byte (the timeline and the fiscal account by period when
 * the scenario has a horizon, the fiscal bands of the draws and, with a horizon, the bands of each period), with the
 * headline draws computed on Spark; the draws' fiscal accounts and periods, which need each draw's whole result on
 * the model's system, on the driver.
 */
@Command(name = "ripple-spark", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run a scenario's Monte Carlo draws on Apache Spark; prints what 'ripple run --draws' prints.",
    footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad scenario, 4 bad model data, 5 I/O error."})
public final class SparkMain implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path scenarioFile;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "A bundled model name or a model folder. Overrides the scenario's model.")
  String model;

  @Option(names = "--draws", paramLabel = "N", required = true, description = "Monte Carlo draws (at least 1).")
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark.master from spark-submit, else local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of the draw indices (default: Spark's default parallelism). The results do not "
          + "depend on it.")
  int partitions;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Option(names = "--force", description = "Overwrite an existing output file.")
  boolean force;

  @Option(names = "--verbose", description = "Show Spark's logs (quiet by default), and print stack traces (of "
      + "internal errors, and of input errors before their one-line message).")
  boolean verbose;

  /** How to give the driver more heap, the end of the out-of-memory line. */
  static final String MORE_HEAP = "java -Xmx8g -jar ripple-spark.jar ..., or spark-submit --driver-memory 8g ...";

  /**
   * The log4j configuration of a run without {@code --verbose}: every Spark log off, so that a local run prints only
   * Ripple's own lines on stderr.
   */
  static final String QUIET_LOGS = "classpath:org/ripple/spark/log4j2-quiet.properties";

  public static void main(String[] args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    if (!verbose && System.getProperty("log4j2.configurationFile") == null) {
      // before Spark's first logger: log4j reads its configuration once
      System.setProperty("log4j2.configurationFile", QUIET_LOGS);
    }
    System.exit(Utf8Console.attach(commandLine()).execute(args));
  }

  /**
   * The command with the exit codes and error lines of {@code ripple} ({@link Failure}: one line starting with
   * {@code ripple:}, exit 5 when standard output cannot be written, one line on running out of memory; usage errors
   * as {@link UsageErrors} reports them).
   */
  public static CommandLine commandLine() {
    SparkMain main = new SparkMain();
    CommandLine cl = new CommandLine(main);
    cl.setExecutionExceptionHandler(Failure.handler("ripple", MORE_HEAP, () -> main.verbose, true));
    cl.setExecutionStrategy(Failure.strategy(new CommandLine.RunLast()));
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }

  @Override
  public Integer call() {
    OutputFormat outputFormat = parseFormat();
    if (draws < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--draws must be at least 1, was " + draws);
    }
    // the pipeline of 'ripple run': the same inputs give the same point estimate and notes
    PreparedRun run = PreparedRun.prepare(scenarioFile, model);
    ScenarioResult result = run.solve();
    Timeline timeline = run.timeline(result);
    FiscalAccount fiscal = run.fiscal(result, timeline);
    DrawPlan plan = run.drawPlan();
    Summary[] summaries;
    SparkConf conf = new SparkConf().setAppName("ripple-spark " + scenarioFile.getFileName());
    if (master != null) {
      conf.setMaster(master);
    } else {
      conf.setIfMissing("spark.master", "local[*]");
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      int p = partitions > 0 ? partitions : sc.defaultParallelism();
      summaries = run.document().located(() -> SparkMonteCarlo.summaries(sc, plan, draws, seed, p));
    } catch (Exception e) { // Spark rethrows a failed task as a (checked) SparkException
      throw unwrap(e);
    }
    // each draw's fiscal account and periods need the draw's whole result on the model's system, which stays on the
    // driver: computed here, on the driver's cores, by the runner of 'ripple run --draws' (the same bits)
    ResultDraws beyond = run.resultDraws(plan, result, timeline, fiscal);
    DrawBands bands = beyond == null ? DrawBands.NONE : DrawBands.of(beyond, Draws.summaries(run.document().located(
        () -> MonteCarlo.cells(beyond, draws, seed, Runtime.getRuntime().availableProcessors()))), fiscal, draws);
    List<String> notes = new ArrayList<>(run.mappingNotes());
    notes.addAll(run.uncertaintyNotes(true));
    String text = new RunReport(result, run.meta(), timeline).withNotes(notes).withFiscal(fiscal)
        .withBands(new Uncertainty(draws, seed, run.uncertainInputs(), run.modelUncertainty(), summaries), bands)
        .text(outputFormat);
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicOutput.write(output, text, force, run.inputs());
    }
    run.model().warnings().print(spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  /** A draw's ScenarioException or ModelException reaches the driver wrapped by Spark: report it as itself. */
  private static RuntimeException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ScenarioException || t instanceof ModelException) {
        return (RuntimeException) t;
      }
    }
    return new IllegalStateException(e.getMessage(), e);
  }

  private OutputFormat parseFormat() {
    for (OutputFormat f : OutputFormat.values()) {
      if (f.name().equalsIgnoreCase(format)) {
        return f;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "'" + format + "' is not a format; use table, csv "
        + "or json");
  }
}

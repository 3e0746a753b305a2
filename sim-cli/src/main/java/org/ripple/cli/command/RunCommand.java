package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.cli.output.Uncertainty;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.MonteCarlo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ripple run SCENARIO}: propagates a scenario through its model and reports the impact. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run a scenario and report direct, indirect, induced and total effects on jobs, labour income, "
        + "value added and output.")
public final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path scenarioFile;

  @Mixin
  ModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @CommandLine.Option(names = "--draws", paramLabel = "N", defaultValue = "0",
      description = "Monte Carlo draws (0: none, the default). With N > 0 the summary gains P5, P50, P95, mean and "
          + "standard deviation of every headline cell, from the scenario's distributions and model_uncertainty.")
  int draws;

  @CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the draws (default: ${DEFAULT-VALUE}); the same seed gives the same bytes, whatever "
          + "the number of threads.")
  long seed;

  @Mixin
  SolverOption solverOption;

  @Override
  public Integer call() {
    outputOptions.requireFileForBinary(spec);
    boolean show = Terminal.progress(outputOptions.quiet(), System.getenv(), Terminal.interactive());
    try (Progress phases = Progress.start(spec.commandLine().getErr(), show, "run", draws > 0 ? 5 : 4)) {
      Integer rc = execute(phases);
      ModelChecks.printAfterSuccess(rc, warnings, phases, spec.commandLine().getErr());
      return rc;
    }
  }

  /** The model's warnings, printed after a successful command (a failed one prints its error line only). */
  private ModelChecks.Warnings warnings;

  /** The command, its phases advancing {@code phases} (a bar on stderr only on a terminal). */
  private Integer execute(Progress phases) {
    SolverOption.Profile profile = solverOption.start(phases);
    PreparedRun run = PreparedRun.prepare(scenarioFile, modelOption.model(), solverOption.kind(), stage -> {
      switch (stage) {
        case MODEL_READ -> profile.mark("read");
        case SYSTEM_BUILT -> profile.mark("build");
        default -> { }
      }
    });
    this.warnings = run.model().warnings(); // printed once the command has succeeded
    if (draws < 0 || draws > MonteCarlo.MAX_DRAWS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--draws must be in [0, "
          + MonteCarlo.MAX_DRAWS + "], was " + draws + " (use sim-spark for more)");
    }
    ScenarioResult result = run.solve();
    profile.mark("solve", run.model().system());
    Timeline timeline = run.timeline(result);
    ReportMeta meta = run.meta();
    List<Path> inputs = run.inputs();
    List<String> notes = new ArrayList<>(run.mappingNotes());
    notes.addAll(run.uncertaintyNotes(draws > 0));
    Uncertainty bands = null;
    if (draws > 0) {
      DrawPlan plan = run.drawPlan();
      boolean show = Terminal.progress(outputOptions.quiet(), System.getenv(), Terminal.interactive());
      try (Progress progress = Progress.start(spec.commandLine().getErr(), show, "draws", draws)) {
        Draws sample = run.document().located(() -> MonteCarlo.run(plan, draws, seed,
            Runtime.getRuntime().availableProcessors(), n -> progress.advance(n, "")));
        bands = new Uncertainty(draws, seed, run.uncertainInputs(), run.modelUncertainty(), sample.summaries());
      }
      profile.markDraws(draws);
    }
    RunReport report = new RunReport(result, meta, timeline, outputOptions.tableStyle()).withNotes(notes)
        .withFiscal(run.fiscal(result, timeline));
    if (bands != null) {
      report.withUncertainty(bands);
    }
    if (outputOptions.format() == OutputFormat.XLSX) {
      Provenance provenance = new Provenance(meta.scenarioFile(), run.document().sha256(), draws > 0 ? seed : null);
      phases.close(); // the bar is erased before the result is written
      outputOptions.emitBytes(XlsxWriter.write(report.workbook(provenance), "Ripple: " + result.scenario().name()),
          inputs);
      return ExitCodes.OK;
    }
    phases.close(); // the bar is erased before the result is written
    outputOptions.emit(spec, report, inputs);
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

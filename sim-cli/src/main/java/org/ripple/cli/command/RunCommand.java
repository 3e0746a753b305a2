package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.Version;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.cli.output.Uncertainty;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalDraws;
import org.ripple.core.fiscal.FiscalTable;
import org.ripple.core.fiscal.FiscalTables;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.MonteCarlo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ripple run SCENARIO}: propagates a scenario through its model and reports the impact. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Run a scenario and report direct, indirect, induced and total effects on jobs, labour income, "
        + "value added and output.")
public final class RunCommand extends SolvingCommand {
  @Mixin
  ScenarioOptions scenario;

  @CommandLine.Option(names = "--draws", paramLabel = "N", defaultValue = "0",
      description = "Monte Carlo draws (0: none, the default). With N > 0 the summary gains P5, P50, P95, mean and "
          + "standard deviation of every headline cell, from the scenario's distributions and model_uncertainty.")
  int draws;

  @CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the draws (default: ${DEFAULT-VALUE}); the same seed gives the same bytes, whatever "
          + "the number of threads.")
  long seed;

  @Override
  int phases() {
    return draws > 0 ? 5 : 4;
  }

  @Override
  void solve(SolverOption.Profile profile) {
    PreparedRun run = prepare(scenario, profile);
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
    FiscalAccount fiscal = run.fiscal(result, timeline);
    FiscalTable fiscalBands = null;
    if (draws > 0) {
      DrawPlan plan = run.drawPlan();
      // each draw's fiscal account, by the point estimate's rules, when the point estimate has one
      FiscalDraws fiscalDraws = fiscal.available() ? run.fiscalDraws(plan, result, timeline) : null;
      try (Progress progress = outputOptions.progress(spec, "draws", draws)) {
        Draws sample = run.document().located(() -> MonteCarlo.run(plan, fiscalDraws, draws, seed,
            Runtime.getRuntime().availableProcessors(), n -> progress.advance(n, "")));
        bands = new Uncertainty(draws, seed, run.uncertainInputs(), run.modelUncertainty(), sample.summaries());
        if (fiscalDraws != null) {
          fiscalBands = FiscalTables.bands(fiscal, sample.extraSummaries(), draws);
        }
      }
      profile.markDraws(draws);
    }
    RunReport report = new RunReport(result, meta, timeline, outputOptions.tableStyle()).withNotes(notes)
        .withFiscal(fiscal, fiscalBands);
    if (bands != null) {
      report.withUncertainty(bands);
    }
    if (outputOptions.format() == OutputFormat.XLSX) {
      Provenance provenance = new Provenance(meta.scenarioFile(), run.document().sha256(), draws > 0 ? seed : null);
      outputOptions.emitBytes(XlsxWriter.write(report.withProvenance(provenance).document(OutputFormat.XLSX)), inputs);
    } else {
      outputOptions.emit(spec, report, inputs);
    }
  }
}

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
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Timeline;
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

  @Mixin
  DrawOptions draws = new DrawOptions();

  @Override
  int phases() {
    return draws.any() ? 5 : 4;
  }

  @Override
  void solve(SolverOption.Profile profile) {
    PreparedRun run = prepare(scenario, profile);
    draws.check(spec.commandLine());
    ScenarioResult result = run.solve();
    profile.mark("solve", run.model().system());
    Timeline timeline = run.timeline(result);
    ReportMeta meta = run.meta();
    List<Path> inputs = run.inputs();
    List<String> notes = new ArrayList<>(run.mappingNotes());
    notes.addAll(run.uncertaintyNotes(draws.any()));
    FiscalAccount fiscal = run.fiscal(result, timeline);
    RunReport report = new RunReport(result, meta, timeline, outputOptions.tableStyle()).withNotes(notes)
        .withFiscal(fiscal);
    if (draws.any()) {
      try (Progress progress = outputOptions.progress(spec, "draws", draws.draws)) {
        DrawOptions.Bands bands = draws.run(run, result, timeline, fiscal, n -> progress.advance(n, ""));
        report.withBands(bands.headline(), bands.beyond());
      }
      profile.markDraws(draws.draws);
    }
    if (outputOptions.format() == OutputFormat.XLSX) {
      Provenance provenance = new Provenance(meta.scenarioFile(), run.document().sha256(),
          draws.any() ? draws.seed : null);
      outputOptions.emitBytes(XlsxWriter.write(report.withProvenance(provenance).document(OutputFormat.XLSX)), inputs);
    } else {
      outputOptions.emit(spec, report, inputs);
    }
  }
}

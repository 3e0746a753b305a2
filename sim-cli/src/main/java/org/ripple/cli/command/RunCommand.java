package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.FiniteResults;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.output.tables.Provenance;
import org.ripple.cli.output.tables.RunTables;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.cli.scenario.TimeLoader;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;
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

  @Override
  public Integer call() {
    outputOptions.requireFileForBinary(spec);
    ScenarioDocument doc = ScenarioDocument.read(scenarioFile);
    LoadedModel loaded = Models.forScenario(doc, modelOption.model());
    ModelChecks.require(loaded, spec.commandLine().getErr(), "ripple: ", ModelChecks.MAX_WARNINGS);
    LeontiefSystem system = LeontiefSystem.of(loaded.model());
    org.ripple.cli.concordance.Concordance.Mapped mapped = org.ripple.cli.concordance.Concordance.apply(doc, loaded);
    Scenario scenario = mapped.document().toScenario(loaded.model().info());
    ScenarioResult result = doc.located(() -> new ImpactEngine(system).run(scenario));
    FiniteResults.require(result);
    Schedule schedule = doc.located(() -> TimeLoader.toSchedule(doc.content()));
    Timeline timeline = schedule == null ? null : doc.located(() -> Timeline.of(result, schedule));
    ReportMeta meta = new ReportMeta(Version.get(), scenarioFile.getFileName().toString(), loaded.model().info(),
        loaded.attribution());
    List<Path> inputs = new ArrayList<>(List.of(scenarioFile));
    loaded.folder().ifPresent(inputs::add);
    if (outputOptions.format() == OutputFormat.XLSX) {
      Provenance provenance = Provenance.ofScenario(meta.scenarioFile(), doc.sha256());
      outputOptions.emitBytes(XlsxWriter.write(RunTables.of(result, meta, provenance), "Ripple: "
          + result.scenario().name()), inputs);
      return ExitCodes.OK;
    }
    String text = new RunReport(result, meta, timeline, outputOptions.tableStyle()).withNotes(mapped.notes())
        .render(outputOptions.format());
    outputOptions.emit(spec, text, inputs);
    return ExitCodes.OK;
  }
}

package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.RunReport;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
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

  @Mixin
  SolverOption solverOption;

  @Override
  public Integer call() {
    SolverOption.Profile profile = solverOption.start();
    ScenarioDocument doc = ScenarioDocument.read(scenarioFile);
    LoadedModel loaded = Models.forScenario(doc, modelOption.model());
    profile.mark("read");
    LeontiefSystem system = LeontiefSystem.of(loaded.model(), solverOption.kind());
    profile.mark("build");
    Scenario scenario = doc.toScenario(loaded.model().info());
    ScenarioResult result = doc.located(() -> new ImpactEngine(system).run(scenario));
    profile.mark("solve", system);
    ReportMeta meta = new ReportMeta(Version.get(), scenarioFile.getFileName().toString(), loaded.model().info(),
        loaded.attribution());
    String text = new RunReport(result, meta).render(outputOptions.format());
    List<Path> inputs = new ArrayList<>(List.of(scenarioFile));
    loaded.folder().ifPresent(inputs::add);
    outputOptions.emit(spec, text, inputs);
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.PathsReport;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.core.explain.PathGraph;
import org.ripple.core.explain.PathReport;
import org.ripple.core.explain.PathSearch;
import org.ripple.core.explain.ScenarioChange;
import org.ripple.core.impact.LeontiefSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ripple paths SCENARIO}: the largest structural paths through which the scenario's effect travels, from each
 * shocked sector to the sector where it lands, with their values and shares of the total effect.
 */
@Command(name = "paths", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "List the largest paths through which a scenario's effect travels (structural path analysis): "
        + "from each shocked sector, through its suppliers, to the sector where the effect lands.")
public final class PathsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path scenarioFile;

  @Mixin
  ModelOption modelOption;

  @Mixin
  PathOptions pathOptions;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  SolverOption solverOption;

  /** The model's warnings, printed after a successful command (a failed one prints its error line only). */
  private ModelChecks.Warnings warnings;

  @Override
  public Integer call() {
    pathOptions.check(spec);
    outputOptions.requireFileForBinary(spec);
    boolean show = Terminal.progress(outputOptions.quiet(), System.getenv(), Terminal.interactive());
    try (Progress phases = Progress.start(spec.commandLine().getErr(), show, "paths", 4)) {
      Integer rc = execute(phases);
      ModelChecks.printAfterSuccess(rc, warnings, phases, spec.commandLine().getErr());
      return rc;
    }
  }

  private Integer execute(Progress phases) {
    SolverOption.Profile profile = solverOption.start(phases);
    PreparedRun run = PreparedRun.prepare(scenarioFile, modelOption.model(), solverOption.kind(), stage -> {
      switch (stage) {
        case MODEL_READ -> profile.mark("read");
        case SYSTEM_BUILT -> profile.mark("build");
        default -> { }
      }
    });
    this.warnings = run.model().warnings();
    LeontiefSystem system = run.model().system();
    pathOptions.checkAgainst(system);
    double[] change = run.document().located(() -> ScenarioChange.of(system, run.scenario()));
    PathGraph graph = PathGraph.of(system, pathOptions.measure, pathOptions.type);
    PathReport paths = PathSearch.top(graph, change, pathOptions.top, pathOptions.depth);
    profile.mark("solve", system);
    outputOptions.emit(spec, new PathsReport(paths, graph, pathOptions.measure, pathOptions.type, run.meta(),
        run.scenario().name(), pathOptions.depth, outputOptions.tableStyle()), run.inputs());
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

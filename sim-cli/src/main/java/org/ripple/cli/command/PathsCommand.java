package org.ripple.cli.command;

import org.ripple.cli.Version;
import org.ripple.cli.output.PathsReport;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.core.explain.PathGraph;
import org.ripple.core.explain.PathReport;
import org.ripple.core.explain.PathSearch;
import org.ripple.core.explain.ScenarioChange;
import org.ripple.core.impact.LeontiefSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ripple paths SCENARIO}: the largest structural paths through which the scenario's effect travels, from each
 * shocked sector to the sector where it lands, with their values and shares of the total effect.
 */
@Command(name = "paths", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "List the largest paths through which a scenario's effect travels (structural path analysis): "
        + "from each shocked sector, through its suppliers, to the sector where the effect lands.")
public final class PathsCommand extends SolvingCommand {
  @Mixin
  ScenarioOptions scenario;

  @Mixin
  PathOptions pathOptions;

  @Override
  void checkOptions() {
    pathOptions.check(spec);
    outputOptions.requireFileForBinary(spec);
  }

  @Override
  void solve(SolverOption.Profile profile) {
    PreparedRun run = prepare(scenario, profile);
    LeontiefSystem system = run.model().system();
    pathOptions.checkAgainst(system);
    double[] change = run.document().located(() -> ScenarioChange.of(system, run.scenario(), pathOptions.type));
    PathGraph graph = PathGraph.of(system, pathOptions.measure, pathOptions.type);
    PathReport paths = PathSearch.top(graph, change, pathOptions.top, pathOptions.depth);
    profile.mark("solve", system);
    outputOptions.emit(spec, new PathsReport(paths, graph, pathOptions.measure, pathOptions.type, run.meta(),
        run.scenario().name(), pathOptions.depth, outputOptions.tableStyle()), run.inputs());
  }
}

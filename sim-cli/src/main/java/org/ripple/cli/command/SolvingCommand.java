package org.ripple.cli.command;

import org.ripple.cli.output.Progress;
import org.ripple.cli.pipeline.PreparedRun;
import picocli.CommandLine.Mixin;

/**
 * A result command that solves (run, paths, multipliers, linkages): {@code --solver} and {@code --profile}, its phases
 * (read, build, solve, write) timed and shown on the bar.
 */
abstract class SolvingCommand extends ResultCommand {
  @Mixin
  SolverOption solverOption;

  /** The command's work, each phase marked on {@code profile}; its result goes out through {@link #outputOptions}. */
  abstract void solve(SolverOption.Profile profile);

  @Override
  final void execute(Progress bar) {
    SolverOption.Profile profile = solverOption.start(bar);
    solve(profile);
    profile.finish(spec);
  }

  /** A scenario on its model, the read and build phases marked on {@code profile}. */
  final PreparedRun prepare(ScenarioOptions scenario, SolverOption.Profile profile) {
    PreparedRun run = PreparedRun.prepare(scenario.file(), scenario.model(), solverOption.kind(), stage -> {
      switch (stage) {
        case MODEL_READ -> profile.mark("read");
        case SYSTEM_BUILT -> profile.mark("build");
        default -> { }
      }
    });
    warnAfterwards(run.model().warnings());
    return run;
  }
}

package org.ripple.cli.command;

import java.util.function.Consumer;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.pipeline.PreparedModel;
import picocli.CommandLine.Mixin;

/** A solving command on a model alone, without a scenario (multipliers, linkages): its {@code --model}. */
abstract class ModelSolvingCommand extends SolvingCommand {
  @Mixin
  ModelOption modelOption;

  /**
   * A model alone ({@code --model} or the default), checked by {@code check} once read, the read and build phases
   * marked on {@code profile}.
   */
  final PreparedModel prepare(SolverOption.Profile profile, Consumer<LoadedModel> check) {
    LoadedModel loaded = Models.fromCommandLine(modelOption.model());
    profile.mark("read");
    check.accept(loaded);
    PreparedModel prepared = PreparedModel.of(loaded, solverOption.kind());
    warnAfterwards(prepared.warnings());
    profile.mark("build");
    return prepared;
  }
}

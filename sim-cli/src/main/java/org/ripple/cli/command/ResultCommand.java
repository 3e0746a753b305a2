package org.ripple.cli.command;

import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.output.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * The frame of every command that writes one result through {@link OutputOptions} (run, paths, multipliers,
 * linkages, compare, sweep): the usage checks made before any work, the bar of the command's phases (erased by
 * {@link OutputOptions} before the result is written), and the model's warnings, printed once the command has
 * succeeded (a failed one prints its error line only).
 */
abstract class ResultCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  OutputOptions outputOptions;

  private ModelChecks.Warnings warnings;

  /** Usage checks made before any work; by default, a binary format needs {@code --output}. */
  void checkOptions() {
    outputOptions.requireFileForBinary(spec);
  }

  /** The steps of the command's bar, named after the command (0: no bar); by default read, build, solve, write. */
  int phases() {
    return 4;
  }

  /** The command's work, advancing {@code bar}; its result goes out through {@link #outputOptions}. */
  abstract void execute(Progress bar);

  @Override
  public final Integer call() {
    checkOptions();
    try (Progress bar = phases() == 0 ? Progress.none() : outputOptions.progress(spec, spec.name(), phases())) {
      execute(bar);
      bar.close(); // the bar goes before the warnings
      if (warnings != null) {
        warnings.print(spec.commandLine().getErr());
      }
    }
    return ExitCodes.OK;
  }

  /** The model's warnings, printed after the result once the command has succeeded. */
  final void warnAfterwards(ModelChecks.Warnings modelWarnings) {
    this.warnings = modelWarnings;
  }
}

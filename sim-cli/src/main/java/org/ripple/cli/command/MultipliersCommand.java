package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.InputException;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.MultipliersReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.impact.RegionalMultipliers;
import org.ripple.cli.output.RegionalMultipliersReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ripple multipliers}: the multiplier table of a model, from transposed solves. */
@Command(name = "multipliers", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the Type I and Type II multipliers of every sector of a model (default: the bundled "
        + "default model).")
public final class MultipliersCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @CommandLine.Option(names = "--by-region", description = "For a multi-regional model: the effect of each "
      + "sector's final demand inside its own region and in every other region.")
  boolean byRegion;

  @Mixin
  SolverOption solverOption;

  @Override
  public Integer call() {
    outputOptions.requireFileForBinary(spec);
    boolean show = Terminal.progress(outputOptions.quiet(), System.getenv(), Terminal.interactive());
    try (Progress phases = Progress.start(spec.commandLine().getErr(), show, "multipliers", 4)) {
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
    LoadedModel loaded = Models.fromCommandLine(modelOption.model());
    profile.mark("read");
    if (byRegion && !loaded.model().hasRegions()) {
      throw new InputException(null, 0, 0, "--by-region", "model " + loaded.name() + " has no regions (bundled "
          + "multi-regional model: canada-provinces-2021)", ExitCodes.USAGE);
    }
    PreparedModel prepared = PreparedModel.of(loaded, solverOption.kind());
    this.warnings = prepared.warnings(); // printed once the command has succeeded
    ReportMeta meta = prepared.meta(null);
    List<Path> inputs = prepared.inputs(List.of());
    LeontiefSystem system = prepared.system();
    profile.mark("build");
    if (byRegion) {
      phases.close(); // the bar is erased before the result is written
      outputOptions.emit(spec, new RegionalMultipliersReport(RegionalMultipliers.of(system), meta,
          outputOptions.tableStyle()), inputs);
      return ExitCodes.OK;
    }
    Multipliers multipliers = Multipliers.of(system);
    profile.mark("solve", system);
    MultipliersReport report = new MultipliersReport(multipliers, meta, outputOptions.tableStyle());
    phases.close(); // the bar is erased before the result is written
    outputOptions.emit(spec, report, inputs);
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

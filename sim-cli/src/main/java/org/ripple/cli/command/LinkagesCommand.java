package org.ripple.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.LinkagesReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.core.explain.Linkages;
import org.ripple.core.impact.LeontiefSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ripple linkages}: every sector's backward and forward linkage, key-sector flag and hypothetical extraction.
 * The extraction takes one solve per sector (in blocks, on the one factorisation); {@code --no-extraction} skips it.
 */
@Command(name = "linkages", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print every sector's backward (Rasmussen) and forward (Ghosh) linkage, whether it is a key "
        + "sector, and the output lost by its hypothetical extraction (default: the bundled default model).")
public final class LinkagesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @CommandLine.Option(names = "--no-extraction", description = "Leave out the hypothetical extraction (one solve "
      + "per sector: the slow part on large models).")
  boolean noExtraction;

  @Mixin
  SolverOption solverOption;

  /** The model's warnings, printed after a successful command (a failed one prints its error line only). */
  private ModelChecks.Warnings warnings;

  @Override
  public Integer call() {
    outputOptions.requireFileForBinary(spec);
    boolean show = Terminal.progress(outputOptions.quiet(), System.getenv(), Terminal.interactive());
    try (Progress phases = Progress.start(spec.commandLine().getErr(), show, "linkages", 4)) {
      Integer rc = execute(phases);
      ModelChecks.printAfterSuccess(rc, warnings, phases, spec.commandLine().getErr());
      return rc;
    }
  }

  private Integer execute(Progress phases) {
    SolverOption.Profile profile = solverOption.start(phases);
    LoadedModel loaded = Models.fromCommandLine(modelOption.model());
    profile.mark("read");
    PreparedModel prepared = PreparedModel.of(loaded, solverOption.kind());
    this.warnings = prepared.warnings();
    LeontiefSystem system = prepared.system();
    profile.mark("build");
    Linkages linkages = Linkages.of(system, !noExtraction);
    profile.mark("solve", system);
    outputOptions.emit(spec, new LinkagesReport(linkages, system.model().sectors(), prepared.meta(null),
        outputOptions.tableStyle()), prepared.inputs(List.of()));
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

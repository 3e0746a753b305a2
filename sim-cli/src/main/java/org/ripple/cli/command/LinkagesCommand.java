package org.ripple.cli.command;

import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.InputException;
import org.ripple.cli.output.LinkagesReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.Progress;
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
public final class LinkagesCommand extends ResultCommand {
  @Mixin
  ModelOption modelOption;

  @CommandLine.Option(names = "--no-extraction", description = "Leave out the hypothetical extraction (one solve "
      + "per sector: the slow part on large models).")
  boolean noExtraction;

  @Mixin
  SolverOption solverOption;

  @Override
  void checkOptions() {
    if (outputOptions.format() == OutputFormat.XLSX) {
      throw new InputException(null, 0, 0, "--format", "linkages are written as table, csv or json, not xlsx",
          ExitCodes.USAGE);
    }
  }

  @Override
  int phases() {
    return 4;
  }

  @Override
  void execute(Progress bar) {
    SolverOption.Profile profile = solverOption.start(bar);
    PreparedModel prepared = prepare(modelOption, solverOption, profile, loaded -> { });
    LeontiefSystem system = prepared.system();
    Linkages linkages = Linkages.of(system, !noExtraction);
    profile.mark("solve", system);
    String text = new LinkagesReport(linkages, system.model().sectors(), prepared.meta(null),
        outputOptions.tableStyle()).render(outputOptions.format());
    outputOptions.emit(spec, text, prepared.inputs(List.of()));
    profile.finish(spec);
  }
}

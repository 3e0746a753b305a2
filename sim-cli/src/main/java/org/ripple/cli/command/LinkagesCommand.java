package org.ripple.cli.command;

import java.util.List;
import org.ripple.cli.Version;
import org.ripple.cli.output.LinkagesReport;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.core.explain.Linkages;
import org.ripple.core.impact.LeontiefSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ripple linkages}: every sector's backward and forward linkage, key-sector flag and hypothetical extraction.
 * The extraction takes one solve per sector (in blocks, on the one factorisation); {@code --no-extraction} skips it.
 */
@Command(name = "linkages", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print every sector's backward (Rasmussen) and forward (Ghosh) linkage, whether it is a key "
        + "sector, and the output lost by its hypothetical extraction.")
public final class LinkagesCommand extends ModelSolvingCommand {
  @CommandLine.Option(names = "--no-extraction", description = "Leave out the hypothetical extraction (one solve "
      + "per sector: the slow part on large models).")
  boolean noExtraction;

  @Override
  void solve(SolverOption.Profile profile) {
    PreparedModel prepared = prepare(profile, loaded -> { });
    LeontiefSystem system = prepared.system();
    Linkages linkages = Linkages.of(system, !noExtraction);
    profile.mark("solve", system);
    outputOptions.emit(spec, new LinkagesReport(linkages, system.model().sectors(), prepared.meta(null),
        outputOptions.tableStyle()), prepared.inputs(List.of()));
  }
}

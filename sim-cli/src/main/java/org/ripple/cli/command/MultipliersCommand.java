package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.io.InputException;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.cli.output.MultipliersReport;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.impact.RegionalMultipliers;
import org.ripple.cli.output.RegionalMultipliersReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ripple multipliers}: the multiplier table of a model, from transposed solves. */
@Command(name = "multipliers", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the Type I and Type II multipliers of every sector of a model.")
public final class MultipliersCommand extends ModelSolvingCommand {
  @CommandLine.Option(names = "--by-region", description = "For a multi-regional model: the effect of each "
      + "sector's final demand inside its own region and in every other region.")
  boolean byRegion;

  @Override
  void solve(SolverOption.Profile profile) {
    PreparedModel prepared = prepare(profile, loaded -> {
      if (byRegion && !loaded.model().hasRegions()) {
        throw new InputException(null, 0, 0, "--by-region", "model " + loaded.name() + " has no regions (bundled "
            + "multi-regional model: canada-provinces-2021)", ExitCodes.USAGE);
      }
    });
    ReportMeta meta = prepared.meta(null);
    List<Path> inputs = prepared.inputs(List.of());
    LeontiefSystem system = prepared.system();
    if (byRegion) {
      outputOptions.emit(spec, new RegionalMultipliersReport(RegionalMultipliers.of(system), meta,
          outputOptions.tableStyle()), inputs);
    } else {
      Multipliers multipliers = Multipliers.of(system);
      profile.mark("solve", system);
      outputOptions.emit(spec, new MultipliersReport(multipliers, meta, outputOptions.tableStyle()), inputs);
    }
  }
}

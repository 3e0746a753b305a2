package org.ripple.cli.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model build-provinces}: builds the multi-regional {@code canada-provinces-2021} model folder from the
 * qge source files. One line on success, one on failure; exit codes as {@link ModelBuildCommand}.
 */
@Command(name = "build-provinces", mixinStandardHelpOptions = true,
    description = "Build the canada-provinces-2021 multi-regional model (10 provinces x 23 sectors, with "
        + "interprovincial trade and one household per province) from the Statistics Canada 2021 provincial "
        + "input-output data aggregated by twedl/qge.")
public final class ProvincesBuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", defaultValue = "models/canada-provinces-2021/source",
      description = "Folder with the qge source files (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write the model into; its six model files are replaced, other files are kept.")
  Path out;

  @Option(names = "--propensity", paramLabel = "X",
      description = "Share of labour income spent on consumption, in (0, 1] (default: "
          + Quebec2021.DEFAULT_PROPENSITY + ", as for quebec-2021).")
  Double propensity;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    double p = propensity == null ? Quebec2021.DEFAULT_PROPENSITY : propensity;
    if (!(p > 0 && p <= 1)) {
      err.println("--propensity must be in (0, 1], was " + propensity);
      return ExitCodes.USAGE;
    }
    CanadaProvinces2021.Built built;
    try {
      built = CanadaProvinces2021.build(source, p);
    } catch (InputException e) {
      err.println(e.oneLine());
      return e.exitCode();
    } catch (IllegalArgumentException e) {
      err.println(source + ": bad model data: " + e.getMessage());
      return ExitCodes.BAD_MODEL;
    } catch (IOException e) {
      err.println("cannot read " + e.getMessage());
      return ExitCodes.IO;
    }
    try {
      ModelWriter.write(built.model(), built.provenance(), out);
    } catch (IOException e) {
      err.println("cannot write " + e.getMessage());
      return ExitCodes.IO;
    }
    spec.commandLine().getOut().println("wrote " + CanadaProvinces2021.NAME + " (" + built.model().size()
        + " sectors in " + built.model().regions().orElseThrow().size() + " regions) to " + out);
    return ExitCodes.OK;
  }
}

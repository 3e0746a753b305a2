package org.ripple.cli.command;

import org.ripple.cli.statcan.CanadaProvinces2021;
import org.ripple.cli.statcan.QgeBuildRun;
import org.ripple.cli.statcan.Quebec2021;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    return QgeBuildRun.run(spec, source, out, propensity, Quebec2021.DEFAULT_PROPENSITY, (dir, p) -> {
      CanadaProvinces2021.Built b = CanadaProvinces2021.build(dir, p);
      return new QgeBuildRun.Result(b.model(), b.provenance());
    }, m -> CanadaProvinces2021.NAME + " (" + m.size() + " sectors in " + m.regions().orElseThrow().size()
        + " regions)");
  }
}

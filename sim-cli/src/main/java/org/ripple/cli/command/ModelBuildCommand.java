package org.ripple.cli.command;

import org.ripple.cli.statcan.QgeBuildRun;
import org.ripple.cli.statcan.Quebec2021;
import org.ripple.cli.recipe.RecipeBuildRunner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model build}: rebuilds the {@code quebec-2021} model folder from the qge source files. Prints one line
 * on success and one line on failure; exit codes are those of {@link ExitCodes} (4 for bad source data, 5 for a file
 * that cannot be read or written, 2 for a bad option value).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build the quebec-2021 model (model.yaml, sectors.csv, transactions.csv, industry.csv) from the "
        + "Statistics Canada 2021 provincial input-output data aggregated by twedl/qge,",
        "or, with RECIPE, any model from a recipe file (kinds make-use and symmetric; see docs/model-building.md)."})
public final class ModelBuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "RECIPE",
      description = "A recipe file (YAML); without it, the quebec-2021 build from --source.")
  Path recipe;

  @Option(names = "--source", paramLabel = "DIR", defaultValue = "models/quebec-2021/source",
      description = "Folder with the qge source files (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write the model into; its four model files are replaced, other files are kept.")
  Path out;

  @Option(names = "--propensity", paramLabel = "X",
      description = "Share of labour income spent on consumption, in (0, 1] (default: "
          + Quebec2021.DEFAULT_PROPENSITY + ", an analyst assumption; see model.yaml).")
  Double propensity;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (recipe != null) {
      if (propensity != null || spec.commandLine().getParseResult().hasMatchedOption("--source")) {
        err.println("--source and --propensity belong to the quebec-2021 build; a recipe names its own files");
        return ExitCodes.USAGE;
      }
      return RecipeBuildRunner.run(recipe, out, spec.commandLine().getOut(), err);
    }
    return QgeBuildRun.run(spec, source, out, propensity, Quebec2021.DEFAULT_PROPENSITY, (dir, p) -> {
      Quebec2021.Built b = Quebec2021.build(dir, p);
      return new QgeBuildRun.Result(b.model(), b.provenance());
    }, m -> Quebec2021.NAME + " (" + m.size() + " sectors)");
  }
}

package org.ripple.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.recipe.RecipeBuilder;
import org.ripple.cli.statcan.BundledQgeSource;
import org.ripple.cli.statcan.QgeRecipe;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of {@code model build} and its alias {@code model build-provinces}, declared once: the folder to write
 * ({@link OutputTarget}),
 * the qge source folder of a build without a recipe file, and the propensity to consume of a qge-provincial build,
 * checked to be in (0, 1] (a usage error otherwise).
 */
public final class ModelBuildOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandSpec spec;

  @CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  @Option(names = "--source", paramLabel = "DIR",
      description = "Without RECIPE: a folder with other qge source files (default: the bundled ones, as in "
          + "models/<model>/source).")
  Path source;

  @Option(names = "--propensity", paramLabel = "X",
      description = "For a qge-provincial build: the share of labour income spent on consumption, in (0, 1] "
          + "(default: derived from disposable income, see model.yaml).")
  Double propensity;

  /** The folder to write (a usage error when not given). */
  Path out() {
    return target.required(spec, "DIR");
  }

  boolean force() {
    return target.force();
  }

  /** The propensity given, or null; a usage error outside (0, 1]. */
  Double propensity() {
    if (propensity != null && !(propensity > 0 && propensity <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--propensity must be in (0, 1], was "
          + propensity);
    }
    return propensity;
  }

  /** Whether {@code --source} was given (it belongs to the build without a recipe file). */
  boolean sourceGiven() {
    return source != null;
  }

  /**
   * The build without a recipe file of {@code province} (a {@link QgeRecipe#bundled} recipe): from {@code --source},
   * else from the qge files inside the jar ({@link BundledQgeSource}), so it works from any folder.
   */
  RecipeBuilder.Built buildBundled(String province) {
    Double p = propensity();
    try {
      return BundledQgeSource.read(source, dir -> QgeRecipe.build(QgeRecipe.bundled(province, dir), Path.of(""), p,
          ModelBuildCommand::noKeyErrors));
    } catch (IOException e) {
      throw new InputException(null, 0, 0, null, "cannot copy the bundled qge files: " + ModelOutput.describe(e),
          ExitCodes.IO);
    }
  }
}

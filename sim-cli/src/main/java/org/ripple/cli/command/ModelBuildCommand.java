package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.recipe.RecipeBuildRunner;
import org.ripple.cli.recipe.RecipeBuilder;
import org.ripple.cli.statcan.Quebec2021;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model build RECIPE --out DIR}: the one way to build a model folder, from a recipe file of any kind
 * (make-use, symmetric, qge-provincial). Without RECIPE it builds the quebec-2021 recipe reading the bundled qge files or {@code --source}
 * (the spelling from before recipes). Prints one line on success; a failure is one line and its exit code (2 for a
 * bad option value, 4 for bad source data, 5 for a file that cannot be read or written).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build a model folder from a recipe file (kinds make-use, symmetric and qge-provincial; see "
        + "docs/model-building.md).", "Without RECIPE, it builds the quebec-2021 model from the qge files inside the "
        + "jar (or --source), as its recipe, models/quebec-2021/recipe.yaml, does."})
public final class ModelBuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "RECIPE",
      description = "A recipe file (YAML); without it, the quebec-2021 build from the bundled qge files.")
  Path recipe;

  @Mixin
  ModelBuildOptions options;

  @Override
  public Integer call() {
    Double propensity = options.propensity();
    Path out = options.out();
    List<Path> inputs = recipe == null ? List.of() : List.of(recipe);
    ModelOutput.check(out, options.force(), inputs);
    RecipeBuilder.Built built;
    if (recipe == null) {
      built = options.buildBundled(Quebec2021.REGION);
    } else {
      if (options.sourceGiven()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--source belongs to the build without RECIPE; "
            + "a recipe names its own files");
      }
      built = RecipeBuilder.build(recipe, propensity);
    }
    List<Path> read = new java.util.ArrayList<>(inputs);
    read.addAll(built.sources());
    RecipeBuildRunner.write(built, out, options.force(), read, spec.commandLine().getOut(),
        spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  /** A recipe made from the command line is valid by construction: a key error there is a bug. */
  static org.ripple.cli.io.InputException noKeyErrors(String key, String message) {
    throw new IllegalStateException("the recipe made from the command line is invalid: " + key + ": " + message);
  }
}

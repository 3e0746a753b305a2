package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.model.ModelOutput;
import org.ripple.cli.recipe.RecipeBuildRunner;
import org.ripple.cli.statcan.QgeRecipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model build-provinces --out DIR}: an alias of {@code ripple model build
 * models/canada-provinces-2021/recipe.yaml --out DIR} reading {@code --source} (the spelling from before recipes);
 * the same options, output and exit codes as {@link ModelBuildCommand}.
 */
@Command(name = "build-provinces", mixinStandardHelpOptions = true,
    description = "Build the canada-provinces-2021 multi-regional model (10 provinces x 23 sectors, with "
        + "interprovincial trade and one household per province) from the qge files inside the jar (or --source), "
        + "as its recipe "
        + "(models/canada-provinces-2021/recipe.yaml) does.")
public final class ProvincesBuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ModelBuildOptions options;

  @Override
  public Integer call() {
    Path out = options.out();
    ModelOutput.check(out, options.force(), List.of());
    var built = options.buildBundled(QgeRecipe.ALL_PROVINCES);
    RecipeBuildRunner.write(built, out, options.force(), List.of(), spec.commandLine().getOut(),
        spec.commandLine().getErr());
    return ExitCodes.OK;
  }
}

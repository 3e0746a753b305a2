package org.ripple.cli.recipe;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelWriter;

/** {@code ripple model build RECIPE --out DIR}: builds from a recipe and writes the model folder. */
public final class RecipeBuildRunner {
  private RecipeBuildRunner() {}

  public static int run(Path recipe, Path out, PrintWriter stdout, PrintWriter err) {
    RecipeBuilder.Built built;
    try {
      built = RecipeBuilder.build(recipe);
    } catch (InputException e) {
      err.println(e.oneLine());
      return e.exitCode();
    }
    try {
      ModelWriter.write(built.model(), built.provenance(), out);
    } catch (InputException e) {
      err.println(e.oneLine());
      return e.exitCode();
    } catch (IOException | RuntimeException e) {
      err.println("cannot write " + out + ": " + e.getMessage());
      return e instanceof IOException ? ExitCodes.IO : ExitCodes.BAD_MODEL;
    }
    for (String w : built.warnings()) {
      err.println("warning: " + w);
    }
    stdout.println("wrote " + built.model().info().name() + " (" + built.model().size() + " sectors) to " + out);
    return ExitCodes.OK;
  }
}

package org.ripple.cli.recipe;

import java.io.PrintWriter;
import org.ripple.cli.io.TerminalText;
import java.nio.file.Path;
import org.ripple.cli.model.ModelOutput;

/**
 * The end of {@code ripple model build}, whatever the recipe kind: the model folder written ({@link ModelOutput}),
 * then the build's warnings on stderr.
 */
public final class RecipeBuildRunner {
  private RecipeBuildRunner() {}

  /** Writes {@code built} into {@code out} and reports it. */
  public static void write(RecipeBuilder.Built built, Path out, PrintWriter stdout, PrintWriter err) {
    ModelOutput.write(built.model(), built.provenance(), out, stdout);
    for (String w : built.warnings()) {
      err.println(TerminalText.escape("ripple: warning: " + w));
    }
  }
}

package org.ripple.cli.recipe;

import java.io.PrintWriter;
import org.ripple.cli.io.TerminalText;
import java.nio.file.Path;
import java.util.Collection;
import org.ripple.cli.model.ModelOutput;

/**
 * The end of {@code ripple model build}, whatever the recipe kind: the model folder written ({@link ModelOutput}),
 * then the build's warnings on stderr.
 */
public final class RecipeBuildRunner {
  private RecipeBuildRunner() {}

  /** Writes {@code built} into {@code out} (refused as {@link ModelOutput#write} says) and reports it. */
  public static void write(RecipeBuilder.Built built, Path out, boolean force, Collection<Path> inputs,
      PrintWriter stdout, PrintWriter err) {
    ModelOutput.write(built.model(), built.provenance(), out, force, inputs, stdout);
    for (String w : built.warnings()) {
      err.println(TerminalText.escape("ripple: warning: " + w));
    }
  }
}

package org.ripple.cli.recipe;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.TempFiles;
import java.util.Collection;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.model.ModelOutput;

/**
 * The end of {@code ripple model build}, whatever the recipe kind: the model folder written ({@link ModelOutput}) with the build's companion files,
 * then the build's warnings on stderr.
 */
public final class RecipeBuildRunner {
  private RecipeBuildRunner() {}

  /** Writes {@code built} into {@code out} (refused as {@link ModelOutput#write} says) and reports it. */
  public static void write(RecipeBuilder.Built built, Path out, boolean force, Collection<Path> inputs,
      PrintWriter stdout, PrintWriter err) {
    ModelOutput.write(built.model(), built.provenance(), out, force, inputs, stdout);
    for (var companion : new java.util.TreeMap<>(built.companions()).entrySet()) {
      Path target = out.resolve(companion.getKey());
      try {
        Path tmp = TempFiles.create(out, companion.getKey());
        try {
          Files.write(tmp, companion.getValue());
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
          TempFiles.moved(tmp);
        } finally {
          TempFiles.delete(tmp); // deletes what is left and forgets it
        }
      } catch (IOException e) {
        throw new InputException(null, 0, 0, null, "cannot write " + ModelOutput.describe(e), ExitCodes.IO);
      }
    }
    for (String w : built.warnings()) {
      err.println(TerminalText.escape("ripple: warning: " + w));
    }
  }
}

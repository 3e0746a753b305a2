package org.ripple.cli.recipe;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelWriter;

/**
 * The end of {@code ripple model build}, whatever the recipe kind: writes the built model folder (its model files
 * replaced, other files kept), then the build's warnings on stderr and one line on stdout saying what was written.
 * A folder that cannot be written is exit code 5, a model that cannot be written as files exit code 4, each one line.
 */
public final class RecipeBuildRunner {
  private RecipeBuildRunner() {}

  /** Writes {@code built} into {@code out} and reports it. */
  public static void write(RecipeBuilder.Built built, Path out, PrintWriter stdout, PrintWriter err) {
    try {
      ModelWriter.write(built.model(), built.provenance(), out);
    } catch (IOException e) {
      throw new InputException(null, 0, 0, null, "cannot write " + describe(e), ExitCodes.IO);
    } catch (IllegalArgumentException e) {
      throw InputException.at(out, 0, 0, null, "cannot write the model: " + e.getMessage(), ExitCodes.BAD_MODEL);
    }
    for (String w : built.warnings()) {
      err.println("warning: " + w);
    }
    var m = built.model();
    stdout.println("wrote " + m.info().name() + " (" + m.size() + " sectors"
        + m.regions().map(r -> " in " + r.size() + " regions").orElse("") + ") to " + out);
  }

  /** An I/O failure as the end of a one-line message: the path, and what is wrong with it. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return e.getMessage() + ": exists and is not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

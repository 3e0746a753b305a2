package org.ripple.cli.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.core.Model;

/**
 * The end of every command that makes a model folder ({@code model build}, {@code aggregate}, {@code regionalize}):
 * writes it with {@link ModelWriter} (its model files replaced, other files kept) and prints one line on stdout,
 * {@code wrote NAME (N sectors[ in R regions]) to DIR}. A folder that cannot be written is exit code 5, a model that
 * cannot be written as files exit code 4, each one line.
 */
public final class ModelOutput {
  private ModelOutput() {}

  /** Writes {@code model} into {@code out} and says so on {@code stdout}. */
  public static void write(Model model, ModelWriter.Provenance provenance, Path out, PrintWriter stdout) {
    try {
      ModelWriter.write(model, provenance, out);
    } catch (IOException e) {
      throw new InputException(null, 0, 0, null, "cannot write " + describe(e), ExitCodes.IO);
    } catch (IllegalArgumentException e) {
      throw InputException.at(out, 0, 0, null, "cannot write the model: " + e.getMessage(), ExitCodes.BAD_MODEL);
    }
    stdout.println("wrote " + model.info().name() + " (" + model.size() + " sectors"
        + model.regions().map(r -> " in " + r.size() + " regions").orElse("") + ") to " + out);
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

package org.ripple.cli.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.AtomicFolder;
import org.ripple.cli.io.InputException;
import org.ripple.core.Model;

/**
 * The end of every command that makes a model folder ({@code model build}, {@code aggregate}, {@code regionalize}):
 * refuses a target folder that is not empty without {@code --force} or that holds an input, then writes it with
 * {@link ModelWriter} (its model files replaced, other files kept) and prints one line on stdout,
 * {@code wrote NAME (N sectors[ in R regions]) to DIR}. A folder that cannot be written is exit code 5, a model that
 * cannot be written as files exit code 4, each one line.
 */
public final class ModelOutput {
  private ModelOutput() {}

  /**
   * Refuses {@code out} before anything is computed or written ({@link AtomicFolder#checkFolder}): a file, a folder
   * that is not empty without {@code force}, the folder a model is read from, a model file there that is one of
   * {@code inputs}.
   */
  public static void check(Path out, boolean force, Collection<Path> inputs) {
    AtomicFolder.checkFolder(out, ModelReader.FILES, force, inputs, "give a folder for the model");
  }

  /**
   * Writes {@code model} into {@code out} (checked again, {@link #check}; then claimed, {@link AtomicFolder#claim}, so
   * that of two commands writing one new folder exactly one writes it) and says so on {@code stdout}.
   */
  public static void write(Model model, ModelWriter.Provenance provenance, Path out, boolean force,
      Collection<Path> inputs, PrintWriter stdout) {
    check(out, force, inputs);
    try (AtomicFolder.Claim claim = AtomicFolder.claim(out, force)) {
      ModelWriter.write(model, provenance, out);
      claim.done();
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

package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ripple.cli.ExitCodes;

/**
 * Writes several files into a folder so that a failure leaves nothing half-done: every file is first written to a
 * staging folder next to the target, and only when all are complete is the staging folder moved into place (or, when
 * the folder already exists, each complete file put in with {@link AtomicOutput#place}). Existing files are refused
 * unless {@code force}; refusals happen before anything is written. Errors are {@link InputException}s with exit code
 * 5. The rule of a folder target, {@link #checkFolder}, is also the one of every command that writes a model folder.
 */
public final class AtomicFolder {
  private AtomicFolder() {}

  /**
   * Checks a main file and a folder of companion files, then writes the folder and then the main file: either both
   * targets are refused up front, or the folder is complete before the main file appears.
   *
   * @param folder the companion folder, or null for none
   * @param files file name to content, for the folder (plain names, no separators)
   */
  public static void writeWith(Path main, byte[] mainContent, Path folder, Map<String, byte[]> files, boolean force,
      Collection<Path> inputs) {
    AtomicOutput.check(main, force, inputs == null ? List.of() : inputs);
    if (folder != null) {
      write(folder, files, force, inputs);
    }
    AtomicOutput.write(main, mainContent, force, inputs);
  }

  /**
   * The refusals of a folder to write {@code names} into, before anything is written: its parent missing, a file or a
   * special file where the folder should be, one of {@code names} in it being an input of the command (or the folder
   * being one: a model is never written into the folder it is read from), a folder that is not empty without
   * {@code force}.
   *
   * @param whatInstead what to give instead of a file, for the message ("give a folder for the images")
   */
  public static void checkFolder(Path folder, Collection<String> names, boolean force, Collection<Path> inputs,
      String whatInstead) {
    Path target = folder.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw InputException.at(folder, 0, 0, null, "cannot write: folder " + parent + " does not exist", ExitCodes.IO);
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw InputException.at(folder, 0, 0, null, "is " + (Files.isRegularFile(target) ? "a file"
          : OutputPaths.kind(target)) + ", not a folder; " + whatInstead, ExitCodes.IO);
    }
    Path real = OutputPaths.real(target);
    for (Path input : inputs) {
      if (Files.isDirectory(input) && OutputPaths.real(input).equals(real)) {
        throw InputException.at(folder, 0, 0, null, "is the folder " + input + " this command reads; write into "
            + "another folder (--force never overwrites an input)", ExitCodes.IO);
      }
    }
    if (!Files.isDirectory(target)) {
      return;
    }
    for (String name : names) {
      OutputPaths.refuseInput(target.resolve(name), inputs);
      OutputPaths.refuseSpecial(target.resolve(name), "remove it or write into another folder");
    }
    if (!force && !empty(target)) {
      throw new InputException(null, 0, 0, null, folder + " exists and is not empty; use --force to replace its "
          + String.join(", ", names) + " (other files are kept)", ExitCodes.IO);
    }
  }

  /** Writes {@code files} into {@code folder} (created if absent) all at once. */
  public static void write(Path folder, Map<String, byte[]> files, boolean force, Collection<Path> inputs) {
    Collection<Path> in = inputs == null ? List.of() : inputs;
    for (String name : files.keySet()) {
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new IllegalArgumentException("not a plain file name: " + name);
      }
    }
    Path target = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(target)) {
      checkFolder(folder, files.keySet(), force, in, "give a folder for the images");
    }
    for (String name : files.keySet()) {
      if (Files.isDirectory(target)) {
        AtomicOutput.check(target.resolve(name), force, in);
      }
    }
    Path staging = null;
    try {
      staging = TempFiles.createFolder(target.getParent(), target.getFileName().toString());
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(staging.resolve(f.getKey()), f.getValue());
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(staging, target); // fails if another process made the folder meanwhile
        TempFiles.moved(staging);
        staging = null;
      } else {
        for (String name : files.keySet()) {
          AtomicOutput.place(staging.resolve(name), target.resolve(name), force);
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw new InputException(null, 0, 0, null, e.getFile() + " exists; use --force to overwrite", ExitCodes.IO);
    } catch (IOException e) {
      throw InputException.at(folder, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    } finally {
      TempFiles.delete(staging);
    }
  }

  private static boolean empty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw InputException.at(dir, 0, 0, null, "cannot be listed: " + e.getMessage(), ExitCodes.IO);
    }
  }
}

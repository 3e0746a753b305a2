package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ripple.cli.ExitCodes;

/**
 * Writes several files into a folder so that a failure leaves nothing half-done: the folder is claimed atomically
 * ({@link #claim}: of two commands writing one new folder, exactly one goes on), every file is first written to a
 * staging folder next to the target, and only when all are complete is each put in place with
 * {@link AtomicOutput#place}. Existing files are refused
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

  /** The file by which a command claims the folder it writes into ({@link #claim}). */
  public static final String CLAIM = ".ripple-writing";

  /**
   * A folder claimed by this command until {@link #close}: the claim file is removed, and a folder the claim created
   * is removed again when it is still empty (the write failed) unless {@link #done} was called.
   */
  public static final class Claim implements AutoCloseable {
    private final Path folder;
    private final Path file;
    private final boolean created;
    private boolean done;

    private Claim(Path folder, Path file, boolean created) {
      this.folder = folder;
      this.file = file;
      this.created = created;
    }

    /** The write is complete: the folder stays even if it is empty. */
    public void done() {
      done = true;
    }

    @Override
    public void close() {
      TempFiles.delete(file);
      if (created && !done) {
        try {
          Files.deleteIfExists(folder); // only when empty: a folder with files in it is not deleted
        } catch (IOException e) {
          // not empty, or gone: nothing of this command's is left in it
        }
      }
    }
  }

  /**
   * Claims {@code folder} for one command's write, atomically, after {@link #checkFolder} passed: creates it if it is
   * absent, then, without {@code force}, creates the claim file {@link #CLAIM} in it only if there is none. Of two
   * commands writing into one new folder exactly one gets the claim; the other is refused (exit 5), as is a command
   * that finds the folder written by another one between its check and its claim. With {@code force} the folder is
   * only created: writing into a non-empty folder is what {@code --force} asks for.
   */
  public static Claim claim(Path folder, boolean force) {
    Path target = folder.toAbsolutePath().normalize();
    boolean created;
    try {
      Files.createDirectory(target);
      created = true;
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(target)) {
        throw InputException.at(folder, 0, 0, null, "is " + OutputPaths.kind(target) + ", not a folder",
            ExitCodes.IO);
      }
      created = false;
    } catch (IOException e) {
      throw InputException.at(folder, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    }
    if (force) {
      return new Claim(target, null, created);
    }
    Path file;
    try {
      file = TempFiles.createNamed(target, CLAIM);
    } catch (FileAlreadyExistsException e) {
      throw new InputException(null, 0, 0, null, folder + " is being written by another command (if none is "
          + "running, one was stopped: remove " + target.resolve(CLAIM) + "); write into another folder",
          ExitCodes.IO);
    } catch (IOException e) {
      throw InputException.at(folder, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    }
    Claim claim = new Claim(target, file, created);
    try (Stream<Path> s = Files.list(target)) {
      if (s.anyMatch(p -> !p.getFileName().toString().equals(CLAIM))) {
        claim.close();
        throw new InputException(null, 0, 0, null, folder + " exists and is not empty; use --force to write into "
            + "it", ExitCodes.IO);
      }
    } catch (IOException e) {
      claim.close();
      throw InputException.at(folder, 0, 0, null, "cannot be listed: " + e.getMessage(), ExitCodes.IO);
    }
    return claim;
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
    try (Claim claim = claim(folder, force)) {
      // every file complete in a staging folder, then each put in place (without force: created, never replaced)
      staging = TempFiles.createFolder(target.getParent(), target.getFileName().toString());
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(staging.resolve(f.getKey()), f.getValue());
      }
      for (String name : files.keySet()) {
        AtomicOutput.place(staging.resolve(name), target.resolve(name), force);
      }
      claim.done();
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

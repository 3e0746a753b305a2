package org.ripple.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.ripple.cli.ExitCodes;

/**
 * Writes an output file so that it is either complete or untouched: the content goes to a temp file in the target's
 * folder, which is then put in place ({@link #place}). The temp file is deleted on any failure (and by
 * {@link TempFiles}' shutdown hook on SIGINT or SIGTERM). An existing target is refused unless {@code force}; a target
 * that is one of the inputs, a folder or a special file is always refused ({@link OutputPaths}). Every refusal and
 * failure is an {@link InputException} with exit code {@link ExitCodes#IO}.
 */
public final class AtomicOutput {
  /** Writes the content of an output file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  public static void write(Path target, String content, boolean force, Collection<Path> inputs) {
    write(target, content.getBytes(StandardCharsets.UTF_8), force, inputs);
  }

  public static void write(Path target, byte[] content, boolean force, Collection<Path> inputs) {
    write(target, force, inputs, out -> out.write(content));
  }

  /**
   * Checks the target, streams {@code body} into a temp file next to it, then puts the temp file in place: without
   * {@code force} by a hard link that fails if the target exists (of two processes writing one target, exactly one
   * succeeds and the other is refused), with {@code force} by an atomic move over it.
   */
  public static void write(Path target, boolean force, Collection<Path> inputs, Body body) {
    check(target, force, inputs == null ? List.of() : inputs);
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = TempFiles.create(folder, target.getFileName().toString());
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      place(temp, target, force);
    } catch (FileAlreadyExistsException e) {
      throw new InputException(null, 0, 0, null, target + " exists; use --force to overwrite", ExitCodes.IO);
    } catch (AccessDeniedException e) {
      throw InputException.at(target, 0, 0, null, "cannot write: permission denied in " + folder, ExitCodes.IO);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "cannot create a file in " + folder : e.getReason();
      throw InputException.at(target, 0, 0, null, "cannot write: " + reason, ExitCodes.IO);
    } catch (IOException e) {
      throw InputException.at(target, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    } finally {
      TempFiles.delete(temp);
    }
  }

  /**
   * Puts the complete file {@code temp} at {@code target} (same folder) and leaves {@code temp} for the caller to
   * delete. Without {@code force} the target is created atomically or not at all ({@link FileAlreadyExistsException});
   * a file system without hard links falls back to a move without replacing.
   */
  static void place(Path temp, Path target, boolean force) throws IOException {
    if (force) {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: only exotic file systems
      }
      return;
    }
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target);
    }
  }

  /**
   * The refusals, before anything is created: an input of the command (even with force), a missing folder, a folder or
   * a special file (device, FIFO, socket), an existing file without force.
   */
  static void check(Path target, boolean force, Collection<Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    OutputPaths.refuseInput(target, inputs);
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw InputException.at(target, 0, 0, null, "cannot write: folder " + folder + " does not exist",
          ExitCodes.IO);
    }
    OutputPaths.refuseSpecial(target, "give a file name");
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new InputException(null, 0, 0, null, target + " exists; use --force to overwrite", ExitCodes.IO);
    }
  }
}

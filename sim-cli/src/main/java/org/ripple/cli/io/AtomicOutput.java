package org.ripple.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.ripple.cli.ExitCodes;

/**
 * Writes an output file so that it is either complete or untouched: the content goes to a temp file in the target's
 * folder, which is then moved over the target with {@code ATOMIC_MOVE}. The temp file is deleted on any failure. An
 * existing target is refused unless {@code force}; a target that is one of the inputs is always refused. Every refusal
 * and failure is an {@link InputException} with exit code {@link ExitCodes#IO}.
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

  /** Checks the target, streams {@code body} into a temp file next to it, then moves the temp file into place. */
  public static void write(Path target, boolean force, Collection<Path> inputs, Body body) {
    check(target, force, inputs == null ? List.of() : inputs);
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = TempFiles.create(folder, target.getFileName().toString());
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: only exotic file systems
      }
      temp = null;
    } catch (AccessDeniedException e) {
      throw InputException.at(target, 0, 0, null, "cannot write: permission denied in " + folder, ExitCodes.IO);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "cannot create a file in " + folder : e.getReason();
      throw InputException.at(target, 0, 0, null, "cannot write: " + reason, ExitCodes.IO);
    } catch (IOException e) {
      throw InputException.at(target, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the original error is the one to report
        }
      }
    }
  }

  /** The refusals, before anything is created: same as an input, existing without force, missing folder. */
  static void check(Path target, boolean force, Collection<Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (sameFile(absolute, input)) {
        throw InputException.at(target, 0, 0, null, "is also an input file; choose another output path",
            ExitCodes.IO);
      }
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw InputException.at(target, 0, 0, null, "cannot write: folder " + folder + " does not exist",
          ExitCodes.IO);
    }
    if (Files.isDirectory(absolute)) {
      throw InputException.at(target, 0, 0, null, "is a folder; give a file name", ExitCodes.IO);
    }
    if (Files.exists(absolute) && !force) {
      throw new InputException(null, 0, 0, null, target + " exists; use --force to overwrite", ExitCodes.IO);
    }
  }

  private static boolean sameFile(Path absoluteTarget, Path input) {
    Path in = input.toAbsolutePath().normalize();
    if (in.equals(absoluteTarget)) {
      return true;
    }
    try {
      return Files.exists(absoluteTarget) && Files.exists(in) && Files.isSameFile(absoluteTarget, in);
    } catch (IOException e) {
      return false;
    }
  }
}

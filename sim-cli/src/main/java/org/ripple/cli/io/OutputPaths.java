package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import org.ripple.cli.ExitCodes;

/**
 * The rules every output path obeys before anything is written, in one place: an output is never one of the
 * command's inputs (compared by real path, links resolved, and by file identity, so a hard link counts too), and never
 * replaces what is not a regular file (a folder, a device node, a FIFO, a socket). Refusals are {@link InputException}s
 * with exit code {@link ExitCodes#IO}.
 */
public final class OutputPaths {
  private OutputPaths() {}

  /** {@code p} with every link resolved; for a path that does not exist, its folder's real path and its name. */
  public static Path real(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      Path parent = absolute.getParent();
      return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
    }
  }

  /** Refuses {@code target} when it is one of {@code inputs} (the scenario, a model file, a map, a recipe). */
  public static void refuseInput(Path target, Collection<Path> inputs) {
    Path real = real(target);
    for (Path input : inputs) {
      if (same(real, input)) {
        String which = input.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize()) ? ""
            : " (" + input + ")";
        throw InputException.at(target, 0, 0, null, "is also an input file" + which + "; choose another output "
            + "path (--force never overwrites an input)", ExitCodes.IO);
      }
    }
  }

  /**
   * Refuses an existing {@code target} that is not a regular file (links followed): a folder ({@code whatInstead}
   * says what to give), a device node, a FIFO or a socket.
   */
  public static void refuseSpecial(Path target, String whatInstead) {
    BasicFileAttributes a = attributes(target);
    if (a == null || a.isRegularFile()) {
      return;
    }
    if (a.isDirectory()) {
      throw InputException.at(target, 0, 0, null, "is a folder; " + whatInstead, ExitCodes.IO);
    }
    throw InputException.at(target, 0, 0, null, "is " + kind(target) + ", not a regular file; Ripple replaces "
        + "only regular files: give a file path (without --output, results go to standard output)", ExitCodes.IO);
  }

  /** The attributes of {@code p} with links followed, or null when it does not exist. */
  static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** What a file that is neither a folder nor a regular file is, for messages: a device, a FIFO, a socket. */
  static String kind(Path p) {
    try {
      Object mode = Files.getAttribute(p, "unix:mode");
      int type = ((Integer) mode) & 0170000;
      return switch (type) {
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0010000 -> "a FIFO (named pipe)";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "a special file";
    }
  }

  private static boolean same(Path realTarget, Path input) {
    if (real(input).equals(realTarget)) {
      return true;
    }
    try {
      return Files.exists(realTarget) && Files.exists(input, LinkOption.NOFOLLOW_LINKS)
          && Files.isSameFile(realTarget, input);
    } catch (IOException e) {
      return false;
    }
  }
}

package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ripple.cli.ExitCodes;

/**
 * Writes several files into a folder so that a failure leaves nothing half-done: every file is first written to a
 * staging folder next to the target, and only when all are complete is the staging folder moved into place (or, when
 * the folder already exists, each complete file moved in with {@code ATOMIC_MOVE}). Existing files are refused unless
 * {@code force}; refusals happen before anything is written. Errors are {@link InputException}s with exit code 5.
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

  /** Writes {@code files} into {@code folder} (created if absent) all at once. */
  public static void write(Path folder, Map<String, byte[]> files, boolean force, Collection<Path> inputs) {
    Path target = folder.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw InputException.at(folder, 0, 0, null, "cannot write: folder " + parent + " does not exist", ExitCodes.IO);
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw InputException.at(folder, 0, 0, null, "is a file; give a folder for the images", ExitCodes.IO);
    }
    for (String name : files.keySet()) {
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new IllegalArgumentException("not a plain file name: " + name);
      }
      if (Files.isDirectory(target)) {
        AtomicOutput.check(target.resolve(name), force, inputs == null ? List.of() : inputs);
      }
    }
    Path staging = null;
    try {
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
      try {
        Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its defaults
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(staging.resolve(f.getKey()), f.getValue());
      }
      if (!Files.exists(target)) {
        move(staging, target);
        staging = null;
      } else {
        for (String name : files.keySet()) {
          move(staging.resolve(name), target.resolve(name));
        }
      }
    } catch (IOException e) {
      throw InputException.at(folder, 0, 0, null, "cannot write: " + e.getMessage(), ExitCodes.IO);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // the original outcome is the one to report
    }
  }
}

package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.security.SecureRandom;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and staging folders next to an output, moved into place when complete. Every one is registered
 * from just before it is created until it is deleted, and a shutdown hook (installed with the first) deletes those
 * still registered, so SIGINT or SIGTERM in the middle of a write leaves nothing behind. An output people share (a
 * report, a model) gets the usual rw-r--r-- (rwxr-xr-x for a folder).
 */
public final class TempFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile boolean hookInstalled;

  private TempFiles() {}

  /** A new empty hidden temporary file in {@code folder}, readable by everyone where the file system says so. */
  public static Path create(Path folder, String name) throws IOException {
    return register(folder, "." + name + ".", ".tmp", p -> Files.createFile(p), "rw-r--r--");
  }

  /** A new empty hidden staging folder in {@code folder}, deleted with its content like a temporary file. */
  public static Path createFolder(Path folder, String name) throws IOException {
    return register(folder, "." + name + ".", "", p -> Files.createDirectory(p), "rwxr-xr-x");
  }

  /**
   * A new empty file of exactly this name in {@code folder}, created only if there is none ({@link
   * java.nio.file.FileAlreadyExistsException} otherwise: the atomic claim of a folder, {@link AtomicFolder#claim}),
   * registered like a temporary file.
   */
  public static Path createNamed(Path folder, String name) throws IOException {
    installHook();
    Path p = folder.resolve(name);
    LIVE.add(p);
    try {
      Files.createFile(p);
    } catch (IOException | RuntimeException e) {
      LIVE.remove(p);
      throw e;
    }
    return p;
  }

  @FunctionalInterface
  private interface Creation {
    void create(Path p) throws IOException;
  }

  /**
   * A new file or folder with a random name, registered before it is created, so that a signal at any moment finds
   * everything there is to delete.
   */
  private static Path register(Path folder, String prefix, String suffix, Creation creation, String permissions)
      throws IOException {
    installHook();
    for (int attempt = 0; ; attempt++) {
      Path temp = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + suffix);
      LIVE.add(temp);
      try {
        creation.create(temp);
      } catch (FileAlreadyExistsException e) {
        LIVE.remove(temp);
        if (attempt < 100) {
          continue;
        }
        throw e;
      } catch (IOException | RuntimeException e) {
        LIVE.remove(temp);
        throw e;
      }
      if (posix()) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(permissions));
      }
      return temp;
    }
  }

  /** Deletes {@code temp} (a file, or a folder with its content) if it is still there; null is nothing to do. */
  public static void delete(Path temp) {
    if (temp == null) {
      return;
    }
    deleteQuietly(temp);
    LIVE.remove(temp);
  }

  /** Forgets {@code temp} without deleting it: it was moved into place (a staging folder that became the output). */
  public static void moved(Path temp) {
    LIVE.remove(temp);
  }

  /** The temporary files not yet deleted or moved (what an interrupted command would leave behind). */
  static Set<Path> live() {
    return Set.copyOf(LIVE);
  }

  /** Deletes every registered temporary file: what the shutdown hook runs. */
  static void deleteAll() {
    for (Path p : List.copyOf(LIVE)) {
      delete(p);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void installHook() {
    if (!hookInstalled) {
      synchronized (LIVE) {
        if (!hookInstalled) {
          Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "ripple-temp-files"));
          hookInstalled = true;
        }
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(q);
          }
        }
      } else {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file that cannot be deleted is hidden; the original outcome is the one to report
    }
  }
}

package org.ripple.cli.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files next to an output, moved into place when complete. {@link Files#createTempFile} makes them
 * readable by the owner only; an output people share (a report, a model) should have the usual rw-r--r--.
 */
public final class TempFiles {
  private TempFiles() {}

  /** A new empty hidden temporary file in {@code folder}, readable by everyone where the file system says so. */
  public static Path create(Path folder, String name) throws IOException {
    Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    return temp;
  }
}

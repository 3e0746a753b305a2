package org.ripple.cli.statcan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The twedl/qge source files that ship inside the jar (resource folder {@value #RESOURCE}, the same files as
 * {@code models/quebec-2021/source}), so {@code model build}, {@code build-provinces} and {@code regionalize} work
 * from any folder without {@code --source}. {@link #open()} copies them into a temporary folder, which
 * {@link #close()} deletes; nothing is left behind.
 */
public final class BundledQgeSource implements AutoCloseable {
  static final String RESOURCE = "qge-source";

  private final Path dir;

  private BundledQgeSource(Path dir) {
    this.dir = dir;
  }

  /** A temporary folder holding the bundled qge files. */
  public static BundledQgeSource open() throws IOException {
    Path dir = Files.createTempDirectory("ripple-qge-");
    BundledQgeSource source = new BundledQgeSource(dir);
    try {
      for (String name : QgeSource.FILES) {
        try (InputStream in = BundledQgeSource.class.getResourceAsStream("/" + RESOURCE + "/" + name)) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks its bundled qge file " + name);
          }
          Files.copy(in, dir.resolve(name));
        }
      }
      return source;
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /** Reads qge files with {@code reader}: from {@code given} (a {@code --source} folder), else the bundled ones. */
  public static <T> T read(Path given, Reader<T> reader) throws IOException {
    if (given != null) {
      return reader.read(given);
    }
    try (BundledQgeSource bundled = open()) {
      return reader.read(bundled.dir);
    }
  }

  /** What reads a folder of qge files. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Path dir) throws IOException;
  }

  /** The folder to read, as {@code --source} would name it. */
  public Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.ripple.cli.statcan;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project root in tests: system property {@code ripple.projectRoot} (set by surefire), else the nearest folder
 * above the working directory that contains {@code models/}. */
final class ProjectRoot {
  private ProjectRoot() {}

  static Path get() {
    String prop = System.getProperty("ripple.projectRoot");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("models"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the project root (a folder with models/) above "
        + Path.of("").toAbsolutePath());
  }

  static Path model() {
    return get().resolve("models").resolve(Quebec2021.NAME);
  }

  static Path source() {
    return model().resolve("source");
  }
}

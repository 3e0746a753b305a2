package org.ripple.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ripple.cli.Cli;

/** The scenario files of scenarios/ (.yaml, .yml, .json), sorted. */
final class ScenarioFilesTestAccess {
  private ScenarioFilesTestAccess() {}

  static Stream<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(Cli.root().resolve("scenarios"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
          || p.toString().endsWith(".json")).sorted().toList();
      return files.stream();
    }
  }
}

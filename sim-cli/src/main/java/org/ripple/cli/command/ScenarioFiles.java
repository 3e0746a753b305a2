package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** SCENARIO [MORE...] and --model of the commands that set scenarios side by side (compare, report). */
public final class ScenarioFiles {
  @Mixin
  ScenarioOptions first;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE",
      description = "More scenario files, set beside the first, the baseline.")
  List<Path> more = new ArrayList<>();

  /** SCENARIO, then MORE: the files of a comparison, the first as the baseline. */
  public List<Path> all() {
    List<Path> files = new ArrayList<>(List.of(first.file()));
    files.addAll(more);
    return files;
  }

  /** Whether only SCENARIO was given. */
  public boolean single() {
    return more.isEmpty();
  }

  public ScenarioOptions first() {
    return first;
  }
}

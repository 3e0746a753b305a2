package org.ripple.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** SCENARIO (the first positional parameter) and the --model it runs on, of the commands that run one scenario. */
public final class ScenarioOptions {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "A bundled model name (see 'ripple models') or a model folder to run the scenario on, instead "
          + "of the one its model key names.")
  String model;

  public Path file() {
    return file;
  }

  /** The model named on the command line, or null (the scenario's model key, else the default model). */
  public String model() {
    return model;
  }
}

package org.ripple.cli.command;

import picocli.CommandLine.Option;

/** --model: a bundled model name or a model folder. */
public final class ModelOption {
  @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "A bundled model name (see 'ripple models') or a model folder. Overrides the scenario's model.")
  String model;

  public String model() {
    return model;
  }
}

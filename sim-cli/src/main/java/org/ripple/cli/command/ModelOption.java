package org.ripple.cli.command;

import picocli.CommandLine.Option;

/** --model of the commands that work on a model alone (multipliers, linkages): a bundled name or a model folder. */
public final class ModelOption {
  @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "A bundled model name (see 'ripple models') or a model folder (default: the bundled default "
          + "model, " + org.ripple.cli.model.Models.DEFAULT + ").")
  String model;

  public String model() {
    return model;
  }
}

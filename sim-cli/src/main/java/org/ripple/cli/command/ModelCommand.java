package org.ripple.cli.command;

import org.ripple.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ripple model ...}: model building tools. */
@Command(name = "model", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Build models from source data, generate synthetic ones, or pack a model folder.", subcommands = {ModelBuildCommand.class,
        org.ripple.cli.command.ProvincesBuildCommand.class, org.ripple.cli.command.RegionalizeCommand.class,
        org.ripple.cli.command.AggregateCommand.class, ModelGenerateCommand.class, ModelPackCommand.class})
public final class ModelCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required: build, build-provinces, regionalize, aggregate, generate or pack");
  }
}

package org.ripple.cli;

import org.ripple.cli.command.CompareCommand;
import org.ripple.cli.command.ModelCommand;
import org.ripple.cli.command.LinkagesCommand;
import org.ripple.cli.command.ModelsCommand;
import org.ripple.cli.command.PathsCommand;
import org.ripple.cli.command.MultipliersCommand;
import org.ripple.cli.command.ReportCommand;
import org.ripple.cli.command.RunCommand;
import org.ripple.cli.command.SweepCommand;
import org.ripple.cli.command.SchemaCommand;
import org.ripple.cli.command.InitCommand;
import org.ripple.cli.command.ValidateCommand;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.pipeline.Failure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code ripple} command: subcommands, help, version, and how errors become exit codes. */
@Command(
    name = "ripple",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Regional economic-impact simulation: propagates closures, subcontractor losses, offsets and "
        + "demand changes through an input-output (Leontief) model.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MultipliersCommand.class,
        ValidateCommand.class, ModelsCommand.class, ModelCommand.class, ReportCommand.class, SchemaCommand.class,
        InitCommand.class, PathsCommand.class, LinkagesCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad scenario, 4 bad model data, 5 I/O error."})
public final class Ripple implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces (of internal errors, and of input errors before their one-line message).")
  boolean verbose;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** A configured command line: exit codes and one-line messages for every error kind ({@link Failure}). */
  public static CommandLine commandLine() {
    Ripple root = new Ripple();
    CommandLine cl = new CommandLine(root);
    cl.setExecutionExceptionHandler(Failure.handler("ripple", () -> root.verbose, true));
    cl.setExecutionStrategy(Failure.strategy(new CommandLine.RunLast()));
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }
}

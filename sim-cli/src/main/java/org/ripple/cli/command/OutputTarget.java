package org.ripple.cli.command;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output PATH} (also spelled {@code --out}) and {@code --force}, the one output option of every command
 * that writes a file or a folder. The rules of the path itself (never an input, never a special file, an existing
 * file or non-empty folder only with {@code --force}) are {@link org.ripple.cli.io.AtomicOutput}'s and
 * {@link org.ripple.cli.io.AtomicFolder}'s.
 */
public final class OutputTarget {
  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Where to write: a file (a folder for the model commands), written whole or not at all; "
          + "also spelled --out. Without it, results go to standard output where the command has any.")
  Path path;

  /** {@code --out PATH}: the same option under its other spelling, accepted but not listed twice in --help. */
  @Option(names = "--out", paramLabel = "PATH", hidden = true)
  void out(Path value) {
    path = value;
  }

  @Option(names = "--force", description = "Replace an existing output file (write into a non-empty folder); "
      + "never a file the command reads.")
  boolean force;

  /** The path given, or null. */
  public Path path() {
    return path;
  }

  public boolean force() {
    return force;
  }

  /** The path, a usage error (exit 2) when the command needs one and none was given. */
  Path required(CommandSpec spec, String label) {
    if (path == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing required option: '-o/--output=" + label + "' (also spelled --out)");
    }
    return path;
  }
}

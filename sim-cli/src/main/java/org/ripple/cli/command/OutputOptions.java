package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import org.ripple.cli.io.AtomicOutput;
import org.ripple.cli.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --format, --output and --force, shared by the commands that write results. */
public final class OutputOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TABLE;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite an existing output file.")
  boolean force;

  public OutputFormat format() {
    return format;
  }

  /** Prints to stdout, or writes the file atomically (never half-written, never over an input). */
  void emit(CommandLine.Model.CommandSpec spec, String text, List<Path> inputs) {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicOutput.write(output, text, force, inputs);
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use table, csv or json");
    }
  }
}

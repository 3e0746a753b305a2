package org.ripple.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.AtomicOutput;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StandardOutput;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.output.DocumentReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.Report;
import org.ripple.cli.output.TableStyle;
import org.ripple.cli.output.Terminal;
import org.ripple.cli.output.xlsx.XlsxWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * --format, the output target ({@link OutputTarget}), --quiet and --no-color of the commands that write results, and
 * the one place that writes a result: every bar started here is erased before the result is written, so no command
 * can leave half a bar in front of its first line.
 */
public final class OutputOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: table, csv, json or xlsx (xlsx needs --output; default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TABLE;

  @CommandLine.Mixin
  OutputTarget target = new OutputTarget();

  @Option(names = {"-q", "--quiet"}, description = "Tables only: no banners, notes or progress.")
  boolean quiet;

  @Option(names = "--no-color", description = "No colour in tables (also when NO_COLOR is set; colour is only "
      + "used when standard output is a terminal).")
  boolean noColor;

  private final List<Progress> bars = new ArrayList<>();

  public OutputFormat format() {
    return format;
  }

  public boolean quiet() {
    return quiet;
  }

  /** The terminal table style for this run: colour only on a terminal, never with --no-color or NO_COLOR. */
  public TableStyle tableStyle() {
    return new TableStyle(Terminal.colour(noColor, System.getenv(), Terminal.interactive()), quiet);
  }

  /**
   * A bar of {@code steps} on stderr, drawn only on a terminal without --quiet (see {@link Terminal#progress}), and
   * erased at the latest when the result is written.
   */
  Progress progress(CommandLine.Model.CommandSpec spec, String label, long steps) {
    return track(Progress.start(spec.commandLine().getErr(),
        Terminal.progress(quiet, System.getenv(), Terminal.interactive()), label, steps));
  }

  /** Registers a bar to be erased before the result is written; returns it. */
  Progress track(Progress bar) {
    bars.add(bar);
    return bar;
  }

  /** Erases every bar before anything is written (closing a bar twice is harmless). */
  private void eraseBars() {
    for (Progress bar : bars) {
      bar.close();
    }
  }

  /** Binary formats cannot go to standard output: a usage error (exit 2) before any work is done. */
  void requireFileForBinary(CommandLine.Model.CommandSpec spec) {
    if (format == OutputFormat.XLSX && target.path() == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format xlsx writes a file: add --output FILE.xlsx");
    }
  }

  /** A result written as text only: with --format xlsx, a usage error (exit 2) at {@code option} saying why. */
  void textOnly(String option, String why) {
    if (format == OutputFormat.XLSX) {
      throw new InputException(null, 0, 0, option, why, ExitCodes.USAGE);
    }
  }

  /** Writes a binary result to the --output file atomically (never half-written, never over an input). */
  void emitBytes(byte[] content, List<Path> inputs) {
    eraseBars();
    AtomicOutput.write(target.path(), content, target.force(), inputs);
  }

  /** Prints to stdout, or writes the file atomically (never half-written, never over an input). */
  void emit(CommandLine.Model.CommandSpec spec, String document, List<Path> inputs) {
    eraseBars();
    // control characters in names and codes are shown escaped; the table's own colour passes when it is on
    String text = TerminalText.escape(document, format == OutputFormat.TABLE && target.path() == null
        && tableStyle().colour());
    if (target.path() == null) {
      spec.commandLine().getOut().print(text);
      StandardOutput.check(spec.commandLine().getOut());
    } else {
      AtomicOutput.write(target.path(), text, target.force(), inputs);
    }
  }

  /**
   * Writes a report built as a document in the chosen format: the workbook to the file, a text format as
   * {@link #emit(CommandLine.Model.CommandSpec, Report, List)} does.
   */
  void emit(CommandLine.Model.CommandSpec spec, DocumentReport report, List<Path> inputs) {
    if (format == OutputFormat.XLSX) {
      emitBytes(XlsxWriter.write(report.document()), inputs);
    } else {
      emit(spec, (Report) report, inputs);
    }
  }

  /**
   * Writes a report in the chosen text format to stdout or to the file atomically, streamed (a large table is never
   * one string in memory).
   */
  void emit(CommandLine.Model.CommandSpec spec, Report report, List<Path> inputs) {
    eraseBars();
    if (target.path() == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        report.write(format, TerminalText.escaping(out, format == OutputFormat.TABLE && tableStyle().colour()));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw; StandardOutput checks its errors
      }
      StandardOutput.check(out);
    } else {
      AtomicOutput.write(target.path(), target.force(), inputs, stream -> report.write(format, stream));
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
      throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use table, csv, json or xlsx");
    }
  }
}

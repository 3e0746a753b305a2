package org.ripple.cli.pipeline;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StandardOutput;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.io.TextFiles;
import org.ripple.core.ModelException;
import org.ripple.core.ScenarioException;
import picocli.CommandLine;

/**
 * How an exception that ends a command becomes its exit code and its one line on stderr, for {@code ripple} and
 * {@code ripple-spark} alike. Classified by type only: an {@link InputException} carries its own file, place and exit
 * code; a {@link ScenarioException} is a bad scenario (3) at its field; a {@link ModelException} is bad model data
 * (4); running out of memory is one line saying how to give Java more heap (4, like a model too large for it); an
 * {@link UncheckedIOException} is an I/O error (5); anything else is an internal error (1), the one kind whose stack
 * trace is printed with {@code --verbose} only and whose line says so.
 *
 * @param exitCode the command's exit code
 * @param message the line after {@code program: }
 * @param internal whether this is a bug in Ripple rather than a problem with the user's input
 */
public record Failure(int exitCode, String message, boolean internal) {
  /** How to give {@code ripple} more heap, the end of its out-of-memory line. */
  public static final String RIPPLE_HEAP = "RIPPLE_JAVA_OPTS=-Xmx8g ./ripple ..., or java -Xmx8g -jar ripple.jar ...";

  /** The failure an exception stands for, in {@code ripple}. */
  public static Failure of(Throwable thrown) {
    return of(thrown, RIPPLE_HEAP);
  }

  /** The failure an exception stands for, in a program whose heap is raised as {@code moreHeap} says. */
  public static Failure of(Throwable thrown, String moreHeap) {
    // picocli hands over an Error (out of memory) still wrapped, as it passes on only Exceptions unwrapped
    Throwable ex = thrown instanceof CommandLine.ExecutionException && thrown.getCause() instanceof Error e ? e
        : thrown;
    if (ex instanceof InputException ie) {
      return new Failure(ie.exitCode(), ie.oneLine(), false);
    }
    if (ex instanceof ScenarioException se) {
      String field = se.field() == null || se.field().isEmpty() ? "" : se.field() + ": ";
      return new Failure(ExitCodes.BAD_SCENARIO, field + se.getMessage(), false);
    }
    if (ex instanceof ModelException me) {
      return new Failure(ExitCodes.BAD_MODEL, me.getMessage(), false);
    }
    if (ex instanceof OutOfMemoryError) {
      return new Failure(ExitCodes.BAD_MODEL, "not enough memory (Java heap " + TextFiles.megabytes(
          Runtime.getRuntime().maxMemory()) + "); give Java more heap: " + moreHeap, false);
    }
    if (ex instanceof UncheckedIOException io) {
      return new Failure(ExitCodes.IO, "cannot read or write a file: " + io.getCause().getMessage(), false);
    }
    return new Failure(ExitCodes.INTERNAL, "internal error: " + ex, true);
  }

  /**
   * Prints the failure of {@code ex} on {@code err} as {@code program: message} and returns its exit code. With
   * {@code verbose}, the stack trace comes first (the one line stays last); without it, an internal error's line ends
   * with how to get the trace when the program has {@code --verbose} ({@code verboseOption}).
   */
  public static int print(Throwable ex, PrintWriter err, String program, boolean verbose, boolean verboseOption) {
    return print(ex, err, program, RIPPLE_HEAP, verbose, verboseOption);
  }

  /** {@link #print(Throwable, PrintWriter, String, boolean, boolean)} for a program raising its heap as {@code moreHeap}. */
  public static int print(Throwable ex, PrintWriter err, String program, String moreHeap, boolean verbose,
      boolean verboseOption) {
    Failure f = of(ex, moreHeap);
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.println(TerminalText.escape(program + ": " + f.message()
        + (f.internal() && verboseOption && !verbose ? " (run with --verbose for details)" : "")));
    err.flush();
    return f.exitCode();
  }

  /**
   * {@code strategy} with the two ends every command shares: running out of memory (an {@link Error}, which picocli
   * lets through) becomes a failure like any other, and a command that succeeded but could not write all of its
   * standard output fails with exit code 5 ({@link StandardOutput}).
   */
  public static CommandLine.IExecutionStrategy strategy(CommandLine.IExecutionStrategy strategy) {
    return parseResult -> {
      CommandLine cl = parseResult.commandSpec().commandLine();
      int rc;
      try {
        rc = strategy.execute(parseResult);
      } catch (OutOfMemoryError e) {
        throw new CommandLine.ExecutionException(cl, "out of memory", e);
      }
      try {
        if (rc == 0) {
          StandardOutput.check(cl.getOut());
        }
      } catch (InputException e) {
        throw new CommandLine.ExecutionException(cl, e.getMessage(), e);
      }
      return rc;
    };
  }

  /** The execution-exception handler of a command line printing as {@code program}. */
  public static CommandLine.IExecutionExceptionHandler handler(String program,
      java.util.function.BooleanSupplier verbose, boolean verboseOption) {
    return handler(program, RIPPLE_HEAP, verbose, verboseOption);
  }

  /** {@link #handler(String, java.util.function.BooleanSupplier, boolean)} raising the heap as {@code moreHeap} says. */
  public static CommandLine.IExecutionExceptionHandler handler(String program, String moreHeap,
      java.util.function.BooleanSupplier verbose, boolean verboseOption) {
    return (ex, commandLine, parseResult) -> print(ex, commandLine.getErr(), program, moreHeap,
        verbose.getAsBoolean(), verboseOption);
  }
}

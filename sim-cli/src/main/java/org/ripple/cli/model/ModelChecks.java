package org.ripple.cli.model;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.TerminalText;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.validate.AcceptedFlows;
import org.ripple.core.validate.Check;
import org.ripple.core.validate.Finding;
import org.ripple.core.validate.ModelValidator;
import org.ripple.core.validate.ValidationReport;

/**
 * Runs {@link ModelValidator} on a loaded model before it is used, the way every command does: warnings are printed
 * (the reader's, which name file, line and column, then the validator's), errors stop with exit code 4 and one line
 * naming the model folder and the sector or cell. Negative flows and zero outputs come from the reader, with their
 * cell in the file, so the validator's copies of those are not printed again.
 */
public final class ModelChecks {
  /** Warnings printed before a run; {@code ripple validate} prints them all. */
  public static final int MAX_WARNINGS = 10;

  private ModelChecks() {}

  /** The validator's findings, then the reader's warnings merged in: what a user should see, errors first. */
  public static List<String> warningLines(LoadedModel loaded, ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (String w : loaded.warnings()) {
      lines.add("warning: " + w);
    }
    for (Finding f : report.warnings()) {
      if (f.check() != Check.NEGATIVE_FLOW && f.check() != Check.ZERO_OUTPUT && !AcceptedFindings.accepts(loaded, f)) {
        lines.add(f.line());
      }
    }
    lines.addAll(AcceptedFindings.unused(loaded, report));
    return lines;
  }

  /**
   * The command that lists every finding of the model, as a user can type it: {@code ripple validate NAME} for a
   * bundled model, {@code ripple validate FOLDER} (absolute, quoted for the shell when it must be) for a folder.
   */
  public static String validateCommand(LoadedModel loaded) {
    String target = loaded.folder().map(f -> shellWord(f.toAbsolutePath().normalize().toString()))
        .orElse(loaded.name());
    return "ripple validate " + target;
  }

  /** {@code word} as one shell word: as it is when it is plain, else in single quotes. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Validates; throws an {@link InputException} (exit 4) for the first error, printing nothing else; otherwise prints
   * at most {@code maxWarnings} warnings on {@code out} with {@code prefix} (then how many were left out).
   */
  public static ValidationReport require(LoadedModel loaded, PrintWriter out, String prefix, int maxWarnings) {
    ValidationReport report = require(loaded);
    print(warningLines(loaded, report), loaded, out, prefix, maxWarnings);
    return report;
  }

  /** Validates; throws an {@link InputException} (exit 4) for the first error; prints nothing. */
  public static ValidationReport require(LoadedModel loaded) {
    // a run solves and never prints the bounds: the cheapest ones that decide productivity will do
    ValidationReport report = ModelValidator.validateForSolving(loaded.model(), loaded.acceptedFlows());
    throwFirstError(loaded, report); // an error is the one line printed; 'ripple validate' lists everything
    return report;
  }

  /**
   * The warnings a run or multipliers command prints once it has succeeded (a failed command prints its one error
   * line only): the reader's and the validator's, but each balance check's findings collapsed into one line, since
   * they describe the table rather than the run ('ripple validate' lists them one by one). What model.yaml accepts
   * ({@link AcceptedFindings}) is not repeated.
   */
  public static Warnings runWarnings(LoadedModel loaded, ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (String w : loaded.warnings()) {
      lines.add("warning: " + w);
    }
    for (Check balance : new Check[] {Check.COLUMN_BALANCE, Check.ROW_BALANCE}) {
      List<Finding> found = report.warnings().stream()
          .filter(f -> f.check() == balance && !AcceptedFindings.accepts(loaded, f)).toList();
      if (found.size() == 1) {
        lines.add(found.get(0).line());
      } else if (found.size() > 1) {
        List<String> places = new ArrayList<>();
        for (int i = 0; i < found.size() && i < 5; i++) {
          places.add(found.get(i).place().replaceFirst("^sector ", ""));
        }
        lines.add(String.format(java.util.Locale.ROOT, "warning: %s: %d sectors outside the %.0f%% tolerance "
            + "(%s%s); list them with: %s", balance == Check.ROW_BALANCE ? "row balance"
            : "column balance", found.size(), 100 * ModelValidator.BALANCE_TOLERANCE, String.join(", ", places),
            found.size() > 5 ? " and " + (found.size() - 5) + " more" : "", validateCommand(loaded)));
      }
    }
    lines.addAll(AcceptedFindings.unused(loaded, report));
    for (Finding f : report.warnings()) {
      if (f.check() != Check.NEGATIVE_FLOW && f.check() != Check.ZERO_OUTPUT && f.check() != Check.COLUMN_BALANCE
          && f.check() != Check.ROW_BALANCE) {
        lines.add(f.line());
      }
    }
    return new Warnings(loaded, lines);
  }

  /** A model's warnings held back until the command has succeeded. */
  public record Warnings(LoadedModel loaded, List<String> lines) {
    public Warnings {
      lines = List.copyOf(lines);
    }

    /** Prints them on {@code err} as {@code ripple: warning: ...}, at most {@link #MAX_WARNINGS}. */
    public void print(PrintWriter err) {
      ModelChecks.print(lines, loaded, err, "ripple: ", MAX_WARNINGS);
    }
  }

  /** Prints at most {@code maxWarnings} lines with {@code prefix}, then how many were left out. */
  public static void print(List<String> warnings, LoadedModel loaded, PrintWriter out, String prefix,
      int maxWarnings) {
    for (int i = 0; i < warnings.size() && i < maxWarnings; i++) {
      out.println(TerminalText.escape(prefix + warnings.get(i)));
    }
    if (warnings.size() > maxWarnings) {
      out.println(TerminalText.escape(prefix + "warning: " + (warnings.size() - maxWarnings) + " more warnings; list "
          + "them all with: " + validateCommand(loaded)));
    }
    out.flush();
  }

  /**
   * The model's Leontief system with this solver (null: automatic): the one validation already built and factored
   * when its strategy is the one asked for, so a run builds the system once; else one with that solver on the
   * coefficients validation derived (a new one when validation built none).
   */
  public static LeontiefSystem system(LoadedModel loaded, ValidationReport report, SolverKind solver) {
    return report.system().map(s -> solver == null || s.solver() == solver ? s : s.withSolver(solver))
        .orElseGet(() -> LeontiefSystem.of(loaded.model(), solver));
  }

  /** Throws the first error of a report as one line (exit 4), with how many more there are. */
  public static void throwFirstError(LoadedModel loaded, ValidationReport report) {
    List<Finding> errors = report.errors();
    if (errors.isEmpty()) {
      return;
    }
    Finding first = errors.get(0);
    String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more errors; list them all with: "
        + validateCommand(loaded) + ")";
    throw new InputException(loaded.location(), 0, 0, first.place(), first.message() + more, ExitCodes.BAD_MODEL);
  }

  /**
   * Refuses (exit 4) a model derived from {@code source} (aggregated, regionalised) that keeps the negative flows
   * {@code source} accepts but would not validate with them: for example L gets a negative entry once the positive
   * supply chains around the negative cell are localised away. {@code fix} ends the one-line message.
   */
  public static void requireUsableDerived(LoadedModel source, Model derived, String fix) {
    List<int[]> negative = ModelWriter.negativeFlows(derived);
    if (negative.isEmpty()) {
      return;
    }
    AcceptedFlows.Builder accepted = AcceptedFlows.builder(derived.size());
    for (int[] c : negative) {
      accepted.accept(c[0], c[1], "from " + source.name());
    }
    ValidationReport report = ModelValidator.validate(derived, accepted.build());
    if (report.hasErrors()) {
      Finding f = report.errors().get(0);
      throw new InputException(source.location(), 0, 0, null, "the new model would keep " + source.name()
          + "'s negative flows and fail validation: " + f.place() + ": " + f.message() + "; " + fix,
          ExitCodes.BAD_MODEL);
    }
  }
}

package org.ripple.cli.command;

import java.io.PrintWriter;
import java.util.Locale;
import org.ripple.cli.output.Progress;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolveReport;
import org.ripple.core.linalg.SolverKind;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --solver and --profile, shared by the commands that solve (run, multipliers). */
public final class SolverOption {
  @Option(names = "--solver", paramLabel = "SOLVER", defaultValue = "auto", converter = KindConverter.class,
      description = "auto, dense-lu, neumann, gauss-seidel or bicgstab (default: auto: dense LU up to "
          + SolverKind.DENSE_MAX_SECTORS + " sectors, bicgstab on the sparse matrix above). Iterative solvers stop "
          + "at a relative residual of 1e-10 and fail (exit 4) naming the sector when they do not get there.")
  SolverKind solver;

  @Option(names = "--profile", description = "Print the time of each phase (read, build, solve, write) to stderr.")
  boolean profile;

  /** The requested strategy, or null for automatic. */
  public SolverKind kind() {
    return solver;
  }

  /** Phase timer: {@link #mark} after each phase, {@link #print} at the end (only with --profile). */
  final class Profile {
    private final Progress progress;
    private final long start = System.nanoTime();
    private long last = start;
    private final StringBuilder sb = new StringBuilder("profile:");

    private Profile(Progress progress) {
      this.progress = progress;
    }

    /** The phase after {@code phase}, shown on the progress bar while it runs. */
    private static String next(String phase) {
      return switch (phase) {
        case "read" -> "checking and factorising the model";
        case "build" -> "solving";
        case "solve", "draws" -> "writing";
        default -> "";
      };
    }

    void mark(String phase) {
      progress.step(next(phase));
      long now = System.nanoTime();
      sb.append(String.format(Locale.ROOT, " %s %.1f ms,", phase, (now - last) / 1e6));
      last = now;
    }

    void mark(String phase, LeontiefSystem system) {
      mark(phase);
      SolveReport r = system.worstSolve();
      sb.setLength(sb.length() - 1);
      sb.append(String.format(Locale.ROOT, " (%s, %d sectors, %d solve calls, at most %d iterations%s),",
          system.solver().key(), system.size(), system.solveCount(), r.iterations(),
          Double.isNaN(r.residual()) ? "" : String.format(Locale.ROOT, ", largest relative residual %.1e",
              r.residual())));
    }

    /** Marks the Monte Carlo phase with its rate: {@code draws 812.0 ms (10000 draws, 12315 draws/s)}. */
    void markDraws(long draws) {
      progress.step(next("draws"));
      long now = System.nanoTime();
      double seconds = (now - last) / 1e9;
      sb.append(String.format(Locale.ROOT, " draws %.1f ms (%d draws, %.0f draws/s),", seconds * 1e3, draws,
          seconds > 0 ? draws / seconds : 0.0));
      last = now;
    }

    /** Marks the write phase and prints the profile (with --profile). */
    void finish(CommandLine.Model.CommandSpec spec) {
      mark("write");
      print(spec);
    }

    void print(CommandLine.Model.CommandSpec spec) {
      if (!profile) {
        return;
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println(sb + String.format(Locale.ROOT, " total %.1f ms", (System.nanoTime() - start) / 1e6));
      err.flush();
    }
  }

  Profile start() {
    return new Profile(Progress.none());
  }

  /** A profile whose phases also advance {@code progress} (read, build, solve, [draws,] write). */
  Profile start(Progress progress) {
    return new Profile(progress);
  }

  static final class KindConverter implements CommandLine.ITypeConverter<SolverKind> {
    @Override
    public SolverKind convert(String value) {
      if (value.equalsIgnoreCase("auto")) {
        return null;
      }
      return SolverKind.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
          + "' is not a solver; use auto, dense-lu, neumann, gauss-seidel or bicgstab"));
    }
  }
}

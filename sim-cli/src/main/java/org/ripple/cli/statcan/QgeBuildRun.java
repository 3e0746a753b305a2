package org.ripple.cli.statcan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelWriter;
import org.ripple.core.Model;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the qge builds ({@code model build} for quebec-2021, {@code model build-provinces}) share: check the
 * propensity, build from the source folder, write the model folder, and turn every failure into one line and an
 * exit code (2 usage, 4 bad source data, 5 I/O).
 */
public final class QgeBuildRun {
  private QgeBuildRun() {}

  /** A model built from qge source files, with what model.yaml says about it. */
  public record Result(Model model, ModelWriter.Provenance provenance) {}

  @FunctionalInterface
  public interface Build {
    public Result build(Path source, double propensity) throws IOException;
  }

  public static int run(CommandSpec spec, Path source, Path out, Double propensity, double defaultPropensity, Build build,
      Function<Model, String> summary) {
    PrintWriter err = spec.commandLine().getErr();
    double p = propensity == null ? defaultPropensity : propensity;
    if (!(p > 0 && p <= 1)) {
      err.println("--propensity must be in (0, 1], was " + propensity);
      return ExitCodes.USAGE;
    }
    Result built;
    try {
      built = build.build(source, p);
    } catch (InputException e) {
      err.println(e.oneLine());
      return e.exitCode();
    } catch (IllegalArgumentException e) {
      err.println(source + ": bad model data: " + e.getMessage());
      return ExitCodes.BAD_MODEL;
    } catch (IOException e) {
      err.println("cannot read " + describe(e));
      return ExitCodes.IO;
    }
    try {
      ModelWriter.write(built.model(), built.provenance(), out);
    } catch (IOException e) {
      err.println("cannot write " + describe(e));
      return ExitCodes.IO;
    }
    spec.commandLine().getOut().println("wrote " + summary.apply(built.model()) + " to " + out);
    return ExitCodes.OK;
  }

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return e.getMessage() + ": exists and is not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

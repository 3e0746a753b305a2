package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.cli.output.MultipliersReport;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ripple multipliers}: the multiplier table of a model, from transposed solves. */
@Command(name = "multipliers", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Print the Type I and Type II multipliers of every sector of a model (default: the bundled "
        + "default model).")
public final class MultipliersCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  SolverOption solverOption;

  @Override
  public Integer call() {
    SolverOption.Profile profile = solverOption.start();
    LoadedModel loaded = Models.fromCommandLine(modelOption.model());
    profile.mark("read");
    LeontiefSystem system = LeontiefSystem.of(loaded.model(), solverOption.kind());
    profile.mark("build");
    Multipliers multipliers = Multipliers.of(system);
    profile.mark("solve", system);
    ReportMeta meta = new ReportMeta(Version.get(), null, loaded.model().info(), loaded.attribution());
    String text = new MultipliersReport(multipliers, meta).render(outputOptions.format());
    List<Path> inputs = new ArrayList<>();
    loaded.folder().ifPresent(inputs::add);
    outputOptions.emit(spec, text, inputs);
    profile.mark("write");
    profile.print(spec);
    return ExitCodes.OK;
  }
}

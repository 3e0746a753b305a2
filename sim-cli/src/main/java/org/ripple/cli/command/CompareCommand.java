package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import org.ripple.cli.Version;
import org.ripple.cli.output.CompareReport;
import org.ripple.cli.output.Progress;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ripple compare A.yaml B.yaml ...}: scenarios side by side on one model (one factorisation), the first as
 * the baseline. A single file with a {@code sweep} key compares its variants.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Compare scenarios side by side (the first is the baseline): direct, indirect, induced and total "
        + "effects, differences from the baseline, shares of the regional totals. One file with a sweep key "
        + "compares its variants.")
public final class CompareCommand extends ResultCommand {
  @Mixin
  ScenarioFiles scenarios;

  @Override
  int phases() {
    return 0;
  }

  @Override
  void execute(Progress bar) {
    List<Path> files = scenarios.all();
    Comparison c = Comparison.run(spec.commandLine(), files, scenarios.first().model());
    warnAfterwards(c.model().warnings());
    List<Sweep.Variant> columns = c.columns();
    ReportMeta meta = c.model().meta(null);
    List<Path> inputs = c.model().inputs(files);
    outputOptions.emit(spec, new CompareReport(columns, c.fiscal(), c.fileNames(files), c.fileLines(files), meta,
        outputOptions.tableStyle()), inputs);
  }
}

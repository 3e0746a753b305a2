package org.ripple.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.output.CompareReport;
import org.ripple.cli.output.OutputFormat;
import org.ripple.cli.output.ReportMeta;
import org.ripple.cli.output.tables.CompareTables;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.core.sweep.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ripple compare A.yaml B.yaml ...}: scenarios side by side on one model (one factorisation), the first as
 * the baseline. A single file with a {@code sweep} key compares its variants.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Compare scenarios side by side (the first is the baseline): direct, indirect, induced and total "
        + "effects, differences from the baseline, shares of the regional totals. One file with a sweep key "
        + "compares its variants.")
public final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (.yaml, .yml or .json).")
  List<Path> files;

  @Mixin
  ModelOption modelOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    outputOptions.requireFileForBinary(spec);
    Comparison c = Comparison.run(cl, files, modelOption.model());
    List<Sweep.Variant> columns = c.columns();
    ReportMeta meta = c.model().meta(null);
    List<Path> inputs = c.model().inputs(files);
    outputOptions.emit(spec, new CompareReport(columns, c.fileNames(files), c.fileLines(files), meta,
        outputOptions.tableStyle()), inputs);
    c.model().warnings().print(cl.getErr());
    return ExitCodes.OK;
  }
}

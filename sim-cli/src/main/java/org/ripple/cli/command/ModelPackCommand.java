package org.ripple.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.cli.model.ModelReader;
import org.ripple.core.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ripple model pack MODEL}: reads a model folder from its text and writes the binary form of its sectors,
 * industry columns and transactions, {@code MODEL/model.pack}, which later commands reading the folder use instead of
 * that text once it checks out (format, checksum, and the files it was made from unchanged).
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
    description = "Write MODEL/" + ModelReader.PACK + ", the binary form of a model folder's sectors, industry "
        + "columns and transactions, so that "
        + "later commands on the folder read arrays instead of text (checked against the files it was made from; "
        + "run again after changing them).")
public final class ModelPackCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A model folder.")
  Path model;

  @Override
  public Integer call() {
    if (!Files.isDirectory(model) && ModelReader.bundledNames().contains(model.toString())) {
      throw InputException.at(model, 0, 0, null, "is a bundled model, read from the jar; give a model folder",
          ExitCodes.USAGE);
    }
    ModelReader.Packed packed = ModelReader.pack(model);
    Model m = packed.model().model();
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %s (%d sectors, %d non-zero flows)",
        packed.pack(), m.size(), m.nonZeroFlows()));
    return ExitCodes.OK;
  }
}

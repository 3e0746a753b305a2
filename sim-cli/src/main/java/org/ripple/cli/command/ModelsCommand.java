package org.ripple.cli.command;

import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.Models;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ripple models}: the bundled models, one line each. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "List the models bundled with Ripple.")
public final class ModelsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (String name : Models.bundledNames()) {
      LoadedModel loaded = Models.bundled(name);
      Model m = loaded.model();
      StringBuilder sb = new StringBuilder();
      sb.append(name).append(name.equals(Models.DEFAULT) ? " (default)" : "").append(": ")
          .append(m.info().title()).append("; ").append(countUnlessSaid(m.info().title(), m.size()))
          .append(m.info().region()).append(' ').append(m.info().year()).append("; ").append(m.info().unit());
      sb.append("; jobs: ").append(m.has(Measure.JOBS) ? "yes" : "not available");
      sb.append("; Type II: ").append(m.hasHouseholds() && m.has(Measure.LABOUR_INCOME) ? "yes" : "not available");
      String accepted = org.ripple.cli.model.AcceptedFindings.summary(loaded);
      sb.append(accepted.isEmpty() ? "" : "; accepted findings (see ripple validate " + name + "): " + accepted);
      out.println(sb);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** "N sectors; ", unless the title already says N sectors (industries, products): nothing said twice. */
  static String countUnlessSaid(String title, int sectors) {
    boolean said = java.util.regex.Pattern.compile("(^|\\D)" + sectors + " (sectors|industries|products)\\b")
        .matcher(title).find();
    return said ? "" : sectors + " sectors; ";
  }
}

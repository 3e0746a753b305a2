package org.ripple.cli.command;

import java.io.PrintWriter;
import org.ripple.cli.io.TerminalText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.AcceptedFindings;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.model.Models;
import org.ripple.cli.pipeline.PreparedModel;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.validate.Finding;
import org.ripple.core.validate.ModelValidator;
import org.ripple.core.validate.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ripple validate SCENARIO|MODEL}: checks a scenario against its model (by running it, writing nothing), or a
 * model folder (or bundled model) on its own: shapes, codes, finite numbers, productivity.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Validate a scenario file, a model folder or a bundled model. Exit 0 when valid; warnings do "
        + "not fail validation, errors do (3 for scenarios, 4 for models).")
public final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO|MODEL",
      description = "A scenario file, a model folder, or a bundled model name.")
  String target;

  @CommandLine.Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "For a scenario: the model to check it against (overrides its model key).")
  String model;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path path = Path.of(target);
    if (Files.isDirectory(path) || (!Files.exists(path) && Models.bundledNames().contains(target))) {
      LoadedModel loaded = Models.fromCommandLine(target);
      ValidationReport report = ModelValidator.validate(loaded.model(), loaded.acceptedFlows());
      report(out, loaded, report);
      out.flush();
      ModelChecks.throwFirstError(loaded, report);
      println(out, "ok: model " + loaded.model().info().name() + " is valid"
          + (!ModelChecks.warningLines(loaded, report).isEmpty() ? " (with warnings)"
          : !AcceptedFindings.lines(loaded, report).isEmpty() ? " (with accepted findings)" : ""));
      out.flush();
      return ExitCodes.OK;
    }
    ScenarioDocument doc = ScenarioDocument.read(path);
    PreparedModel prepared = PreparedModel.of(Models.forScenario(doc, model), null);
    LoadedModel loaded = prepared.loaded();
    ModelChecks.print(ModelChecks.warningLines(loaded, prepared.validation()), loaded, out, "", Integer.MAX_VALUE);
    ModelChecks.print(AcceptedFindings.lines(loaded, prepared.validation()), loaded, out, "", Integer.MAX_VALUE);
    PreparedRun run = PreparedRun.on(doc, prepared); // the scenario's own errors come after the model's warnings
    run.timeline(run.solve());
    Scenario scenario = run.scenario();
    int shocks = scenario.closures().size() + scenario.subcontractors().size() + scenario.offsets().size()
        + scenario.demandChanges().size();
    println(out, "ok: scenario " + scenario.name() + " (" + shocks + " shocks) is valid on model "
        + loaded.model().info().name());
    out.flush();
    return ExitCodes.OK;
  }

  /** The model's description, what was checked, then every finding (errors first) and every reader warning. */
  private static void report(PrintWriter out, LoadedModel loaded, ValidationReport report) {
    Model m = loaded.model();
    println(out, "model " + m.info().name() + ": " + m.size() + " sectors, " + m.info().region() + " "
        + m.info().year() + ", " + m.info().unit());
    println(out, "  jobs: " + (m.has(Measure.JOBS) ? "yes" : "not available")
        + "; labour income: " + (m.has(Measure.LABOUR_INCOME) ? "yes" : "not available")
        + "; value added: " + (m.has(Measure.VALUE_ADDED) ? "yes" : "not available")
        + "; Type II: " + (report.spectralRadiusTypeII() != null ? "yes" : "not available"));
    PerronRoot r = report.spectralRadius();
    if (r != null) {
      println(out, String.format(Locale.ROOT, "  spectral radius of A: %.6f (bounds %.6f to %.6f; must be < 1)",
          r.estimate(), r.lower(), r.upper()));
    }
    if (report.spectralRadiusTypeII() != null) {
      PerronRoot r2 = report.spectralRadiusTypeII();
      println(out, String.format(Locale.ROOT, "  spectral radius of the Type II matrix: %.6f (bounds %.6f to %.6f; "
          + "must be < 1)", r2.estimate(), r2.lower(), r2.upper()));
    }
    for (String c : report.checks()) {
      println(out, "  checked: " + c);
    }
    for (Finding f : report.errors()) {
      println(out, f.line());
    }
    for (String w : ModelChecks.warningLines(loaded, report)) {
      println(out, w);
    }
    for (String a : AcceptedFindings.lines(loaded, report)) {
      println(out, a);
    }
  }

  /** One line of the report, control characters in names and codes shown escaped ({@link TerminalText}). */
  private static void println(PrintWriter out, String line) {
    out.println(TerminalText.escape(line));
  }
}

package org.ripple.cli.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.Version;
import org.ripple.cli.model.LoadedModel;
import org.ripple.cli.model.ModelChecks;
import org.ripple.cli.output.ReportMeta;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.validate.ValidationReport;

/**
 * A model made ready to solve: read, validated (the first error stops with exit code 4 and one line, nothing else
 * printed), its Leontief system built once (the one validation factored when its solver is the one asked for) and
 * the engine that runs scenarios on it. The warnings are held back for the command to print once it has succeeded.
 * One prepared model serves every scenario of a comparison, every variant of a sweep and every draw.
 */
public final class PreparedModel {
  private final LoadedModel loaded;
  private final ValidationReport validation;
  private final LeontiefSystem system;
  private final ModelChecks.Warnings warnings;
  private ImpactEngine engine;

  private PreparedModel(LoadedModel loaded, ValidationReport validation, LeontiefSystem system) {
    this.loaded = loaded;
    this.validation = validation;
    this.system = system;
    this.warnings = ModelChecks.runWarnings(loaded, validation);
  }

  /** Validates {@code loaded} and builds its system with {@code solver} (null: the automatic choice). */
  public static PreparedModel of(LoadedModel loaded, SolverKind solver) {
    ValidationReport report = ModelChecks.require(loaded);
    return new PreparedModel(loaded, report, ModelChecks.system(loaded, report, solver));
  }

  public LoadedModel loaded() {
    return loaded;
  }

  /** Everything the validator found (errors excluded: a model with an error is never prepared). */
  public ValidationReport validation() {
    return validation;
  }

  public LeontiefSystem system() {
    return system;
  }

  /** The engine on this model's system, made on first use and shared by every run on the model. */
  public ImpactEngine engine() {
    if (engine == null) {
      engine = new ImpactEngine(system);
    }
    return engine;
  }

  /** The warnings to print once the command has succeeded (a failed command prints its error line only). */
  public ModelChecks.Warnings warnings() {
    return warnings;
  }

  /** What every report says about where its figures come from; {@code scenarioFile} may be null. */
  public ReportMeta meta(String scenarioFile) {
    return new ReportMeta(Version.get(), scenarioFile, loaded.model().info(), loaded.attribution());
  }

  /**
   * The files an output may not overwrite, even with {@code --force}: {@code scenarioFiles}, then the model's folder
   * and each of its model files ({@link LoadedModel#files()}; none for a bundled model read from the jar).
   */
  public List<Path> inputs(List<Path> scenarioFiles) {
    List<Path> inputs = new ArrayList<>(scenarioFiles);
    inputs.addAll(loaded.files());
    return inputs;
  }
}

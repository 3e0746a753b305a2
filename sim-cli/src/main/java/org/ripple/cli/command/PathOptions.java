package org.ripple.cli.command;

import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.InputException;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --top}, {@code --depth}, {@code --measure} and {@code --type} of the structural paths, and their checks: a
 * bad value, a measure the model has no data for and Type II on a model without households are usage errors (exit
 * 2), one line naming the option and what to give instead.
 */
public final class PathOptions {
  /** The most paths one listing may ask for. */
  static final int MAX_TOP = 10_000;
  /** The most edges a path may have. */
  static final int MAX_DEPTH = 50;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many paths to list, largest first (1 to " + MAX_TOP + "; default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--depth", paramLabel = "D", defaultValue = "6",
      description = "The most steps (supplier purchases) a path may have, 0 to " + MAX_DEPTH
          + " (0: direct effects only; default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "jobs", converter = MeasureConverter.class,
      description = "jobs, labour_income, value_added or output (default: ${DEFAULT-VALUE}).")
  Measure measure;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "I", converter = TypeConverter.class,
      description = "I: supply chain only (default); II: households are a node of the paths (labour income into "
          + "them, their spending out).")
  ModelType type;

  /** Refuses values out of range before any work is done. */
  void check(CommandLine.Model.CommandSpec spec) {
    if (top < 1 || top > MAX_TOP) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be in [1, " + MAX_TOP + "], was "
          + top);
    }
    if (depth < 0 || depth > MAX_DEPTH) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--depth must be in [0, " + MAX_DEPTH
          + "], was " + depth);
    }
  }

  /** Refuses a measure or a type the model cannot give. */
  void checkAgainst(LeontiefSystem system) {
    String model = system.model().info().name();
    if (!system.has(measure)) {
      throw new InputException(null, 0, 0, "--measure", "model " + model + " has no " + measure.key()
          + " data; use --measure output", ExitCodes.USAGE);
    }
    if (type == ModelType.TYPE_II && !system.hasTypeII()) {
      throw new InputException(null, 0, 0, "--type", "model " + model + " has no household data, so Type II is "
          + "not available; use --type I", ExitCodes.USAGE);
    }
  }

  static final class MeasureConverter implements CommandLine.ITypeConverter<Measure> {
    @Override
    public Measure convert(String value) {
      for (Measure m : Measure.values()) {
        if (m.key().equals(value)) {
          return m;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value
          + "' is not a measure; use jobs, labour_income, value_added or output");
    }
  }

  static final class TypeConverter implements CommandLine.ITypeConverter<ModelType> {
    @Override
    public ModelType convert(String value) {
      for (ModelType t : ModelType.values()) {
        if (t.suffix().equalsIgnoreCase(value)) {
          return t;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a model type; use I or II");
    }
  }
}

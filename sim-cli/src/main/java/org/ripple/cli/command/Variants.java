package org.ripple.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.Fmt;
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.cli.scenario.Overrides;
import org.ripple.cli.scenario.ScenarioDocument;
import org.ripple.cli.scenario.ScenarioFile;
import org.ripple.core.ModelInfo;
import org.ripple.core.ScenarioException;
import org.ripple.core.scenario.Scenario;
import org.ripple.cli.io.RefusedKey;
import picocli.CommandLine;

/** Parameter variants of a base scenario, from {@code --set PATH=V1,V2,...} or from the file's {@code sweep} key. */
final class Variants {
  private Variants() {}

  /** A field path and the values it takes, one variant each. */
  record Spec(String path, List<Double> values, boolean fromFile) {}

  static Spec parse(CommandLine cl, String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new CommandLine.ParameterException(cl, "--set takes PATH=V1,V2,..., e.g. offsets[*].share=0,0.25,0.5");
    }
    List<Double> values = new ArrayList<>();
    for (String v : text.substring(eq + 1).split(",", -1)) {
      try {
        double d = Double.parseDouble(v.trim());
        if (!Double.isFinite(d) || !v.trim().matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
          throw new NumberFormatException();
        }
        values.add(d);
      } catch (NumberFormatException e) {
        throw new CommandLine.ParameterException(cl, "--set: '" + v + "' is not a number");
      }
    }
    String path = text.substring(0, eq).trim();
    try {
      Overrides.check(path);
    } catch (RefusedKey e) {
      throw new CommandLine.ParameterException(cl, "--set: " + e.getMessage());
    }
    return new Spec(path, values, false);
  }

  /** The file's sweep key, or null. */
  static Spec fromFile(ScenarioDocument doc) {
    ScenarioFile.SweepEntry s = doc.content().sweep();
    if (s == null) {
      return null;
    }
    try {
      Overrides.check(s.set());
    } catch (RefusedKey e) {
      throw doc.at(e.place(), e.getMessage());
    }
    if (s.values().isEmpty()) {
      throw doc.at("sweep.values", "needs at least one value");
    }
    for (int i = 0; i < s.values().size(); i++) {
      if (s.values().get(i) == null) {
        throw doc.at("sweep.values[" + i + "]", "a number is required here");
      }
    }
    return new Spec(s.set().trim(), s.values(), true);
  }

  static String name(Spec spec, double value) {
    return spec.path() + " = " + Fmt.plain(value);
  }

  /** One scenario per value; errors at the file's sweep key (exit 3) or as a usage error for --set (exit 2). */
  static List<Scenario> scenarios(CommandLine cl, PreparedRun run, Spec spec) {
    ScenarioDocument doc = run.mappedDocument();
    Scenario base = run.scenario();
    ModelInfo info = run.loaded().model().info();
    List<Scenario> out = new ArrayList<>();
    for (double v : spec.values()) {
      try {
        Scenario s = Overrides.apply(base, spec.path(), v, info);
        out.add(new Scenario(base.name() + " [" + name(spec, v) + "]", base.description(), s.closures(),
            s.subcontractors(), s.offsets(), s.demandChanges()));
      } catch (RefusedKey e) {
        throw refused(cl, doc, spec, v, e.place(), e.getMessage(), false);
      } catch (ScenarioException e) {
        throw refused(cl, doc, spec, v, e.field(), e.getMessage(), true);
      }
    }
    return out;
  }

  /**
   * A variant that cannot be made: at the file's {@code sweep} key (exit 3) with the field, or as a usage error of
   * {@code --set} (exit 2), naming the field only when it is the variant's ({@code variantField}), not the override's
   * own {@code sweep.*} key, which a command line does not have.
   */
  private static RuntimeException refused(CommandLine cl, ScenarioDocument doc, Spec spec, double v, String field,
      String message, boolean variantField) {
    if (spec.fromFile()) {
      return doc.at("sweep", "value " + Fmt.plain(v) + ": " + (field == null ? "" : field + ": ") + message);
    }
    return new CommandLine.ParameterException(cl, "--set " + spec.path() + "=" + Fmt.plain(v) + ": "
        + (field == null || !variantField ? "" : field + ": ") + message);
  }
}

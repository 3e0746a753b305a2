package org.ripple.cli.output;

import java.util.Locale;
import org.ripple.core.Effect;
import org.ripple.core.Measure;

/**
 * How every report names and writes its figures: the four measures it shows and their order, the names of the
 * effects, and a figure as terminal-table text (jobs in whole persons, money in millions with one decimal, both
 * grouped).
 */
public final class Figures {
  /** Jobs, labour income, value added, output: the measures of every report of effects, in this order. */
  public static final Measure[] MEASURES = {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED,
      Measure.OUTPUT};
  /** The money measures, in report order. */
  public static final Measure[] MONEY = {Measure.LABOUR_INCOME, Measure.VALUE_ADDED, Measure.OUTPUT};

  private Figures() {}

  /** A figure of one effect and measure in report units; NaN when it is not available. */
  @FunctionalInterface
  interface EffectFigure {
    double of(Effect effect, Measure measure);
  }

  /** "Direct", "Indirect", "Induced", "Total". */
  public static String effectName(Effect e) {
    return capitalised(e.key());
  }

  /** The key with its first letter in upper case, e.g. "labour_income" gives "Labour_income". */
  public static String capitalised(String key) {
    return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }

  /**
   * A column for each effect and measure, effect by effect, keyed {@code <prefix>.<effect>.<measure>} (JSON nests
   * them: one object of effects, each an object of the four measures), jobs in persons and money in currency units.
   */
  public static java.util.List<org.ripple.cli.output.tables.Column> effectColumns(String prefix) {
    return effectColumns(prefix, Measure.JOBS.key());
  }

  /**
   * The same columns with the jobs keyed {@code jobsKey} (a timeline's cumulative jobs are {@code job_years}); an
   * empty prefix keys them {@code <effect>.<measure>} (the effect objects directly in the row's object).
   */
  public static java.util.List<org.ripple.cli.output.tables.Column> effectColumns(String prefix, String jobsKey) {
    java.util.List<org.ripple.cli.output.tables.Column> cols = new java.util.ArrayList<>();
    for (Effect e : Effect.values()) {
      for (Measure m : MEASURES) {
        String header = effectName(e) + " " + m.key().replace('_', ' ');
        cols.add((m == Measure.JOBS ? org.ripple.cli.output.tables.Column.jobs(header)
            : org.ripple.cli.output.tables.Column.money(header)).keyed((prefix.isEmpty() ? "" : prefix + ".")
            + e.key() + "." + (m == Measure.JOBS ? jobsKey : m.key())));
      }
    }
    return cols;
  }

  /** A figure's sixteen cells, effect by effect and measure by measure, as {@link #effectColumns} orders them. */
  static void addEffects(java.util.List<Object> row, EffectFigure figure) {
    for (Effect e : Effect.values()) {
      for (Measure m : MEASURES) {
        row.add(figure.of(e, m));
      }
    }
  }

  /** The measure of a machine key, e.g. {@code labour_income}. */
  public static Measure measure(String key) {
    for (Measure m : Measure.values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no measure '" + key + "'");
  }

  /** A figure in report units as table text: jobs grouped and whole, money in millions, grouped, one decimal. */
  public static String table(Measure m, double v) {
    return m == Measure.JOBS ? Fmt.grouped(v, 0) : Fmt.grouped(v / 1e6, 1);
  }

}

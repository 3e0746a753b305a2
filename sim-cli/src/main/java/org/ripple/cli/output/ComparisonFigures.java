package org.ripple.cli.output;

import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;
import org.ripple.core.sweep.Sweep.Variant;

/**
 * The figures of scenarios side by side, as every format of a comparison gives them: each scenario's total effect
 * in report units (jobs in persons, money in currency units per year), its difference from the first scenario (the
 * baseline), and its share of the model's regional total of the measure (jobs: total employment). A figure that
 * cannot be given (the model lacks the measure or the effect, or has no regional total) is NaN.
 */
public final class ComparisonFigures {
  private final List<Variant> columns;
  private final ReportMeta meta;
  private final Model model;

  /** @param columns the scenarios, the first is the baseline; all on one model */
  public ComparisonFigures(List<Variant> columns, ReportMeta meta) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    this.columns = List.copyOf(columns);
    this.meta = meta;
    this.model = columns.get(0).result().system().model();
  }

  public int size() {
    return columns.size();
  }

  public String name(int c) {
    return columns.get(c).name();
  }

  /** The scenarios, the first the baseline. */
  public List<Variant> columns() {
    return columns;
  }

  public Model model() {
    return model;
  }

  public Impact impact(int c) {
    return columns.get(c).total();
  }

  /** The effect of scenario c in report units. */
  public double value(int c, Measure m, Effect e) {
    return impact(c).available(m, e) ? impact(c).sum(m, e) * meta.scale(m) : Double.NaN;
  }

  /** Scenario c minus the baseline, in report units. */
  public double difference(int c, Measure m, Effect e) {
    return impact(c).available(m, e) && impact(0).available(m, e) ? value(c, m, e) - value(0, m, e) : Double.NaN;
  }

  /** The effect of scenario c as a fraction of the model's regional total of the measure. */
  public double share(int c, Measure m, Effect e) {
    if (!impact(c).available(m, e) || !model.has(m)) {
      return Double.NaN;
    }
    double total = model.total(m);
    return total > 0 ? impact(c).sum(m, e) / total : Double.NaN;
  }

  /** The model's regional total of the measure in report units. */
  public double regionalTotal(Measure m) {
    return model.has(m) ? model.total(m) * meta.scale(m) : Double.NaN;
  }
}

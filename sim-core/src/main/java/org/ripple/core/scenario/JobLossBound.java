package org.ripple.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;

/**
 * A result stays physically possible: a sector cannot lose more jobs than it has. The direct losses are checked
 * before solving ({@link ShockPlan}); the total (direct, indirect and induced) can still exceed a sector's employment
 * when the shocks are large against its suppliers, and each such sector gets a warning note in the result, so every
 * report format carries it.
 */
final class JobLossBound {
  private JobLossBound() {}

  /** One warning per sector whose total job loss in {@code total} exceeds its employment; none without jobs data. */
  static List<String> warnings(LeontiefSystem system, Impact total) {
    Model model = system.model();
    List<String> notes = new ArrayList<>();
    if (!model.has(Measure.JOBS) || !total.available(Measure.JOBS, Effect.TOTAL)) {
      return notes;
    }
    for (int j = 0; j < total.size(); j++) {
      double lost = -total.value(Measure.JOBS, Effect.TOTAL, j);
      double employed = model.level(Measure.JOBS, j);
      if (lost > employed * (1 + 1e-9)) {
        notes.add(String.format(Locale.ROOT, "warning: sector %s loses %.0f jobs in total (direct, indirect and "
            + "induced), more than its employment in the model (%.0f); the shocks are too large for a linear model "
            + "of this economy", model.sectors().at(j).code(), lost, employed));
      }
    }
    return List.copyOf(notes);
  }
}

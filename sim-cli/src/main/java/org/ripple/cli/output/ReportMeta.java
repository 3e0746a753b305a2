package org.ripple.cli.output;

import org.ripple.core.Measure;
import org.ripple.core.ModelInfo;

/**
 * What every report says about where its numbers come from.
 *
 * @param version Ripple's version
 * @param scenarioFile the scenario file name as given (no timestamps, no absolute paths), or null
 * @param model the model's metadata
 * @param attribution the licence attribution the model's data require, or empty
 */
public record ReportMeta(String version, String scenarioFile, ModelInfo model, String attribution) {
  public ReportMeta {
    attribution = attribution == null ? "" : attribution;
  }

  /** Multiplier from model units to what reports show: currency units for money, persons for jobs. */
  public double scale(Measure m) {
    return m == Measure.JOBS ? 1.0 : model.unitFactor();
  }

  /** The currency reports use, e.g. CAD; falls back to the model's unit when no currency is declared. */
  public String currency() {
    return model.currency().isEmpty() ? model.unit() : model.currency();
  }
}

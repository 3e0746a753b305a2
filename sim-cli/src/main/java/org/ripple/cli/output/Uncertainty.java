package org.ripple.cli.output;

import java.util.List;
import java.util.Objects;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * What a Monte Carlo run adds to a report: the number of draws, the seed, what was uncertain, and the summary of
 * every headline cell (in the model's units, as {@link Headline} lays them out).
 *
 * @param draws number of draws
 * @param seed the seed; the same seed gives the same bytes
 * @param inputs the scenario inputs given as distributions
 * @param model the model's coefficient uncertainty
 * @param summaries one summary per headline cell
 */
public record Uncertainty(int draws, long seed, List<UncertainInput> inputs, ModelUncertainty model,
    Summary[] summaries) {
  public Uncertainty {
    Objects.requireNonNull(model, "model");
    inputs = List.copyOf(inputs);
    if (summaries.length != Headline.CELLS) {
      throw new IllegalArgumentException("expected " + Headline.CELLS + " summaries");
    }
    summaries = summaries.clone();
  }

  public Summary summary(Headline.Block block, Effect effect, Measure measure) {
    return summaries[Headline.index(block, effect, measure)];
  }

  /** The statistics reported for every cell, with their keys (CSV, JSON) and labels (tables, sheets). */
  public enum Stat {
    P5("p5", "P5"),
    P50("p50", "P50"),
    P95("p95", "P95"),
    MEAN("mean", "mean"),
    SD("sd", "sd");

    final String key;
    final String label;

    Stat(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** The table and sheet label, e.g. "P5", "mean". */
    public String label() {
      return label;
    }

    /** This statistic of a cell's summary. */
    public double of(Summary s) {
      return switch (this) {
        case P5 -> s.p5();
        case P50 -> s.p50();
        case P95 -> s.p95();
        case MEAN -> s.mean();
        case SD -> s.sd();
      };
    }
  }
}

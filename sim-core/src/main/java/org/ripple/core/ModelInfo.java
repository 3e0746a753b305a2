package org.ripple.core;

import java.util.List;
import java.util.Objects;

/**
 * Descriptive metadata of a model: what it is, where it comes from, in what unit its money is.
 *
 * @param name short identifier, e.g. {@code quebec-2021}
 * @param title human-readable title
 * @param region the region the table describes
 * @param year reference year
 * @param currency ISO currency code, e.g. {@code CAD}
 * @param unit monetary unit of every money figure, e.g. {@code CAD thousands}
 * @param unitFactor how many currency units one model unit is (1000 for "thousands")
 * @param jobsDefinition what one job is in this model (e.g. "persons employed, annual average")
 * @param sources data sources, one line each
 * @param assumptions modelling assumptions, one line each
 * @param payFactor labour income per unit of gross wages and salaries in the model's labour-income concept (1 plus
 *     the employer contributions it counts); 1 when the model does not say
 */
public record ModelInfo(String name, String title, String region, int year, String currency, String unit,
    double unitFactor, String jobsDefinition, List<String> sources, List<String> assumptions, double payFactor) {

  /** Metadata of a model whose labour income is gross wages (pay factor 1). */
  public ModelInfo(String name, String title, String region, int year, String currency, String unit,
      double unitFactor, String jobsDefinition, List<String> sources, List<String> assumptions) {
    this(name, title, region, year, currency, unit, unitFactor, jobsDefinition, sources, assumptions, 1.0);
  }

  public ModelInfo {
    Objects.requireNonNull(name, "name");
    title = title == null ? name : title;
    region = region == null ? "" : region;
    currency = currency == null ? "" : currency;
    unit = unit == null ? "" : unit;
    jobsDefinition = jobsDefinition == null ? "" : jobsDefinition;
    if (!(unitFactor > 0) || !Double.isFinite(unitFactor)) {
      throw new IllegalArgumentException("unit factor must be a positive finite number, was " + unitFactor);
    }
    sources = sources == null ? List.of() : List.copyOf(sources);
    assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    if (!(payFactor >= 1) || !Double.isFinite(payFactor)) {
      throw new IllegalArgumentException("pay factor must be a finite number of at least 1, was " + payFactor);
    }
  }

  public static ModelInfo named(String name) {
    return new ModelInfo(name, name, "", 0, "", "", 1.0, "", List.of(), List.of());
  }
}

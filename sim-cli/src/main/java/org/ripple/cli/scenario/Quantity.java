package org.ripple.cli.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ripple.core.Suggestions;
import org.ripple.core.uncertainty.Distribution;
import org.ripple.core.uncertainty.Slot;

/**
 * A numeric scenario input: a plain number, or a distribution written as a mapping (scenarios/README.md,
 * "Uncertainty"):
 *
 * <pre>
 *   jobs: 1700
 *   jobs: {distribution: uniform, min: 1700, max: 1903}
 *   jobs: {distribution: triangular, min: 1500, mode: 1500, max: 2765}
 *   jobs: {distribution: normal, mean: 1800, sd: 60}          # truncated to the quantity's range
 *   jobs: {distribution: lognormal, median: 1800, sigma: 0.1}
 *   jobs: {distribution: weighted, values: [1500, 2765], weights: [0.5, 0.5]}
 * </pre>
 *
 * A plain number binds exactly as before (same checks, same messages). Without draws, a distribution counts as its
 * mean.
 */
@JsonDeserialize(using = Quantity.Reader.class)
public final class Quantity {
  private final Double number;
  private final DistributionEntry distribution;

  private Quantity(Double number, DistributionEntry distribution) {
    this.number = number;
    this.distribution = distribution;
  }

  public static Quantity of(double number) {
    return new Quantity(number, null);
  }

  public boolean isDistribution() {
    return distribution != null;
  }

  /** The distribution in the file's units, truncated (normal) to the quantity's range. */
  public Distribution distribution(Slot.Range range) {
    if (distribution == null) {
      throw new IllegalStateException("a plain number has no distribution");
    }
    return distribution.toDistribution(range);
  }

  /** The value without draws: the number, or the mean of the distribution over the quantity's range. */
  public double point(Slot.Range range) {
    return number != null ? number : distribution(range).mean();
  }

  /** The point value of a possibly absent quantity, or null. */
  static Double point(Quantity q, Slot.Range range) {
    return q == null ? null : q.point(range);
  }

  /** The mapping form. Unknown keys are errors; which keys a family takes is checked in {@link #toDistribution}. */
  public record DistributionEntry(
      @JsonProperty("distribution") String distribution,
      @JsonProperty("min") Double min,
      @JsonProperty("mode") Double mode,
      @JsonProperty("max") Double max,
      @JsonProperty("mean") Double mean,
      @JsonProperty("sd") Double sd,
      @JsonProperty("median") Double median,
      @JsonProperty("sigma") Double sigma,
      @JsonProperty("values") List<Double> values,
      @JsonProperty("weights") List<Double> weights) {

    private static final Map<String, List<String>> KEYS = new TreeMap<>(Map.of(
        "uniform", List.of("min", "max"),
        "triangular", List.of("min", "mode", "max"),
        "normal", List.of("mean", "sd"),
        "lognormal", List.of("median", "sigma"),
        "weighted", List.of("values", "weights")));

    /** Checks the parameters when the file is read, so that errors point at the mapping. */
    public DistributionEntry {
      build(distribution, min, mode, max, mean, sd, median, sigma, values, weights, Slot.Range.SIGNED);
    }

    Distribution toDistribution(Slot.Range range) {
      return build(distribution, min, mode, max, mean, sd, median, sigma, values, weights, range);
    }

    // static: a compact constructor runs before the fields are assigned
    private static Distribution build(String distribution, Double min, Double mode, Double max, Double mean,
        Double sd, Double median, Double sigma, List<Double> values, List<Double> weights, Slot.Range range) {
      if (distribution == null) {
        throw new IllegalArgumentException("a distribution needs the key 'distribution', one of "
            + String.join(", ", KEYS.keySet()));
      }
      String kind = distribution.toLowerCase(Locale.ROOT);
      List<String> keys = KEYS.get(kind);
      if (keys == null) {
        throw new IllegalArgumentException("unknown distribution '" + distribution + "'; expected one of "
            + String.join(", ", KEYS.keySet()) + Suggestions.nearest(String.valueOf(distribution), KEYS.keySet())
                .map(s -> "; did you mean '" + s + "'?").orElse(""));
      }
      Map<String, Object> given = new TreeMap<>();
      given.put("min", min);
      given.put("mode", mode);
      given.put("max", max);
      given.put("mean", mean);
      given.put("sd", sd);
      given.put("median", median);
      given.put("sigma", sigma);
      given.put("values", values);
      given.put("weights", weights);
      List<String> missing = new ArrayList<>();
      for (String k : keys) {
        if (given.get(k) == null && !(kind.equals("weighted") && k.equals("weights"))) {
          missing.add(k);
        }
      }
      List<String> extra = new ArrayList<>();
      for (Map.Entry<String, Object> e : given.entrySet()) {
        if (e.getValue() != null && !keys.contains(e.getKey())) {
          extra.add(e.getKey());
        }
      }
      String takes = kind + " takes " + String.join(", ", keys) + (kind.equals("weighted") ? " (weights optional)"
          : "");
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(takes + "; missing " + String.join(", ", missing));
      }
      if (!extra.isEmpty()) {
        throw new IllegalArgumentException(takes + "; not " + String.join(", ", extra));
      }
      return switch (kind) {
        case "uniform" -> Distribution.uniform(min, max);
        case "triangular" -> Distribution.triangular(min, mode, max);
        case "normal" -> Distribution.normal(mean, sd, range.lower(), range.upper());
        case "lognormal" -> Distribution.lognormal(median, sigma);
        default -> {
          double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
          double[] w = new double[v.length];
          if (weights == null) {
            java.util.Arrays.fill(w, 1.0);
          } else {
            w = weights.stream().mapToDouble(Double::doubleValue).toArray();
          }
          yield Distribution.weighted(v, w);
        }
      };
    }
  }

  /** Binds a number token as a plain number (with the strict number rules) and a mapping as a distribution. */
  static final class Reader extends StdDeserializer<Quantity> {
    private static final long serialVersionUID = 1L;
    private static final Set<JsonToken> NUMBERS = Set.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);

    Reader() {
      super(Quantity.class);
    }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        return new Quantity(null, ctxt.readValue(p, DistributionEntry.class));
      }
      if (NUMBERS.contains(t)) {
        return new Quantity(ctxt.readValue(p, Double.class), null);
      }
      // same message as for a plain number field: "expected a number, found ..."
      return (Quantity) ctxt.handleUnexpectedToken(Double.class, p);
    }
  }
}

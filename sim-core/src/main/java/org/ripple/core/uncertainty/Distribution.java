package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The distribution of one uncertain scenario input, sampled by inversion: {@code sample(u) = F^-1(u)} for a uniform
 * {@code u} in (0, 1) from {@link DrawRandom}, so a draw depends on nothing but its own numbers. The inverse
 * distribution functions and moments are commons-math3's; no commons-math3 random generator is ever used.
 *
 * <ul>
 *   <li>{@code uniform(min, max)};
 *   <li>{@code triangular(min, mode, max)};
 *   <li>{@code normal(mean, sd)} truncated to [lower, upper] (the quantity's domain, e.g. [0, inf) for jobs): with
 *       {@code Fa = Phi((lower - mean) / sd)} and {@code Fb = Phi((upper - mean) / sd)},
 *       {@code sample(u) = mean + sd * Phi^-1(Fa + u (Fb - Fa))}; its mean is the truncated mean
 *       {@code mean + sd (phi(a) - phi(b)) / (Phi(b) - Phi(a))} (Johnson, Kotz and Balakrishnan, Continuous
 *       Univariate Distributions, vol. 1, 1994, sec. 10.1);
 *   <li>{@code lognormal(median, sigma)}: {@code exp(ln(median) + sigma Z)}, mean {@code median exp(sigma^2 / 2)};
 *   <li>{@code weighted(values, weights)}: a list of values with weights (normalised to 1), sampled by the
 *       cumulative weights in the order given.
 * </ul>
 *
 * Factories throw {@link IllegalArgumentException} with a message that names the parameter and the expected range.
 */
public final class Distribution implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final RandomGenerator NO_RANDOM = null;

  /** The families a scenario can use. */
  public enum Kind {
    UNIFORM("uniform"),
    TRIANGULAR("triangular"),
    NORMAL("normal"),
    LOGNORMAL("lognormal"),
    WEIGHTED("weighted");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final Kind kind;
  private final double[] parameters;
  private final RealDistribution base;
  private final double lower;
  private final double upper;
  private final double cdfLower;
  private final double cdfUpper;
  private final double mean;
  private final double[] values;
  private final double[] cumulative;

  private Distribution(Kind kind, double[] parameters, RealDistribution base, double lower, double upper,
      double mean, double[] values, double[] cumulative) {
    this.kind = kind;
    this.parameters = parameters;
    this.base = base;
    this.lower = lower;
    this.upper = upper;
    this.cdfLower = kind == Kind.NORMAL ? cdf(base, lower) : 0;
    this.cdfUpper = kind == Kind.NORMAL ? cdf(base, upper) : 1;
    this.mean = mean;
    this.values = values;
    this.cumulative = cumulative;
  }

  private static double cdf(RealDistribution d, double x) {
    return x == Double.NEGATIVE_INFINITY ? 0 : x == Double.POSITIVE_INFINITY ? 1 : d.cumulativeProbability(x);
  }

  public static Distribution uniform(double min, double max) {
    finite("min", min);
    finite("max", max);
    if (!(min < max)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "uniform needs min < max, was min %s and max %s", num(min), num(max)));
    }
    return new Distribution(Kind.UNIFORM, new double[] {min, max},
        new UniformRealDistribution(NO_RANDOM, min, max), min, max, (min + max) / 2, null, null);
  }

  public static Distribution triangular(double min, double mode, double max) {
    finite("min", min);
    finite("mode", mode);
    finite("max", max);
    if (!(min < max) || mode < min || mode > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "triangular needs min <= mode <= max and min < max, was %s, %s, %s", num(min), num(mode), num(max)));
    }
    return new Distribution(Kind.TRIANGULAR, new double[] {min, mode, max},
        new TriangularDistribution(NO_RANDOM, min, mode, max), min, max, (min + mode + max) / 3, null, null);
  }

  /** A normal distribution truncated to [lower, upper] (use infinities for no truncation). */
  public static Distribution normal(double mean, double sd, double lower, double upper) {
    finite("mean", mean);
    finite("sd", sd);
    if (!(sd > 0)) {
      throw new IllegalArgumentException("normal needs sd > 0, was " + num(sd));
    }
    NormalDistribution base = new NormalDistribution(NO_RANDOM, mean, sd);
    double fa = cdf(base, lower);
    double fb = cdf(base, upper);
    if (!(fb - fa > 1e-9)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "normal(mean %s, sd %s) puts almost no probability in [%s, %s], the range of this quantity", num(mean),
          num(sd), num(lower), num(upper)));
    }
    double a = (lower - mean) / sd;
    double b = (upper - mean) / sd;
    double truncatedMean = mean + sd * (density(a) - density(b)) / (fb - fa);
    return new Distribution(Kind.NORMAL, new double[] {mean, sd}, base, lower, upper, truncatedMean, null, null);
  }

  private static double density(double z) {
    return Double.isInfinite(z) ? 0 : StrictMath.exp(-0.5 * z * z) / StrictMath.sqrt(2 * StrictMath.PI);
  }

  public static Distribution lognormal(double median, double sigma) {
    finite("median", median);
    finite("sigma", sigma);
    if (!(median > 0) || !(sigma > 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "lognormal needs median > 0 and sigma > 0, was median %s and sigma %s", num(median), num(sigma)));
    }
    LogNormalDistribution base = new LogNormalDistribution(NO_RANDOM, StrictMath.log(median), sigma);
    return new Distribution(Kind.LOGNORMAL, new double[] {median, sigma}, base, 0, Double.POSITIVE_INFINITY,
        base.getNumericalMean(), null, null);
  }

  public static Distribution weighted(double[] values, double[] weights) {
    if (values.length == 0) {
      throw new IllegalArgumentException("weighted needs at least one value");
    }
    if (weights.length != values.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "weighted needs one weight per value, has %d values and %d weights", values.length, weights.length));
    }
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      finite("values[" + i + "]", values[i]);
      finite("weights[" + i + "]", weights[i]);
      if (!(weights[i] > 0)) {
        throw new IllegalArgumentException("weights[" + i + "] must be greater than 0, was " + num(weights[i]));
      }
      total += weights[i];
    }
    double[] cumulative = new double[values.length];
    double[] probabilities = new double[values.length];
    double c = 0;
    for (int i = 0; i < values.length; i++) {
      probabilities[i] = weights[i] / total;
      c += weights[i];
      cumulative[i] = c / total;
    }
    cumulative[values.length - 1] = 1.0;
    EnumeratedRealDistribution base = new EnumeratedRealDistribution(NO_RANDOM, values.clone(), probabilities);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double[] params = new double[2 * values.length];
    System.arraycopy(values, 0, params, 0, values.length);
    System.arraycopy(probabilities, 0, params, values.length, values.length);
    return new Distribution(Kind.WEIGHTED, params, base, lo, hi, base.getNumericalMean(), values.clone(),
        cumulative);
  }

  private static void finite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number, was " + v);
    }
  }

  /** The value at probability {@code u} in (0, 1): the inverse distribution function. */
  public double sample(double u) {
    if (!(u > 0 && u < 1)) {
      throw new IllegalArgumentException("u must be in (0, 1), was " + u);
    }
    return switch (kind) {
      case UNIFORM, TRIANGULAR -> base.inverseCumulativeProbability(u);
      case NORMAL -> {
        double p = cdfLower + u * (cdfUpper - cdfLower);
        double x = base.inverseCumulativeProbability(Math.min(Math.max(p, Double.MIN_NORMAL), 1 - 0x1.0p-53));
        yield Math.min(Math.max(x, lower), upper);
      }
      case LOGNORMAL -> StrictMath.exp(StrictMath.log(parameters[0])
          + parameters[1] * STANDARD_NORMAL.inverseCumulativeProbability(u));
      case WEIGHTED -> {
        int i = 0;
        while (i < cumulative.length - 1 && u > cumulative[i]) {
          i++;
        }
        yield values[i];
      }
    };
  }

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(NO_RANDOM, 0, 1);

  /** A standard normal deviate from a uniform number in (0, 1). */
  static double standardNormal(double u) {
    return STANDARD_NORMAL.inverseCumulativeProbability(u);
  }

  public Kind kind() {
    return kind;
  }

  /** The mean (for a truncated normal, the mean of the truncated distribution). */
  public double mean() {
    return mean;
  }

  /** The variance of the distribution (before truncation for a normal). */
  double untruncatedVariance() {
    return base.getNumericalVariance();
  }

  /** The lowest value a draw can take (-infinity when unbounded). */
  public double lower() {
    return lower;
  }

  /** The highest value a draw can take (+infinity when unbounded). */
  public double upper() {
    return upper;
  }

  /** E.g. {@code uniform(1700, 1903)}, for notes and messages. */
  public String describe() {
    return switch (kind) {
      case UNIFORM -> "uniform(" + num(parameters[0]) + ", " + num(parameters[1]) + ")";
      case TRIANGULAR -> "triangular(" + num(parameters[0]) + ", " + num(parameters[1]) + ", " + num(parameters[2])
          + ")";
      case NORMAL -> "normal(mean " + num(parameters[0]) + ", sd " + num(parameters[1])
          + (Double.isInfinite(lower) && Double.isInfinite(upper) ? "" : ", truncated to [" + num(lower) + ", "
              + num(upper) + "]") + ")";
      case LOGNORMAL -> "lognormal(median " + num(parameters[0]) + ", sigma " + num(parameters[1]) + ")";
      case WEIGHTED -> "weighted(" + Arrays.stream(values).mapToObj(Distribution::num)
          .reduce((a, b) -> a + ", " + b).orElse("") + ")";
    };
  }

  static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return Double.toString(v);
  }

  @Override
  public String toString() {
    return describe();
  }
}

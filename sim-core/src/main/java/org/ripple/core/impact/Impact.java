package org.ripple.core.impact;

import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.Measure;

/**
 * The effect of one shock (or of a sum of shocks) on every sector, from three output vectors aligned to the model's
 * sector index: the direct change {@code d}, the Type I total {@code dx1} and the Type II total {@code dx2}.
 * indirect = dx1 - d, induced = dx2 - dx1, total = dx2 (or dx1 when the model has no household data, in which
 * case induced effects are not available). Each measure is its coefficient times the output change, except that a
 * facility whose pay is stated carries its own direct labour income: {@code income} is what it adds to the sector's
 * average direct labour income (and so to the total), in every sector where it applies.
 */
public final class Impact {
  private final LeontiefSystem system;
  private final double[] direct;
  private final double[] totalI;
  private final double[] totalII;
  /** Direct labour income beyond the sector's average for the direct output, per sector; null when none. */
  private final double[] income;

  private Impact(LeontiefSystem system, double[] direct, double[] totalI, double[] totalII, double[] income) {
    this.system = system;
    this.direct = direct;
    this.totalI = totalI;
    this.totalII = totalII;
    this.income = income;
  }

  /**
   * An impact whose direct labour income differs from the sectors' averages by {@code income} (null: none).
   */
  public static Impact of(LeontiefSystem system, double[] direct, double[] totalI, double[] totalII,
      double[] income) {
    Impact base = of(system, direct, totalI, totalII);
    if (income == null) {
      return base;
    }
    if (income.length != direct.length) {
      throw new IllegalArgumentException("impact vectors must have " + direct.length + " entries");
    }
    return new Impact(system, base.direct, base.totalI, base.totalII, income.clone());
  }

  /** The same impact with another Type II total (direct, Type I and the direct labour income kept). */
  public Impact withTypeII(double[] totalII) {
    if (totalII.length != direct.length || this.totalII == null) {
      throw new IllegalArgumentException("a Type II total of " + direct.length + " entries needs a Type II impact");
    }
    return new Impact(system, direct, totalI, totalII.clone(), income);
  }

  /**
   * @param direct the direct output change
   * @param totalI the Type I total output change
   * @param totalII the Type II total output change, or null when the model has no Type II
   */
  public static Impact of(LeontiefSystem system, double[] direct, double[] totalI, double[] totalII) {
    int n = system.size();
    if (direct.length != n || totalI.length != n || (totalII != null && totalII.length != n)) {
      throw new IllegalArgumentException("impact vectors must have " + n + " entries");
    }
    if ((totalII != null) != system.hasTypeII()) {
      throw new IllegalArgumentException("Type II vector must be given exactly when the model has Type II");
    }
    return new Impact(system, direct.clone(), totalI.clone(), totalII == null ? null : totalII.clone(), null);
  }

  /** The zero impact of the system. */
  public static Impact zero(LeontiefSystem system) {
    int n = system.size();
    return new Impact(system, new double[n], new double[n], system.hasTypeII() ? new double[n] : null, null);
  }

  /** Sum of impacts of the same system (effects add: the model is linear). */
  public static Impact sum(LeontiefSystem system, List<Impact> parts) {
    int n = system.size();
    double[] d = new double[n];
    double[] t1 = new double[n];
    double[] t2 = system.hasTypeII() ? new double[n] : null;
    double[] inc = null;
    for (Impact p : parts) {
      if (p.system != system) {
        throw new IllegalArgumentException("impacts of different models cannot be added");
      }
      for (int i = 0; i < n; i++) {
        d[i] += p.direct[i];
        t1[i] += p.totalI[i];
        if (t2 != null) {
          t2[i] += p.totalII[i];
        }
      }
      if (p.income != null) {
        inc = inc == null ? new double[n] : inc;
        for (int i = 0; i < n; i++) {
          inc[i] += p.income[i];
        }
      }
    }
    return new Impact(system, d, t1, t2, inc);
  }

  /** The same impact scaled by a factor (used for shares of a result). */
  public Impact scaled(double factor) {
    int n = direct.length;
    double[] d = new double[n];
    double[] t1 = new double[n];
    double[] t2 = totalII == null ? null : new double[n];
    double[] inc = income == null ? null : new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = direct[i] * factor;
      t1[i] = totalI[i] * factor;
      if (t2 != null) {
        t2[i] = totalII[i] * factor;
      }
      if (inc != null) {
        inc[i] = income[i] * factor;
      }
    }
    return new Impact(system, d, t1, t2, inc);
  }

  public int size() {
    return direct.length;
  }

  /** The model type behind the totals: Type II when household data exist, else Type I. */
  public ModelType type() {
    return totalII == null ? ModelType.TYPE_I : ModelType.TYPE_II;
  }

  /** Whether a figure exists: the measure's data are in the model, and induced needs household data. */
  public boolean available(Measure measure, Effect effect) {
    return system.has(measure) && (effect != Effect.INDUCED || totalII != null);
  }

  /** The output change of an effect in a sector (in the model's monetary unit). */
  public double outputChange(Effect effect, int sector) {
    return switch (effect) {
      case DIRECT -> direct[sector];
      case INDIRECT -> totalI[sector] - direct[sector];
      case INDUCED -> totalII == null ? Double.NaN : totalII[sector] - totalI[sector];
      case TOTAL -> totalII == null ? totalI[sector] : totalII[sector];
    };
  }

  /** The effect in a measure in one sector; NaN when not {@link #available}. */
  public double value(Measure measure, Effect effect, int sector) {
    if (!available(measure, effect)) {
      return Double.NaN;
    }
    return system.coefficient(measure, sector) * outputChange(effect, sector) + ownIncome(measure, effect, sector);
  }

  /** The direct labour income a stated pay adds in a sector: in the direct effect and the total. */
  private double ownIncome(Measure measure, Effect effect, int sector) {
    if (income == null || measure != Measure.LABOUR_INCOME || effect == Effect.INDIRECT
        || effect == Effect.INDUCED) {
      return 0;
    }
    return income[sector];
  }

  /**
   * Whether every available figure ({@link #value} in every sector, and {@link #sum}) is sure to be a finite number,
   * shown by a bound: each figure is {@code c * (a - b) + p} with |c| at most the largest coefficient of a measure
   * the system has, |a|, |b| at most the largest magnitude of the direct and total outputs and |p| of the stated
   * pay, so every figure is at most about {@code 2 C X + P} in magnitude and a sum n times that. True when n times
   * four times {@code C X + P} is below 1e300, far from overflow; false when it is not, or when an array holds a
   * NaN or an infinity (then only looking at each figure can tell). One pass over each array, no figure computed.
   */
  public boolean surelyFinite() {
    double x = Math.max(maxAbs(direct), Math.max(maxAbs(totalI), maxAbs(totalII)));
    double c = 0;
    for (Measure m : Measure.values()) {
      if (system.has(m)) {
        c = Math.max(c, maxAbs(system.coefficientsOf(m)));
      }
    }
    double bound = 4.0 * direct.length * (c * x + maxAbs(income));
    return bound < 1e300; // false for NaN and infinity too
  }

  /** The largest magnitude in {@code v} (0 for none), NaN when it holds a NaN, infinity when an infinity. */
  private static double maxAbs(double[] v) {
    if (v == null) {
      return 0;
    }
    double max = 0;
    boolean nan = false;
    for (double d : v) {
      double a = Math.abs(d);
      nan |= a != a;
      max = a > max ? a : max;
    }
    return nan ? Double.NaN : max;
  }

  /** The effect in a measure summed over all sectors; NaN when not {@link #available}. */
  public double sum(Measure measure, Effect effect) {
    if (!available(measure, effect)) {
      return Double.NaN;
    }
    // an impact is immutable (its arrays are its own copies), so each sum is made once; every report of a large
    // model asks for the same sixteen several times (the head, the rows, the checks)
    int k = measure.ordinal() * Effect.values().length + effect.ordinal();
    double[] known = sums;
    if (known == null) {
      known = new double[Measure.values().length * Effect.values().length];
      java.util.Arrays.fill(known, Double.NaN);
    } else if (!Double.isNaN(known[k])) {
      return known[k];
    }
    double s = summed(measure, effect);
    double[] more = known.clone();
    more[k] = s;
    sums = more; // a new array each time: a reader sees a whole array, never one being filled
    return s;
  }

  /** The sums made so far, by measure and effect; NaN where not made yet. */
  private volatile double[] sums;

  private double summed(Measure measure, Effect effect) {
    double s = 0;
    for (int i = 0; i < direct.length; i++) {
      s += system.coefficient(measure, i) * outputChange(effect, i) + ownIncome(measure, effect, i);
    }
    return s;
  }
}

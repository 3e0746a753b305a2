package org.ripple.core.regionalisation;

/**
 * Location-quotient regionalisation of national technical coefficients (Miller &amp; Blair, Input-Output Analysis,
 * 2009, section 8.2; Flegg, Webber &amp; Elliott 1995; Flegg &amp; Webber 1997, 2000; Flegg &amp; Tohmo 2013).
 *
 * <p>With regional and national employment (or output) {@code e^R_i, e^N_i} and totals {@code E^R, E^N}:
 *
 * <ul>
 *   <li>SLQ: {@code SLQ_i = (e^R_i / E^R) / (e^N_i / E^N)}, the same for every buyer j;
 *   <li>CILQ: {@code CILQ_ij = SLQ_i / SLQ_j} off the diagonal and {@code SLQ_i} on it;
 *   <li>FLQ: {@code FLQ_ij = lambda* CILQ_ij} with {@code lambda* = [log2(1 + E^R / E^N)]^delta}, 0 &lt;= delta &lt; 1;
 *   <li>AFLQ: {@code AFLQ_ij = FLQ_ij log2(1 + SLQ_j)} when {@code SLQ_j > 1}, else {@code FLQ_ij}.
 * </ul>
 *
 * The regional coefficient is {@code r_ij = a_ij min(1, LQ_ij)}: a quotient never raises a coefficient above the
 * national one (the region cannot be more self-sufficient than "no imports").
 */
public final class LocationQuotients {
  private LocationQuotients() {}

  /** A location-quotient method; FLQ and AFLQ use delta. */
  public enum Method {
    SLQ("slq"),
    CILQ("cilq"),
    FLQ("flq"),
    AFLQ("aflq");

    private final String key;

    Method(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** {@code lambda* = [log2(1 + E^R / E^N)]^delta}. */
  public static double lambdaStar(double regionalTotal, double nationalTotal, double delta) {
    if (!(regionalTotal > 0) || !(nationalTotal >= regionalTotal)) {
      throw new IllegalArgumentException("need 0 < regional total <= national total, were " + regionalTotal + " and "
          + nationalTotal);
    }
    if (!(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in [0, 1), was " + delta);
    }
    return Math.pow(Math.log(1 + regionalTotal / nationalTotal) / Math.log(2), delta);
  }

  /** SLQ per sector; a sector with no national employment gets 0 (it cannot be supplied regionally). */
  public static double[] slq(double[] regional, double[] national) {
    check(regional, national);
    double er = sum(regional);
    double en = sum(national);
    double[] out = new double[regional.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = national[i] > 0 ? (regional[i] / er) / (national[i] / en) : 0;
    }
    return out;
  }

  /**
   * The n x n matrix of quotients (row-major, {@code q[i * n + j]} for seller i and buyer j), uncapped.
   *
   * @param delta used by FLQ and AFLQ only
   */
  public static double[] quotients(Method method, double[] regional, double[] national, double delta) {
    double[] s = slq(regional, national);
    int n = s.length;
    double lambda = method == Method.FLQ || method == Method.AFLQ
        ? lambdaStar(sum(regional), sum(national), delta) : 1;
    double[] q = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = switch (method) {
          case SLQ -> s[i];
          case CILQ, FLQ, AFLQ -> i == j ? s[i] : (s[j] > 0 ? s[i] / s[j] : 1);
        };
        if (method == Method.FLQ || method == Method.AFLQ) {
          v *= lambda;
        }
        if (method == Method.AFLQ && s[j] > 1) {
          v *= Math.log(1 + s[j]) / Math.log(2);
        }
        q[i * n + j] = v;
      }
    }
    return q;
  }

  /** Regional coefficients {@code r_ij = a_ij min(1, LQ_ij)} from national coefficients a (n x n row-major). */
  public static double[] regionalCoefficients(double[] nationalA, Method method, double[] regional,
      double[] national, double delta) {
    int n = regional.length;
    if (nationalA.length != n * n) {
      throw new IllegalArgumentException("national coefficients must be " + n + " x " + n);
    }
    double[] q = quotients(method, regional, national, delta);
    double[] r = new double[n * n];
    for (int k = 0; k < r.length; k++) {
      r[k] = nationalA[k] * Math.min(1, q[k]);
    }
    return r;
  }

  private static void check(double[] regional, double[] national) {
    if (regional.length != national.length || regional.length == 0) {
      throw new IllegalArgumentException("regional and national vectors must have the same, positive length");
    }
    for (int i = 0; i < regional.length; i++) {
      if (!(regional[i] >= 0) || !(national[i] >= 0) || !Double.isFinite(national[i])) {
        throw new IllegalArgumentException("employment of sector " + i + " must be finite and non-negative");
      }
      if (regional[i] > national[i]) {
        throw new IllegalArgumentException("regional employment of sector " + i + " (" + regional[i]
            + ") exceeds national (" + national[i] + ")");
      }
    }
    if (!(sum(regional) > 0)) {
      throw new IllegalArgumentException("regional employment is all zero");
    }
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}

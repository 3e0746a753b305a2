package org.ripple.core.time;

import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Layoffs that follow a shock's ramp, summed day by day over the periods of a horizon. The layoffs on day k after
 * the effective day are the daily increments of the intensity, {@code m_k = f_k - f_(k-1)}; a quantity that a worker
 * laid off n days earlier has in the share {@code s(n)} sums to {@code sum_k m_k s(t - k)} on day t. The one
 * convolution behind income replacement's {@code kappa} ({@link Timeline}) and the EI benefits of the fiscal account.
 */
public final class LayoffCohorts {
  private LayoffCohorts() {}

  /**
   * Per period of the horizon: {@code [0][p]} the sum over its days of {@code sum_k m_k share(t - e - k)}, and
   * {@code [1][p]} the sum over its days of the intensity {@code f_t} (what the share is measured against); both 0
   * for periods before the effective day.
   */
  public static double[][] sums(Timing timing, Horizon horizon, List<TimePeriod> periods, LongToDoubleFunction share) {
    double[] felt = new double[periods.size()];
    double[] unreplaced = new double[periods.size()];
    long e = timing.effectiveDay();
    long rampEnd = e + timing.rampDays();
    long h0 = horizon.start().toEpochDay();
    long h1 = horizon.end().toEpochDay() + 1;
    if (h1 <= e) {
      return new double[][] {felt, unreplaced};
    }
    int span = (int) (h1 - e);
    double[] lost = new double[span];
    for (int n = 0; n < span; n++) {
      lost[n] = share.applyAsDouble(n);
    }
    int layoffDays = (int) (rampEnd - e + 1);
    double[] mass = new double[layoffDays];
    double prev = 0;
    for (int k = 0; k < layoffDays; k++) {
      double f = timing.onDay(e + k);
      mass[k] = f - prev;
      prev = f;
    }
    int p = 0;
    for (long t = Math.max(h0, e); t < h1; t++) {
      while (t > periods.get(p).end().toEpochDay()) {
        p++;
      }
      int upTo = (int) Math.min(t - e, layoffDays - 1);
      double s = 0;
      for (int k = 0; k <= upTo; k++) {
        s += mass[k] * lost[(int) (t - e - k)];
      }
      felt[p] += s;
      unreplaced[p] += timing.onDay(t);
    }
    return new double[][] {felt, unreplaced};
  }
}

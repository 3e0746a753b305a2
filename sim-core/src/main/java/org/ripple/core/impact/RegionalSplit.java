package org.ripple.core.impact;

/**
 * One sector's effects by region (a multiplier of a multi-regional model, or any figure given per region) split into
 * the effect inside the sector's own region and the effect in all other regions together, with the other region of
 * the largest effect. Not available (NaN) stays not available: the sums of NaN are NaN.
 *
 * @param inside the effect in the sector's own region
 * @param outside the sum of the effects in every other region, in region order (0 when there is none)
 * @param top the other region with the largest effect (the first of equal ones), or -1 when there is no other region
 * @param topEffect the effect in {@code top}, NaN when there is none
 */
public record RegionalSplit(double inside, double outside, int top, double topEffect) {
  /**
   * The split of {@code byRegion} (the effect in each region, in region order) for a sector of region {@code own}.
   */
  public static RegionalSplit of(double[] byRegion, int own) {
    if (own < 0 || own >= byRegion.length) {
      throw new IllegalArgumentException("region " + own + " of " + byRegion.length);
    }
    double outside = 0;
    int top = -1;
    for (int k = 0; k < byRegion.length; k++) {
      if (k != own) {
        outside += byRegion[k];
        if (top < 0 || byRegion[k] > byRegion[top]) {
          top = k;
        }
      }
    }
    return new RegionalSplit(byRegion[own], outside, top, top < 0 ? Double.NaN : byRegion[top]);
  }

  /** Whether there is another region than the sector's own. */
  public boolean hasTop() {
    return top >= 0;
  }

  /**
   * The part of the whole effect that happens outside, in percent: {@code 100 outside / (inside + outside)}; NaN when
   * the effect is not available or the whole effect is not positive.
   */
  public double outsidePercent() {
    return !Double.isNaN(inside) && inside + outside > 0 ? 100 * outside / (inside + outside) : Double.NaN;
  }
}

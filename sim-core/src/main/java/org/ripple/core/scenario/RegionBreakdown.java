package org.ripple.core.scenario;

import java.util.List;
import java.util.Optional;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;

/**
 * The effects of a multi-regional run summed by region: for every region, measure and effect, the sum over the
 * sectors of that region (in ascending sector order), and, when every shock hits one and the same region, the
 * effects outside it (the sum over all other regions, in region order). A figure the model cannot give is NaN.
 * Immutable; built once per impact.
 */
public final class RegionBreakdown {
  private static final Measure[] MEASURES = Measure.values();
  private static final Effect[] EFFECTS = Effect.values();

  private final Regions regions;
  /** {@code sums[(measure * EFFECTS + effect) * R + region]}. */
  private final double[] sums;
  private final int shocked;

  private RegionBreakdown(Regions regions, double[] sums, int shocked) {
    this.regions = regions;
    this.sums = sums;
    this.shocked = shocked;
  }

  /** The breakdown of a run's total effect, or empty when its model has no regions. */
  public static Optional<RegionBreakdown> of(ScenarioResult result) {
    Optional<Regions> regions = result.system().model().regions();
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    List<String> sectors = result.shocks().stream().map(ShockResult::sector).toList();
    return Optional.of(of(regions.get(), result.system().model().sectors(), result.total(), sectors));
  }

  /**
   * @param shockedSectors the sector code of every shock; their common region, if any, has an "outside" line
   */
  public static RegionBreakdown of(Regions regions, SectorIndex index, Impact impact, List<String> shockedSectors) {
    int r = regions.size();
    double[] sums = new double[MEASURES.length * EFFECTS.length * r];
    for (Measure m : MEASURES) {
      for (Effect e : EFFECTS) {
        int base = (m.ordinal() * EFFECTS.length + e.ordinal()) * r;
        if (!impact.available(m, e)) {
          java.util.Arrays.fill(sums, base, base + r, Double.NaN);
          continue;
        }
        for (int i = 0; i < index.size(); i++) {
          sums[base + regions.regionOf(i)] += impact.value(m, e, i);
        }
      }
    }
    return new RegionBreakdown(regions, sums, commonRegion(regions, index, shockedSectors));
  }

  /** The one region every shock hits, or -1 when the shocks hit several regions, an unknown sector, or none. */
  private static int commonRegion(Regions regions, SectorIndex index, List<String> shockedSectors) {
    int found = -1;
    for (String sector : shockedSectors) {
      int p = index.positionOf(sector);
      int region = p < 0 ? -1 : regions.regionOf(p);
      if (region < 0 || (found >= 0 && region != found)) {
        return -1;
      }
      found = region;
    }
    return found;
  }

  public Regions regions() {
    return regions;
  }

  public int size() {
    return regions.size();
  }

  public Regions.Region region(int region) {
    return regions.at(region);
  }

  /** The effect summed over the sectors of one region; NaN when the model cannot give it. */
  public double value(Measure measure, Effect effect, int region) {
    return sums[(measure.ordinal() * EFFECTS.length + effect.ordinal()) * regions.size() + region];
  }

  /** Whether every shock hits one region, so that the effects outside it are reported. */
  public boolean hasOutside() {
    return shocked >= 0;
  }

  /** The region every shock hits; only when {@link #hasOutside()}. */
  public int shockedRegion() {
    if (shocked < 0) {
      throw new IllegalStateException("the shocks do not hit one region");
    }
    return shocked;
  }

  /** "Outside" and the code of the shocked region; only when {@link #hasOutside()}. */
  public String outsideLabel() {
    return "Outside " + regions.at(shockedRegion()).code();
  }

  /** The effect summed over every region but the shocked one; only when {@link #hasOutside()}. */
  public double outside(Measure measure, Effect effect) {
    int skip = shockedRegion();
    double v = 0;
    for (int k = 0; k < regions.size(); k++) {
      if (k != skip) {
        v += value(measure, effect, k);
      }
    }
    return v;
  }
}

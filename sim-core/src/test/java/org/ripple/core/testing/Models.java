package org.ripple.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/** Small helpers to build models in tests. */
public final class Models {
  private Models() {}

  /** Sectors {@code s0, s1, ...} (or the given codes). */
  public static SectorIndex sectors(int n) {
    List<Sector> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new Sector("s" + i, "sector " + i));
    }
    return SectorIndex.of(list);
  }

  public static SectorIndex sectors(List<String> codes) {
    List<Sector> list = new ArrayList<>();
    for (String c : codes) {
      list.add(new Sector(c, c));
    }
    return SectorIndex.of(list);
  }

  /** A builder with Z (as rows) and x set. */
  public static Model.Builder builder(String name, SectorIndex index, double[][] z, double[] x) {
    return Model.builder(ModelInfo.named(name), index).transactions(rowMajor(z)).output(x);
  }

  public static double[] rowMajor(double[][] rows) {
    int n = rows.length;
    int m = rows[0].length;
    double[] out = new double[n * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows[i], 0, out, i * m, m);
    }
    return out;
  }

  /**
   * Two regions with one sector each (R1.s, R2.s), closed with one household per region; solved by hand in
   * HouseholdClosureTest with Z = [[20, 10], [10, 30]], x = (100, 100), W = H = (40, 50), C = [[16, 5], [4, 20]].
   *
   * @param z the flows, 2 x 2
   * @param consumption C row-major: {@code consumption[i * 2 + r]} = what region r's households buy from sector i
   */
  public static Model twoRegions(double[][] z, double[] consumption) {
    org.ripple.core.Regions regions = org.ripple.core.Regions.of(List.of(new org.ripple.core.Regions.Region("R1",
        "one"), new org.ripple.core.Regions.Region("R2", "two")), new int[] {0, 1});
    return builder("two-by-one", sectors(List.of("R1.s", "R2.s")), z, new double[] {100, 100})
        .employment(new double[] {10, 20}).labourIncome(new double[] {40, 50}).valueAdded(new double[] {50, 60})
        .regions(regions.withHouseholds(consumption, new double[] {40, 50})).build();
  }

  /** {@link #twoRegions(double[][], double[])} with HouseholdClosureTest's Z and C. */
  public static Model twoRegions() {
    return twoRegions(new double[][] {{20, 10}, {10, 30}}, new double[] {16, 5, 4, 20});
  }
}

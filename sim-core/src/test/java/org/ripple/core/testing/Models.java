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
}

package org.ripple.core.supplyuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ripple.core.linalg.DenseMatrix;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.testing.ReferenceData;

/**
 * BEA 1997 benchmark, summary level, after redefinitions: the make (Table 3) and use (Table 4) tables give BEA's
 * published industry-by-industry total requirements (Table 8) with the industry-technology build and the scrap
 * adjustment {@code W = (I - phat)^-1 D}, {@code TR = (I - W B)^-1}. TR is reproduced column by column by solves of
 * unit vectors, never by an inverse.
 *
 * <p>The published column sums (total output multipliers) are the sums of the published 7-decimal cells: the sums of
 * our cells rounded to 7 decimals match them to 1e-9, and the unrounded sums are within 5.4e-7 (cells below 5e-8
 * round to 0 in the published table, which biases its column sums down).
 */
class Bea1997TotalRequirementsTest {
  private static final String DIR = "bea-1997-benchmark-summary/";
  private static final double TOLERANCE = 1e-6;

  private static List<String> industries;
  private static DenseLu lu;
  private static int n;
  private static int m;
  private static double[] makeV;
  private static double[] useU;

  @BeforeAll
  static void build() {
    List<String[]> make = ReferenceData.table(DIR + "bea1997_make_after_redef_summary_long.csv", ",");
    List<String[]> use = ReferenceData.table(DIR + "bea1997_use_after_redef_summary_long.csv", ",");
    TreeSet<String> ind = new TreeSet<>();
    TreeSet<String> com = new TreeSet<>();
    for (String[] r : make.subList(1, make.size())) {
      ind.add(r[0]);
      com.add(r[1]);
    }
    for (String[] r : use.subList(1, use.size())) {
      if (!r[0].startsWith("V")) {
        com.add(r[0]);
      }
    }
    industries = new ArrayList<>(ind);
    List<String> commodities = new ArrayList<>(com);
    n = industries.size();
    m = commodities.size();
    Map<String, Integer> ii = index(industries);
    Map<String, Integer> ci = index(commodities);
    double[] v = new double[n * m];
    for (String[] r : make.subList(1, make.size())) {
      v[ii.get(r[0]) * m + ci.get(r[1])] += Double.parseDouble(r[2]);
    }
    double[] u = new double[m * n];
    for (String[] r : use.subList(1, use.size())) {
      Integer j = ii.get(r[1]);
      if (j != null && !r[0].startsWith("V")) {
        u[ci.get(r[0]) * n + j] += Double.parseDouble(r[2]);
      }
    }
    makeV = v;
    useU = u;
    lu = factor(SupplyUse.industryByIndustry(n, m, v, u, OptionalInt.of(ci.get("S004"))));
  }

  private static DenseLu factor(SupplyUse.Symmetric s) {
    double[] x = s.outputCopy();
    double[] iMinusA = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iMinusA[i * n + j] = (i == j ? 1 : 0) - s.flow(i, j) / x[j];
      }
    }
    return DenseLu.factor(DenseMatrix.square(n, iMinusA));
  }

  private static Map<String, Integer> index(List<String> codes) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String c : codes) {
      m.put(c, m.size());
    }
    return m;
  }

  private static double[] column(String code) {
    double[] e = new double[n];
    e[industries.indexOf(code)] = 1;
    return lu.solve(e);
  }

  @Test
  void hasTheBea131Industries() {
    assertThat(n).isEqualTo(131);
  }

  @Test
  void reproducesPublishedCells() {
    double[] crops = column("1110");
    double[] animals = column("1120");
    assertThat(crops[industries.indexOf("1110")]).isCloseTo(1.0727339, within(TOLERANCE));
    assertThat(animals[industries.indexOf("1110")]).isCloseTo(0.3656503, within(TOLERANCE));
  }

  @Test
  void reproducesPublishedColumnSums() {
    Map<String, Double> published = Map.of("4930", 1.5554182, "4920", 1.6634979, "4840", 1.9893691);
    for (Map.Entry<String, Double> p : published.entrySet()) {
      double[] t = column(p.getKey());
      double sum = 0;
      double roundedSum = 0;
      for (double c : t) {
        sum += c;
        roundedSum += Math.round(c * 1e7) / 1e7;
      }
      assertThat(sum).as("column sum of %s", p.getKey()).isCloseTo(p.getValue(), within(TOLERANCE));
      assertThat(roundedSum).as("sum of 7-decimal cells of %s", p.getKey()).isCloseTo(p.getValue(), within(1e-9));
    }
  }

  @Test
  void scrapAdjustmentMatters() {
    // Treating scrap as an ordinary commodity (no W = (I - phat)^-1 D) misses the published 4930 column sum by far
    // more than the tolerance, so the test above would fail without the adjustment.
    DenseLu plain = factor(SupplyUse.industryByIndustry(n, m, makeV, useU, OptionalInt.empty()));
    double[] e = new double[n];
    e[industries.indexOf("4930")] = 1;
    double sum = 0;
    for (double c : plain.solve(e)) {
      sum += c;
    }
    assertThat(Math.abs(sum - 1.5554182)).isGreaterThan(1e-5);
  }
}

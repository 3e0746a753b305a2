package org.ripple.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.ReferenceData;

/**
 * Cross-checks against pymrio's test systems, treating each region-sector as one sector:
 * the 2-region x 3-sector toy of {@code tests/test_math.py} and the 6-region x 8-sector bundled test MRIO of
 * {@code tests/test_integration.py}. In both, x = Z 1 + Y 1 and M = (F / x) L.
 */
class PymrioTestMrioTest {
  private static final String SMALL = "pymrio-test-mrio/expected_small_mrio_2reg_3sec.json";

  @Test
  void smallTwoRegionThreeSectorSystem() {
    Map<String, Object> f = ReferenceData.object(ReferenceData.json(SMALL));
    double[][] z = ReferenceData.matrix(f.get("Z"));
    double[][] y = ReferenceData.matrix(f.get("Y"));
    double[][] factors = ReferenceData.matrix(f.get("F"));
    int n = z.length;
    double[] x = rowTotals(z, y);
    double[][] expectedX = ReferenceData.matrix(f.get("x"));
    for (int i = 0; i < n; i++) {
      assertThat(x[i]).isEqualTo(expectedX[i][0]);
    }
    // the two factor rows ride on two satellites: F[0] as "jobs", F[1] as "value added"
    Model model = Models.builder("pymrio-small", Models.sectors(n), z, x).employment(factors[0])
        .valueAdded(factors[1]).build();
    LeontiefSystem system = LeontiefSystem.of(model);

    double[][] a = ReferenceData.matrix(f.get("A"));
    double[][] l = ReferenceData.matrix(f.get("L"));
    for (int j = 0; j < n; j++) {
      double[] column = system.solveTypeI(Dense.unit(n, j));
      for (int i = 0; i < n; i++) {
        assertThat(system.coefficient(i, j)).as("A[%d][%d]", i, j).isCloseTo(a[i][j], within(1e-8));
        assertThat(column[i]).as("L[%d][%d]", i, j).isCloseTo(l[i][j], within(1e-8));
      }
    }
    assertThat(system.solveTypeI(Dense.unit(n, 0))[0]).isCloseTo(1.3387146304736708, within(1e-12));

    double[][] s = ReferenceData.matrix(f.get("S"));
    double[][] m = ReferenceData.matrix(f.get("M"));
    Multipliers multipliers = Multipliers.of(system);
    for (int k = 0; k < 2; k++) {
      double[] viaSolve = system.solveTypeITransposed(s[k]);
      Measure measure = k == 0 ? Measure.JOBS : Measure.VALUE_ADDED;
      for (int j = 0; j < n; j++) {
        assertThat(system.coefficient(measure, j)).isCloseTo(s[k][j], within(1e-12));
        assertThat(viaSolve[j]).as("M[%d][%d]", k, j).isCloseTo(m[k][j], within(1e-8));
        assertThat(multipliers.effect(measure, ModelType.TYPE_I, j)).as("M[%d][%d] via Multipliers", k, j)
            .isCloseTo(m[k][j], within(1e-8));
      }
    }
    assertThat(multipliers.effect(Measure.JOBS, ModelType.TYPE_I, 0)).isCloseTo(0.896638324101429, within(1e-12));
  }

  @Test
  void sixRegionEightSectorIntegrationSystem() {
    List<String[]> zRows = ReferenceData.table("pymrio-test-mrio/trade_flows_Z.txt", "\t");
    List<String[]> yRows = ReferenceData.table("pymrio-test-mrio/finald_demand_Y.txt", "\t");
    List<String[]> fRows = ReferenceData.table("pymrio-test-mrio/factor_input.txt", "\t");
    double[][] z = numbers(zRows, 2, 3);
    double[][] y = numbers(yRows, 2, 3);
    double[][] factors = numbers(fRows, 2, 2);
    int n = z.length;
    assertThat(n).isEqualTo(48);
    assertThat(z[0]).hasSize(48);
    assertThat(y[0]).hasSize(42);
    assertThat(factors).hasNumberOfRows(1);
    double[] x = rowTotals(z, y);

    // the single "Value Added" factor row rides on the value-added satellite: M = (F / x) L
    Model model = Models.builder("pymrio-test-mrio", Models.sectors(n), z, x).valueAdded(factors[0]).build();
    double[] mul = effects(Multipliers.of(LeontiefSystem.of(model)), n);

    Map<String, Object> expected = ReferenceData.object(ReferenceData.json(
        "pymrio-test-mrio/expected_integration_test_mrio.json"));
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) expected.get("M_values");
    double[] first8 = {0.53905275, 0.56458194, 0.00522754, 0.61727649, 0.01795329, 0.00576, 0.00901308, 0.03437755};
    for (int j = 0; j < 8; j++) {
      assertThat((Double) values.get(j)).isEqualTo(first8[j]);
      assertThat(mul[j]).as("M[%d]", j).isCloseTo(first8[j], within(1e-7));
    }
    // all 48 values, to pymrio's own relative tolerance
    for (int j = 0; j < n; j++) {
      double e = (Double) values.get(j);
      assertThat(mul[j]).as("M[%d]", j).isCloseTo(e, within(1e-5 * Math.abs(e) + 1e-8));
    }
  }

  private static double[] effects(Multipliers m, int n) {
    double[] out = new double[n];
    for (int j = 0; j < n; j++) {
      out[j] = m.effect(Measure.VALUE_ADDED, ModelType.TYPE_I, j);
    }
    return out;
  }

  private static double[] rowTotals(double[][] z, double[][] y) {
    double[] x = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      double s = 0;
      for (double v : z[i]) {
        s += v;
      }
      for (double v : y[i]) {
        s += v;
      }
      x[i] = s;
    }
    return x;
  }

  /** The numeric block of a pymrio text table below {@code headerRows} and right of {@code labelColumns}. */
  private static double[][] numbers(List<String[]> rows, int headerRows, int labelColumns) {
    double[][] out = new double[rows.size() - headerRows][];
    for (int r = headerRows; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      double[] v = new double[cells.length - labelColumns];
      for (int c = labelColumns; c < cells.length; c++) {
        v[c - labelColumns] = Double.parseDouble(cells[c].trim());
      }
      out[r - headerRows] = v;
    }
    return out;
  }
}

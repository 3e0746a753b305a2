package org.ripple.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
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
 * Eurostat Manual of Supply, Use and Input-Output Tables (Beutel 2008), Table 15.4, Germany 1995, six industry
 * groups. Published values have 4 decimals; the tolerance is 5e-5. As the manual's table gives it, x is the
 * row {@code P1} (manufacturing 1,079,446), not the {@code output_bp} column (1,079,400).
 */
class EurostatManualGermany1995Test {
  private static final String FIXTURE = "eurostat-manual-germany-1995/beutel_table_15_4_germany_1995.csv";
  private static final List<String> INDUSTRY_ROWS =
      List.of("cpa_a", "cpa_c", "cpa_f", "cpa_g_i", "cpa_business", "cpa_other");
  private static final int FIRST_COLUMN = 5;
  private static final int N = 6;
  private static final double TOLERANCE = 5e-5;

  private static Map<String, double[]> rows;
  private static LeontiefSystem system;
  private static Multipliers multipliers;

  @BeforeAll
  static void load() {
    rows = new HashMap<>();
    for (String[] cells : ReferenceData.table(FIXTURE, ",")) {
      double[] v = new double[N];
      if (cells.length > FIRST_COLUMN + N && !cells[FIRST_COLUMN].isEmpty()
          && Character.isDigit(cells[FIRST_COLUMN].charAt(cells[FIRST_COLUMN].length() - 1))) {
        for (int j = 0; j < N; j++) {
          v[j] = Double.parseDouble(cells[FIRST_COLUMN + j]);
        }
        rows.put(cells[0], v);
      }
    }
    double[][] z = new double[N][];
    for (int i = 0; i < N; i++) {
      z[i] = rows.get(INDUSTRY_ROWS.get(i));
    }
    Model model = Models.builder("eurostat-germany-1995", Models.sectors(INDUSTRY_ROWS), z, rows.get("P1"))
        .employment(rows.get("EMP")).valueAdded(rows.get("B1G")).labourIncome(rows.get("D1"))
        .imports(rows.get("P7")).taxes(rows.get("D21_M_D31")).build();
    system = LeontiefSystem.of(model);
    multipliers = Multipliers.of(system);
  }

  @Test
  void outputIsRowP1() {
    assertThat(rows.get("P1")[1]).isEqualTo(1_079_446.0);
  }

  @Test
  void spotCoefficients() {
    assertThat(system.coefficient(0, 0)).isCloseTo(0.0258, within(TOLERANCE));
    assertThat(system.coefficient(1, 1)).isCloseTo(0.2822, within(TOLERANCE));
    assertThat(system.coefficient(2, 2)).isCloseTo(0.0158, within(TOLERANCE));
  }

  @Test
  void leontiefDiagonalByUnitSolves() {
    double[] expected = {1.0339, 1.4292, 1.0289};
    for (int j = 0; j < expected.length; j++) {
      assertThat(system.solveTypeI(Dense.unit(N, j))[j]).as("L[%d][%d]", j, j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  @Test
  void outputMultipliers() {
    double[] expected = {1.7048, 1.8413, 1.8136, 1.6035, 1.5951, 1.3782};
    for (int j = 0; j < N; j++) {
      assertThat(multipliers.output(ModelType.TYPE_I, j)).as("output multiplier %d", j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  @Test
  void gvaMultipliers() {
    double[] expected = {0.8450, 0.7647, 0.8615, 0.9019, 0.9393, 0.9199};
    for (int j = 0; j < N; j++) {
      assertThat(multipliers.effect(Measure.VALUE_ADDED, ModelType.TYPE_I, j)).as("GVA multiplier %d", j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  @Test
  void employmentMultipliersInThousandPersonsPerMillion() {
    double[] expected = {0.0326, 0.0162, 0.0207, 0.0237, 0.0112, 0.0242};
    for (int j = 0; j < N; j++) {
      assertThat(multipliers.effect(Measure.JOBS, ModelType.TYPE_I, j)).as("employment multiplier %d", j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  /** [computed] (GVA + imports + net product taxes) / x . L = 1: value added and leakages exhaust each unit. */
  @Test
  void valueAddedAndLeakagesSumToOne() {
    double[] b = new double[N];
    for (int i = 0; i < N; i++) {
      b[i] = (rows.get("B1G")[i] + rows.get("P7")[i] + rows.get("D21_M_D31")[i]) / rows.get("P1")[i];
    }
    double[] y = system.solveTypeITransposed(b);
    for (int j = 0; j < N; j++) {
      assertThat(y[j]).as("column %d", j).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void noTypeIIWithoutHouseholdData() {
    assertThat(system.hasTypeII()).isFalse();
    assertThat(multipliers.available(Measure.VALUE_ADDED, ModelType.TYPE_II)).isFalse();
  }
}

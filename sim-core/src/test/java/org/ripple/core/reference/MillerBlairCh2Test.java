package org.ripple.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.ReferenceData;

/**
 * Miller and Blair (2009), Input-Output Analysis, ch. 2, the two-sector example (Tables 2.3 and 2.4), as encoded in
 * pymrio's {@code td_IO_Data_Miller} fixture.
 */
class MillerBlairCh2Test {
  private static final String FIXTURE = "miller-blair-2sector/miller_blair_ch2_2sector.json";
  private static final double[] F_NEW = {600, 1500};

  private static Map<String, Object> fixture;
  private static LeontiefSystem system;

  @BeforeAll
  static void load() {
    fixture = ReferenceData.object(ReferenceData.json(FIXTURE));
    double[][] z = ReferenceData.matrix(fixture.get("Z_arr"));
    double[][] x = ReferenceData.matrix(fixture.get("x_arr"));
    double[] output = {x[0][0], x[1][0]};
    double[] labour = ReferenceData.matrix(fixture.get("labcoeff_arr"))[0];
    // labour is carried as the employment satellite: E = labour coefficient * x
    double[] employment = {labour[0] * output[0], labour[1] * output[1]};
    Model model = Models.builder("miller-blair-ch2", Models.sectors(List.of("s1", "s2")), z, output)
        .employment(employment).build();
    system = LeontiefSystem.of(model);
  }

  @Test
  void technicalCoefficientsMatchTable24() {
    double[][] a = ReferenceData.matrix(fixture.get("A_arr"));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertThat(system.coefficient(i, j)).as("a[%d][%d]", i, j).isCloseTo(a[i][j], within(1e-12));
      }
    }
  }

  @Test
  void leontiefInverseColumnsBySolvesMatchFixture() {
    double[][] l = ReferenceData.matrix(fixture.get("L_arr"));
    for (int j = 0; j < 2; j++) {
      double[] column = system.solveTypeI(Dense.unit(2, j));
      for (int i = 0; i < 2; i++) {
        assertThat(column[i]).as("L[%d][%d]", i, j).isCloseTo(l[i][j], within(1e-6));
      }
    }
  }

  @Test
  void newFinalDemandGivesNewOutput() {
    double[] xNew = system.solveTypeI(F_NEW);
    // [computed] to 2 dp; the fixture's [1247.5, 1841.6] to 1 dp
    assertThat(xNew[0]).isCloseTo(1247.52, within(0.005));
    assertThat(xNew[1]).isCloseTo(1841.58, within(0.005));
    double[][] published = ReferenceData.matrix(fixture.get("xnew_arr"));
    assertThat(xNew[0]).isCloseTo(published[0][0], within(0.05));
    assertThat(xNew[1]).isCloseTo(published[1][0], within(0.05));
  }

  /**
   * Labour at x_new: Miller and Blair's [374.25, 460.4] are the coefficients [0.3, 0.25] times x_new rounded to 0.1
   * (1247.5, 1841.6); exact x_new gives 374.257 and 460.396. The tolerance is the coefficient times half that
   * rounding step (0.015 and 0.0125).
   */
  @Test
  void labourAtNewOutputThroughTheScenarioEngine() {
    double[] expected = ReferenceData.matrix(fixture.get("labtot_arr"))[0];
    double[] coeff = ReferenceData.matrix(fixture.get("labcoeff_arr"))[0];
    Scenario s = new Scenario("f_new", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("s1", "s1", F_NEW[0], "demand_changes[0]"),
            new DemandChange("s2", "s2", F_NEW[1], "demand_changes[1]")));
    Impact total = new ImpactEngine(system).run(s).total();
    for (int i = 0; i < 2; i++) {
      assertThat(total.value(Measure.JOBS, Effect.TOTAL, i)).as("labour in sector %d", i)
          .isCloseTo(expected[i], within(coeff[i] * 0.05));
      assertThat(total.outputChange(Effect.TOTAL, i)).isCloseTo(system.solveTypeI(F_NEW)[i], within(1e-9));
    }
    assertThat(total.available(Measure.JOBS, Effect.INDUCED)).isFalse();
  }

  @Test
  void labourThroughMultipliers() {
    Multipliers m = Multipliers.of(system);
    // total labour = sum_j (e L)_j f_j
    double total = 0;
    for (int j = 0; j < 2; j++) {
      total += m.effect(Measure.JOBS, ModelType.TYPE_I, j) * F_NEW[j];
    }
    assertThat(total).isCloseTo(374.25 + 460.4, within(0.3 * 0.05 + 0.25 * 0.05));
    // output multipliers: column sums of L
    double[][] l = ReferenceData.matrix(fixture.get("L_arr"));
    for (int j = 0; j < 2; j++) {
      assertThat(m.output(ModelType.TYPE_I, j)).isCloseTo(l[0][j] + l[1][j], within(2e-6));
    }
    assertThat(m.available(Measure.JOBS, ModelType.TYPE_II)).isFalse();
    assertThat(m.effect(Measure.JOBS, ModelType.TYPE_II, 0)).isNaN();
  }
}

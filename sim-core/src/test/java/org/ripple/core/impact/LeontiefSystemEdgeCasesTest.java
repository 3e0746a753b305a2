package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.testing.Models;

/** Degenerate models: zero-output sectors, non-productive tables, missing satellites. */
class LeontiefSystemEdgeCasesTest {

  private static Model.Builder threeSectors(double[][] z, double[] x) {
    return Models.builder("edge", Models.sectors(3), z, x);
  }

  @Test
  void zeroOutputSectorGetsZeroCoefficientsAndAWarningNeverNaN() {
    double[][] z = {{10, 20, 0}, {30, 5, 0}, {0, 0, 0}};
    double[] x = {100, 200, 0};
    Model model = threeSectors(z, x).employment(new double[] {50, 80, 0}).labourIncome(new double[] {30, 60, 0})
        .valueAdded(new double[] {40, 90, 0}).householdConsumption(new double[] {20, 30, 0}).build();
    LeontiefSystem system = LeontiefSystem.of(model);
    for (int i = 0; i < 3; i++) {
      assertThat(system.coefficient(i, 2)).isZero();
    }
    for (Measure m : new Measure[] {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED}) {
      assertThat(system.coefficient(m, 2)).isZero();
    }
    assertThat(system.warnings()).anySatisfy(w -> assertThat(w).contains("s2").contains("zero output"));
    Multipliers multipliers = Multipliers.of(system);
    for (ModelType type : ModelType.values()) {
      for (Measure m : Measure.values()) {
        for (int j = 0; j < 3; j++) {
          assertThat(multipliers.effect(m, type, j)).as("%s %s %d", m, type, j).isFinite();
        }
      }
    }
    assertThat(multipliers.output(ModelType.TYPE_I, 2)).isEqualTo(1.0);
    // a ratio over a zero direct coefficient is documented as not available
    assertThat(multipliers.ratio(Measure.JOBS, ModelType.TYPE_I, 2)).isNaN();
    assertThat(system.solveTypeII(new double[] {1, 1, 1})).doesNotContain(Double.NaN);
  }

  @Test
  void columnSumsAboveOneEverywhereThrow() {
    double[][] z = {{50, 50, 50}, {50, 50, 50}, {50, 50, 50}};
    double[] x = {100, 100, 100};
    assertThatThrownBy(() -> LeontiefSystem.of(threeSectors(z, x).build())).isInstanceOf(ModelException.class)
        .hasMessageContaining("not productive");
  }

  /**
   * A non-productive block next to a sector that neither buys nor sells regionally (here a zero-output sector):
   * |A| is reducible, so the Collatz-Wielandt lower bound of {@link org.ripple.core.linalg.PerronRoot} stays at 0
   * whatever the spectral radius of the other block is. Rejection must not depend on that bound alone.
   */
  @Test
  void nonProductiveBlockNextToAZeroOutputSectorThrows() {
    double[][] z = {{75, 75, 0}, {75, 75, 0}, {0, 0, 0}};
    double[] x = {100, 100, 0};
    assertThatThrownBy(() -> LeontiefSystem.of(threeSectors(z, x).build())).isInstanceOf(ModelException.class)
        .hasMessageContaining("not productive");
  }

  @Test
  void nonProductiveSectorThatBuysOnlyFromItselfThrows() {
    // sector 0 uses 1.2 of its own output per unit: rho(A) = 1.2, but the other rows keep the lower bound small
    double[][] z = {{120, 0, 0}, {0, 10, 5}, {0, 5, 10}};
    double[] x = {100, 100, 100};
    assertThatThrownBy(() -> LeontiefSystem.of(threeSectors(z, x).build())).isInstanceOf(ModelException.class)
        .hasMessageContaining("not productive");
  }

  @Test
  void nonProductiveHouseholdClosureThrows() {
    double[][] z = {{10, 20, 5}, {30, 5, 5}, {5, 5, 5}};
    double[] x = {100, 100, 100};
    // households spend 2 units regionally per unit of income; income coefficients are large
    Model model = threeSectors(z, x).labourIncome(new double[] {60, 60, 60})
        .householdConsumption(new double[] {120, 120, 120}).householdIncome(180).build();
    assertThatThrownBy(() -> LeontiefSystem.of(model)).isInstanceOf(ModelException.class)
        .hasMessageContaining("Type II");
  }

  @Test
  void typeIIIsUnavailableWithoutHouseholdsAndSaysSo() {
    double[][] z = {{10, 20, 5}, {30, 5, 5}, {5, 5, 5}};
    LeontiefSystem system = LeontiefSystem.of(threeSectors(z, new double[] {100, 100, 100}).build());
    assertThat(system.hasTypeII()).isFalse();
    assertThatThrownBy(() -> system.solveTypeII(new double[3])).isInstanceOf(ModelException.class);
    assertThatThrownBy(() -> system.coefficient(Measure.JOBS, 0)).isInstanceOf(ModelException.class);
    assertThatThrownBy(() -> system.solveTypeI(new double[2])).isInstanceOf(IllegalArgumentException.class);
  }
}

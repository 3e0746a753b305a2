package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.testing.Models;

/**
 * The coefficients derived once per model, and the column-sum rule, against hand-computed numbers: the two-sector
 * example of Miller and Blair (Input-Output Analysis, 2nd ed., 2009, sec. 2.3: Z = [[150, 500], [200, 100]], x = [1000,
 * 2000], A = [[0.15, 0.25], [0.20, 0.05]]).
 */
class CoefficientsTest {
  private static Model model(double[][] z) {
    return Models.builder("t", Models.sectors(List.of("A", "B")), z, new double[] {1000, 2000})
        .employment(new double[] {100, 50}).build();
  }

  @Test
  void theTextbookTableGivesItsCoefficientsAndBreaksNoRule() {
    Coefficients c = Coefficients.of(model(new double[][] {{150, 500}, {200, 100}}));
    double[] a = c.a().toDense();
    assertThat(a).containsExactly(new double[] {0.15, 0.25, 0.20, 0.05}, within(1e-15));
    assertThat(c.of(Measure.JOBS)).containsExactly(new double[] {0.1, 0.025}, within(1e-15));
    assertThat(c.overspent()).isEmpty();
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void aColumnBuyingMoreThanItsOutputBreaksTheRuleWithItsSum() {
    // column A buys 150 + 900 = 1050 per 1000 of output: 1.05; column B 600 per 2000: 0.3
    Coefficients c = Coefficients.of(model(new double[][] {{150, 500}, {900, 100}}));
    assertThat(c.overspent()).hasSize(1);
    assertThat(c.overspent().get(0).sector()).isZero();
    assertThat(c.overspent().get(0).columnSum()).isCloseTo(1.05, within(1e-15));
    assertThat(c.warnings()).containsExactly(
        "sector A buys 1.0500 of regional inputs per unit of output (column sum of A >= 1)");
  }

  @Test
  void aSystemOnSharedCoefficientsSolvesAsOneThatDerivesItsOwn() {
    Model m = model(new double[][] {{150, 500}, {200, 100}});
    Coefficients c = Coefficients.of(m);
    LeontiefSystem shared = LeontiefSystem.of(m, c, SpectralBounds.of(m, c));
    // L = (I - A)^-1 = [[0.95, 0.25], [0.20, 0.85]] / 0.7575, so a unit of final demand for A needs 0.95 / 0.7575 of
    // A's output and 0.20 / 0.7575 of B's
    double[] expected = {0.95 / 0.7575, 0.20 / 0.7575};
    assertThat(shared.solveTypeI(new double[] {1, 0})).containsExactly(expected, within(1e-14));
    assertThat(LeontiefSystem.of(m).solveTypeI(new double[] {1, 0})).containsExactly(expected, within(1e-14));
    LeontiefSystem neumann = shared.withSolver(SolverKind.NEUMANN);
    assertThat(neumann.solver()).isEqualTo(SolverKind.NEUMANN);
    assertThat(neumann.solveTypeI(new double[] {1, 0})).containsExactly(expected, within(1e-9));
  }
}

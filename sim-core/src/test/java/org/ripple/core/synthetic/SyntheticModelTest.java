package org.ripple.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;

/** The two seeded generators: their shapes, and the numbers the benchmarks were measured on. */
class SyntheticModelTest {
  @Test
  void denseGivesTheModelPropagationBenchmarkWasMeasuredOn() {
    // values of n = 23 (seed 20260101 + 23), as sim-bench's own generator made them before it moved here
    Model m = SyntheticModel.dense(23, 20260124L);
    assertThat(m.info().name()).isEqualTo("synthetic-23-20260124");
    assertThat(m.sectors().at(0).code()).isEqualTo("S00000");
    assertThat(m.flow(0, 0)).isEqualTo(2.7273354013279976);
    assertThat(m.flow(22, 5)).isEqualTo(4.852193872334062);
    assertThat(m.output(3)).isEqualTo(124.7987975727942);
    assertThat(m.level(Measure.LABOUR_INCOME, 7)).isEqualTo(20.256960320707314);
    assertThat(m.level(Measure.VALUE_ADDED, 7)).isEqualTo(106.59949685169263);
    assertThat(m.level(Measure.JOBS, 7)).isEqualTo(2222.923020778851);
    assertThat(m.householdConsumption(11)).isEqualTo(24.33905602670432);
    assertThat(m.householdIncome()).isEqualTo(1592.0916743805071);
  }

  @Test
  void denseHasEveryFlowAndColumnSumsOfAInRange() {
    int n = 40;
    Model m = SyntheticModel.dense(n, 5);
    assertThat(m.isSparse()).isFalse();
    assertThat(m.nonZeroFlows()).isEqualTo((long) n * n);
    for (int j = 0; j < n; j++) {
      double a = 0;
      for (int i = 0; i < n; i++) {
        a += m.flow(i, j) / m.output(j);
      }
      assertThat(a).isBetween(0.3 - 1e-12, 0.6 + 1e-12);
    }
    assertThat(SyntheticModel.dense(n, 5)).isEqualTo(m);
  }

  @Test
  void generateIsSparseAndBalances() {
    int n = 50;
    Model m = SyntheticModel.generate(n, 0.1, 7);
    assertThat(m.isSparse()).isTrue();
    assertThat(m.nonZeroFlows()).isEqualTo(5L * n);
    assertThat(m.sectors().at(0).code()).isEqualTo(SyntheticModel.code(0)).isEqualTo("S000000");
    for (int j = 0; j < n; j++) {
      double purchases = 0;
      for (int i = 0; i < n; i++) {
        purchases += m.flow(i, j);
      }
      assertThat(purchases / m.output(j)).isBetween(0.3 - 1e-12, 0.6 + 1e-12);
      assertThat(m.level(Measure.VALUE_ADDED, j)).isCloseTo(m.output(j) - purchases, within(1e-9));
    }
    assertThat(SyntheticModel.generate(n, 0.1, 7)).isEqualTo(m);
  }

  @Test
  void generatedRowsBalanceWithFinalDemandInItsRange() {
    for (int n : new int[] {1, 7, 50, 400}) {
      for (long seed : new long[] {1, 2, 99}) {
        Model m = SyntheticModel.generate(n, Math.min(1.0, 20.0 / n), seed);
        double[] sales = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            sales[i] += m.flow(i, j);
          }
        }
        for (int i = 0; i < n; i++) {
          // x_i = sum_j z_ij + f_i with f_i drawn in [100, 1000]
          double f = m.output(i) - sales[i];
          assertThat(f).as("n %d seed %d row %d", n, seed, i).isBetween(100 - 1e-9, 1000 + 1e-9);
        }
      }
    }
  }

  @Test
  void balancedOutputSolvesATwoSectorSystemByHand() {
    // A = [[0.2, 0.3], [0.4, 0.1]] (columns sum to 0.6 and 0.4), f = (100, 200): (I - A) x = f gives
    // det = 0.8 * 0.9 - 0.3 * 0.4 = 0.6, x1 = (0.9 * 100 + 0.3 * 200) / 0.6 = 250, x2 = (0.4 * 100 + 0.8 * 200) / 0.6
    // = 333.33...
    int[] pointers = {0, 2, 4};
    int[] rows = {0, 1, 0, 1};
    double[] at = {0.2, 0.4, 0.3, 0.1}; // A^T in CSR: row j holds column j of A
    double[] x = SyntheticModel.balancedOutput(2, pointers, rows, at, new double[] {100, 200});
    assertThat(x[0]).isCloseTo(250, within(1e-9));
    assertThat(x[1]).isCloseTo(1000.0 / 3, within(1e-9));
  }
}

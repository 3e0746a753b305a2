package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.testing.RandomModels;

/**
 * Multipliers derives the Type II table from Type I solves plus one extra right-hand side (block elimination of the
 * household row and column); it must equal the direct transposed solve of the closed (n+1) system.
 */
class TypeIIByBlockEliminationTest {
  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 7919L * i + 3);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void typeIITableEqualsTheDirectClosedSolve(long seed) {
    int n = 1 + (int) (seed % 17);
    Model model = RandomModels.productive(seed, n).model();
    for (SolverKind kind : new SolverKind[] {SolverKind.DENSE_LU, SolverKind.BICGSTAB}) {
      LeontiefSystem system = LeontiefSystem.of(model, kind);
      Multipliers multipliers = Multipliers.of(system);
      for (Measure m : Measure.values()) {
        double[] direct = system.solveTransposed(ModelType.TYPE_II, system.coefficientsOf(m))[0];
        double scale = 0;
        for (double v : direct) {
          scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < n; j++) {
          assertThat(multipliers.effect(m, ModelType.TYPE_II, j)).as("seed %d, %s, %s, sector %d", seed, kind, m, j)
              .isCloseTo(direct[j], org.assertj.core.api.Assertions.within(1e-9 * scale));
        }
      }
    }
  }
}

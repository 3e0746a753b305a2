package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.ModelInfo;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/**
 * Every solver strategy behind {@link LeontiefSystem} gives the dense-LU answers (to 1e-9 relative) for scenario
 * solves and the whole multiplier table, on dense and on sparse-stored models; failures name a sector.
 */
class SolverStrategiesTest {
  static Stream<Arguments> kindsAndSeeds() {
    List<Arguments> args = new ArrayList<>();
    for (SolverKind kind : SolverKind.values()) {
      for (long seed = 1; seed <= 4; seed++) {
        args.add(Arguments.of(kind, seed, seed % 2 == 0));
      }
    }
    return args.stream();
  }

  /** The same model with Z held in CSR. */
  static Model sparse(Model m) {
    Model.Builder b = Model.builder(m.info(), m.sectors()).transactions(m.transactions()).output(m.outputCopy())
        .employment(m.levelsCopy(Measure.JOBS)).labourIncome(m.levelsCopy(Measure.LABOUR_INCOME))
        .valueAdded(m.levelsCopy(Measure.VALUE_ADDED));
    if (m.hasHouseholds()) {
      b.householdConsumption(m.householdConsumptionCopy()).householdIncome(m.householdIncome());
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} seed {1} sparse storage {2}")
  @MethodSource("kindsAndSeeds")
  void scenarioSolvesAndMultipliersAgreeWithDenseLu(SolverKind kind, long seed, boolean sparseStorage) {
    Model dense = RandomModels.productive(seed, 5 + (int) (seed * 9)).model();
    Model model = sparseStorage ? sparse(dense) : dense;
    assertThat(model.isSparse()).isEqualTo(sparseStorage);
    LeontiefSystem reference = LeontiefSystem.of(dense, SolverKind.DENSE_LU);
    LeontiefSystem system = LeontiefSystem.of(model, kind);
    assertThat(system.solver()).isEqualTo(kind);
    int n = model.size();
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = rnd.nextDouble() < 0.5 ? 0 : rnd.nextDouble() * 100 - 60;
    }
    close(system.solveTypeI(d), reference.solveTypeI(d));
    close(system.solveTypeII(d), reference.solveTypeII(d));
    close(system.solveTypeITransposed(d), reference.solveTypeITransposed(d));
    close(system.solveTypeIITransposed(d), reference.solveTypeIITransposed(d));
    close(system.firstRound(d), reference.firstRound(d));
    Multipliers mine = Multipliers.of(system);
    Multipliers theirs = Multipliers.of(reference);
    for (ModelType type : ModelType.values()) {
      for (Measure m : Measure.values()) {
        double[] a = new double[n];
        double[] b = new double[n];
        for (int j = 0; j < n; j++) {
          a[j] = mine.effect(m, type, j);
          b[j] = theirs.effect(m, type, j);
        }
        close(a, b);
      }
    }
    if (kind.iterative()) {
      assertThat(system.worstSolve().residual()).isLessThanOrEqualTo(SolverOptions.DEFAULT_TOLERANCE);
      assertThat(system.solveCount()).isGreaterThan(0);
    }
    assertThat(system.coefficient(0, n - 1)).isCloseTo(reference.coefficient(0, n - 1),
        org.assertj.core.data.Offset.offset(1e-15));
    assertThat(system.spectralRadius().upper()).isCloseTo(reference.spectralRadius().upper(),
        org.assertj.core.data.Offset.offset(2e-6));
  }

  static void close(double[] got, double[] want) {
    double scale = 0;
    double diff = 0;
    for (int i = 0; i < want.length; i++) {
      scale = Math.max(scale, Math.abs(want[i]));
      diff = Math.max(diff, Math.abs(got[i] - want[i]));
    }
    assertThat(diff).isLessThanOrEqualTo(1e-9 * Math.max(scale, Double.MIN_NORMAL));
  }

  @Test
  void anIterativeSolveThatDoesNotConvergeNamesTheSectorWithTheLargestResidual() {
    Model model = RandomModels.productive(9, 12).model();
    LeontiefSystem system = LeontiefSystem.of(model, SolverKind.NEUMANN,
        SolverOptions.defaults().withMaxIterations(1));
    double[] d = new double[12];
    d[3] = -100;
    assertThatThrownBy(() -> system.solveTypeI(d)).isInstanceOfSatisfying(ModelException.class, e -> {
      assertThat(e.sector()).matches("s\\d+");
      assertThat(e.getMessage()).contains("did not converge").contains("largest residual is at sector " + e.sector())
          .contains("--solver");
    });
  }

  @Test
  void aModelTooLargeForDenseLuIsRefusedBeforeAllocatingWithASuggestion() {
    int n = 40_000; // dense LU would need about 38 GB
    int[] r = new int[n];
    int[] c = new int[n];
    double[] v = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = (i + 1) % n;
      c[i] = i;
      v[i] = 0.4;
      x[i] = 1.0;
    }
    Model model = Model.builder(ModelInfo.named("ring"), Models.sectors(n))
        .transactions(CsrMatrix.fromTriplets(n, n, r, c, v, n)).output(x).build();
    assertThatThrownBy(() -> LeontiefSystem.of(model, SolverKind.DENSE_LU))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("too large for the dense-lu solver").hasMessageContaining("--solver neumann");
    LeontiefSystem sparse = LeontiefSystem.of(model);
    assertThat(sparse.solver().iterative()).isTrue();
    double[] d = new double[n];
    d[0] = 1;
    // a ring with a_{i+1,i} = 0.4: dx_k = 0.4^k (mod n)
    assertThat(sparse.solveTypeI(d)[3]).isCloseTo(0.064, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(sparse.spectralRadius().upper()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void borderedPerronBoundsMatchThoseOfTheClosedMatrixWrittenOut() {
    RandomModels.Generated g = RandomModels.productive(5, 30);
    PerronRoot dense = PerronRoot.estimate(LeontiefMatrix.of(CsrMatrix.fromDense(g.closed(), 31, 31)), 1e-9, 2000);
    PerronRoot sparse = PerronRoot.estimate(LeontiefMatrix.bordered(CsrMatrix.fromDense(g.a(), 30, 30),
        g.householdShares(), g.income()), 1e-9, 2000);
    assertThat(sparse.lower()).isCloseTo(dense.lower(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(sparse.upper()).isCloseTo(dense.upper(), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void nonProductiveModelsAreRefusedByTheIterativePathToo() {
    double[][] z = {{0.6, 0.5, 0}, {0.5, 0.6, 0}, {0, 0, 0.1}};
    Model model = Models.builder("np", Models.sectors(3), z, new double[] {1, 1, 1}).build();
    assertThatThrownBy(() -> LeontiefSystem.of(model, SolverKind.NEUMANN)).isInstanceOf(ModelException.class)
        .hasMessageContaining("not productive");
  }
}

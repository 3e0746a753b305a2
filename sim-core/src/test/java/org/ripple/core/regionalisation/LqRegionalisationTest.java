package org.ripple.core.regionalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.regionalisation.LocationQuotients.Method;
import org.ripple.core.regionalisation.LqRegionalisation.Basis;

/** A regional model from a national one: region = nation, FLQ(delta 0) = CILQ, smaller multipliers. */
class LqRegionalisationTest {
  private static final ModelInfo INFO = ModelInfo.named("region");

  /** A seeded random productive economy with households. */
  private static Model nation(Random rnd, int n) {
    SectorIndex index = SectorIndex.of(java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new Sector("S" + i, "Sector " + i)).toList());
    double[] x = new double[n];
    double[] z = new double[n * n];
    double[] jobs = new double[n];
    double[] w = new double[n];
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 100 + 900 * rnd.nextDouble();
      jobs[j] = 1 + 50 * rnd.nextDouble();
      w[j] = 0.3 * x[j] * rnd.nextDouble();
      c[j] = 50 * rnd.nextDouble();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = x[j] * 0.6 / n * rnd.nextDouble();
      }
    }
    return Model.builder(ModelInfo.named("nation"), index).transactions(z).output(x).employment(jobs)
        .labourIncome(w).valueAdded(w.clone()).householdConsumption(c).householdIncome(2000).build();
  }

  @Test
  void regionEqualToNationGivesTheNationBack() {
    Random rnd = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      Model nm = nation(rnd, 2 + rnd.nextInt(8));
      double[] e = nm.levelsCopy(Measure.JOBS);
      for (Method m : Method.values()) {
        LqRegionalisation.Result r = LqRegionalisation.regionalise(nm, e, e, Basis.EMPLOYMENT, m, 0.3, INFO);
        assertThat(r.lambdaStar()).isEqualTo(1.0);
        for (double q : LocationQuotients.quotients(m, e, e, 0.3)) {
          assertThat(q).isCloseTo(1.0, within(1e-12));
        }
        Model rm = r.model();
        for (int i = 0; i < nm.size(); i++) {
          assertThat(rm.output(i)).isCloseTo(nm.output(i), within(1e-9));
          assertThat(rm.level(Measure.LABOUR_INCOME, i)).isCloseTo(nm.level(Measure.LABOUR_INCOME, i), within(1e-9));
          assertThat(rm.householdConsumption(i)).isCloseTo(nm.householdConsumption(i), within(1e-9));
          for (int j = 0; j < nm.size(); j++) {
            assertThat(rm.flow(i, j)).isCloseTo(nm.flow(i, j), within(1e-9));
          }
        }
        assertThat(rm.householdIncome()).isCloseTo(nm.householdIncome(), within(1e-9));
      }
    }
  }

  @Test
  void flqWithDeltaZeroIsCilqCappedAtOne() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      Model nm = nation(rnd, 2 + rnd.nextInt(8));
      double[] e = nm.levelsCopy(Measure.JOBS);
      double[] reg = new double[e.length];
      for (int i = 0; i < e.length; i++) {
        reg[i] = e[i] * rnd.nextDouble();
      }
      Model flq = LqRegionalisation.regionalise(nm, reg, e, Basis.EMPLOYMENT, Method.FLQ, 0, INFO).model();
      Model cilq = LqRegionalisation.regionalise(nm, reg, e, Basis.EMPLOYMENT, Method.CILQ, 0, INFO).model();
      assertThat(flq).isEqualTo(cilq);
    }
  }

  @Test
  void regionalOutputMultipliersNeverExceedNationalOnes() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      Model nm = nation(rnd, 2 + rnd.nextInt(8));
      int n = nm.size();
      double[] e = nm.levelsCopy(Measure.JOBS);
      double[] reg = new double[n];
      for (int i = 0; i < n; i++) {
        reg[i] = e[i] * rnd.nextDouble();
      }
      double[] national = MethodComparison.outputMultipliers(coefficients(nm), n);
      for (Method m : Method.values()) {
        Model rm = LqRegionalisation.regionalise(nm, reg, e, Basis.EMPLOYMENT, m, 0.3, INFO).model();
        double[] regional = MethodComparison.outputMultipliers(coefficients(rm), n);
        for (int j = 0; j < n; j++) {
          assertThat(regional[j]).isBetween(1.0 - 1e-12, national[j] + 1e-12);
        }
      }
    }
  }

  @Test
  void vectorsOfTheWrongLengthAreRefused() {
    Model nm = nation(new Random(1), 2);
    assertThatThrownBy(() -> LqRegionalisation.regionalise(nm, new double[] {1}, new double[] {1, 2},
        Basis.EMPLOYMENT, Method.SLQ, 0, INFO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 values");
  }

  private static double[] coefficients(Model m) {
    int n = m.size();
    return LqRegionalisation.coefficients(m.transactionsCopy(), m.outputCopy(), n);
  }
}

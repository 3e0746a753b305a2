package org.ripple.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.testing.Models;

/**
 * {@link Impact#surelyFinite}, the bound that lets the last check before writing skip looking at every figure: it
 * never says finite when a figure or a sum is not, it says finite for every impact of ordinary size, and
 * {@link Impact#sum}, now made once an impact, gives the hand-computed sums.
 */
class ImpactFiniteBoundTest {
  private static final double[][] Z = {{10, 20, 5}, {30, 5, 10}, {5, 10, 20}};
  private static final double[] X = {100, 200, 150};

  private static LeontiefSystem system() {
    Model model = Models.builder("bound", Models.sectors(3), Z, X).employment(new double[] {50, 80, 20})
        .labourIncome(new double[] {30, 60, 40}).valueAdded(new double[] {40, 90, 70})
        .householdConsumption(new double[] {20, 30, 25}).build();
    return LeontiefSystem.of(model);
  }

  /** A value of magnitude 10^e, e drawn in [lo, hi), either sign; now and then a NaN or an infinity. */
  private static double draw(SplittableRandom r, int lo, int hi, boolean oddOnes) {
    if (oddOnes && r.nextInt(40) == 0) {
      return r.nextBoolean() ? Double.NaN : r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return (r.nextBoolean() ? -1 : 1) * r.nextDouble(1, 10) * Math.pow(10, r.nextInt(lo, hi));
  }

  private static double[] vector(SplittableRandom r, int lo, int hi, boolean oddOnes) {
    return new double[] {draw(r, lo, hi, oddOnes), draw(r, lo, hi, oddOnes), draw(r, lo, hi, oddOnes)};
  }

  private static boolean everyFigureFinite(Impact impact) {
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        if (!impact.available(m, e)) {
          continue;
        }
        if (!Double.isFinite(impact.sum(m, e))) {
          return false;
        }
        for (int i = 0; i < impact.size(); i++) {
          if (!Double.isFinite(impact.value(m, e, i))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void neverSaysFiniteWhenAFigureIsNot(long seed) {
    LeontiefSystem system = system();
    SplittableRandom r = new SplittableRandom(seed);
    int unsure = 0;
    int notFinite = 0;
    for (int k = 0; k < 4_000; k++) {
      // magnitudes up to the largest double, so that products and sums overflow now and then
      Impact impact = Impact.of(system, vector(r, -20, 309, true), vector(r, -20, 309, true),
          vector(r, -20, 309, true), r.nextBoolean() ? null : vector(r, -20, 309, true));
      boolean finite = everyFigureFinite(impact);
      if (impact.surelyFinite()) {
        assertThat(finite).as("impact %d of seed %d is said finite", k, seed).isTrue();
      } else {
        unsure++;
      }
      notFinite += finite ? 0 : 1;
    }
    assertThat(notFinite).as("the draws reach non-finite figures").isGreaterThan(100);
    assertThat(unsure).isGreaterThanOrEqualTo(notFinite);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {6, 7, 8})
  void saysFiniteForOrdinaryImpacts(long seed) {
    LeontiefSystem system = system();
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 2_000; k++) {
      // effects from a millionth of a unit to a trillion: what any real scenario gives
      Impact impact = Impact.of(system, vector(r, -6, 12, false), vector(r, -6, 12, false),
          vector(r, -6, 12, false), r.nextBoolean() ? null : vector(r, -6, 12, false));
      assertThat(impact.surelyFinite()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, 1e300})
  void notSureWithANaNAnInfinityOrAHugeValue(double odd) {
    LeontiefSystem system = system();
    Impact impact = Impact.of(system, new double[] {1, 0, 0}, new double[] {1.5, odd, 0.25},
        new double[] {2, 0.5, 0.5});
    assertThat(impact.surelyFinite()).isFalse();
  }

  @ParameterizedTest(name = "asked {0} times")
  @ValueSource(ints = {1, 2, 3})
  void sumsAsComputedByHand(int times) {
    LeontiefSystem system = system();
    Impact impact = Impact.of(system, new double[] {-1000, 0, 0}, new double[] {-1500, -250, -125},
        new double[] {-2000, -500, -375});
    for (int t = 0; t < times; t++) {
      // output: direct -1000; Type I total -1875, so indirect -875; Type II total -2875, so induced -1000
      assertThat(impact.sum(Measure.OUTPUT, Effect.DIRECT)).isEqualTo(-1000.0);
      assertThat(impact.sum(Measure.OUTPUT, Effect.INDIRECT)).isEqualTo(-875.0);
      assertThat(impact.sum(Measure.OUTPUT, Effect.INDUCED)).isEqualTo(-1000.0);
      assertThat(impact.sum(Measure.OUTPUT, Effect.TOTAL)).isEqualTo(-2875.0);
      // jobs per unit of output 50/100, 80/200, 20/150: -2000 * 0.5 - 500 * 0.4 - 375 * 0.1333... = -1250
      assertThat(impact.sum(Measure.JOBS, Effect.TOTAL)).isCloseTo(-1250.0, org.assertj.core.data.Offset.offset(
          1e-9));
    }
  }
}

package org.ripple.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.SectorIndex;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.RandomModels.Generated;

/**
 * Metamorphic and property tests of the scenario engine on seeded random productive models (1 to 12 sectors, 150
 * seeds per property; see {@link RandomModels} for the ranges). Written as seeded JUnit parameterized tests: every
 * failure names its seed and reproduces exactly.
 */
class ImpactEnginePropertiesTest {
  private static final int TRIES = 150;
  private static final double RELATIVE = 1e-9;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, TRIES).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  /** One random model, its factored system and a random source for the scenario. */
  private record Case(Generated g, LeontiefSystem system, ImpactEngine engine, SplittableRandom rnd) {
    static Case of(long seed) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
      LeontiefSystem system = LeontiefSystem.of(g.model());
      return new Case(g, system, new ImpactEngine(system), rnd);
    }

    int n() {
      return g.n();
    }

    int sector() {
      return rnd.nextInt(g.n());
    }

    String code(int j) {
      return g.model().sectors().at(j).code();
    }

    /** A closure of a random output up to 30% of the sector's output (so first rounds stay below every x). */
    Closure closure(String name, int j) {
      double out = (0.01 + 0.29 * rnd.nextDouble()) * g.x()[j];
      return closureOfOutput(name, j, out);
    }

    Closure closureOfOutput(String name, int j, double out) {
      return new Closure(name, code(j), OptionalDouble.empty(), OptionalDouble.of(out), "", "closures." + name);
    }

    Closure closureOfJobs(String name, int j, double jobs) {
      return new Closure(name, code(j), OptionalDouble.of(jobs), OptionalDouble.empty(), "", "closures." + name);
    }

    double employment(int j) {
      return g.model().level(Measure.JOBS, j);
    }
  }

  private static Scenario scenario(List<Closure> c, List<SubcontractorLoss> s, List<Offset> o, List<DemandChange> d) {
    return new Scenario("property", "", c, s, o, d);
  }

  private static DemandChange demand(String name, String code, double amount) {
    return new DemandChange(name, code, amount, "demand_changes." + name);
  }

  /** Asserts {@code actual = factor * expected} for every measure, effect and sector, relative to the largest value. */
  private static void assertScaled(Impact actual, Impact expected, double factor, double relative) {
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        if (!expected.available(m, e)) {
          assertThat(actual.available(m, e)).isFalse();
          continue;
        }
        double scale = 1e-300;
        for (int i = 0; i < expected.size(); i++) {
          scale = Math.max(scale, Math.abs(factor * expected.value(m, e, i)));
        }
        for (int i = 0; i < expected.size(); i++) {
          double want = factor * expected.value(m, e, i);
          assertThat(Math.abs(actual.value(m, e, i) - want)).as("%s %s sector %d", m, e, i)
              .isLessThanOrEqualTo(relative * scale);
        }
        assertThat(Math.abs(actual.sum(m, e) - factor * expected.sum(m, e))).as("%s %s sum", m, e)
            .isLessThanOrEqualTo(relative * scale * expected.size());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void linearity(long seed) {
    Case k = Case.of(seed);
    int j = k.sector();
    int m = k.sector();
    double jobs = 0.2 * k.employment(j) * (0.1 + 0.9 * k.rnd().nextDouble());
    // a demand change of at most 10 % of its sector's output either way (doubled: 20 %), so that no loss removes more
    // output than the sector has
    double amount = 0.2 * k.g().x()[m] * (k.rnd().nextDouble() - 0.5) + 1e-3;
    double offsetJobs = 1 + 10 * k.rnd().nextDouble();
    Scenario once = scenario(List.of(k.closureOfJobs("c", j, jobs)), List.of(),
        List.of(new Offset("o", k.code(m), OptionalDouble.empty(), OptionalDouble.of(offsetJobs),
            OptionalDouble.empty(), null, "offsets.o")), List.of(demand("d", k.code(m), amount)));
    Scenario twice = scenario(List.of(k.closureOfJobs("c", j, 2 * jobs)), List.of(),
        List.of(new Offset("o", k.code(m), OptionalDouble.empty(), OptionalDouble.of(2 * offsetJobs),
            OptionalDouble.empty(), null, "offsets.o")), List.of(demand("d", k.code(m), 2 * amount)));
    ScenarioResult r1 = k.engine().run(once);
    ScenarioResult r2 = k.engine().run(twice);
    assertScaled(r2.total(), r1.total(), 2.0, 1e-12);
    for (int s = 0; s < r1.shocks().size(); s++) {
      assertScaled(r2.shocks().get(s).impact(), r1.shocks().get(s).impact(), 2.0, 1e-12);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shocksAddUpAndComponentsAddUpToTotal(long seed) {
    Case k = Case.of(seed);
    int a = k.sector();
    int b = k.sector();
    Scenario s = scenario(List.of(k.closure("c1", a), k.closure("c2", b)),
        List.of(new SubcontractorLoss("sup", k.code(k.sector()), OptionalDouble.empty(), OptionalDouble.of(0.5),
                SubcontractorMode.SUPERSEDE, "subcontractors.sup"),
            new SubcontractorLoss("add", k.code(k.sector()), OptionalDouble.empty(), OptionalDouble.of(0.7),
                SubcontractorMode.ADDITIVE, "subcontractors.add")),
        List.of(new Offset("o", k.code(k.sector()), OptionalDouble.of(k.rnd().nextDouble()), OptionalDouble.empty(),
            OptionalDouble.empty(), null, "offsets.o")),
        List.of(demand("d", k.code(k.sector()), 25)));
    ScenarioResult r = k.engine().run(s);
    assertThat(r.shocks()).hasSize(6);
    List<Impact> parts = new ArrayList<>();
    for (ShockResult shock : r.shocks()) {
      parts.add(shock.impact());
      assertComponentsAddUp(shock.impact());
    }
    assertComponentsAddUp(r.total());
    assertScaled(r.total(), Impact.sum(k.system(), parts), 1.0, 1e-12);
    Impact gross = Impact.sum(k.system(), parts.subList(0, 4));
    assertScaled(r.grossLoss(), gross, 1.0, 1e-12);
  }

  private static void assertComponentsAddUp(Impact impact) {
    for (Measure m : Measure.values()) {
      double scale = 1e-300;
      for (int i = 0; i < impact.size(); i++) {
        scale = Math.max(scale, Math.abs(impact.value(m, Effect.TOTAL, i)) + Math.abs(impact.value(m, Effect.DIRECT, i)));
      }
      for (int i = 0; i < impact.size(); i++) {
        double parts = impact.value(m, Effect.DIRECT, i) + impact.value(m, Effect.INDIRECT, i)
            + impact.value(m, Effect.INDUCED, i);
        assertThat(Math.abs(parts - impact.value(m, Effect.TOTAL, i))).isLessThanOrEqualTo(1e-12 * scale);
      }
      double sumParts = impact.sum(m, Effect.DIRECT) + impact.sum(m, Effect.INDIRECT) + impact.sum(m, Effect.INDUCED);
      assertThat(Math.abs(sumParts - impact.sum(m, Effect.TOTAL)))
          .isLessThanOrEqualTo(1e-12 * scale * impact.size());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void zeroInZeroOut(long seed) {
    Case k = Case.of(seed);
    double[] zero = new double[k.n()];
    assertThat(k.system().solveTypeI(zero)).containsOnly(0.0);
    assertThat(k.system().solveTypeII(zero)).containsOnly(0.0);
    assertThat(k.system().solveTypeITransposed(zero)).containsOnly(0.0);
    assertThat(k.system().solveTypeIITransposed(zero)).containsOnly(0.0);
    // a demand change and its opposite: the scenario is exactly zero (solves are odd functions in floating point)
    int sector = k.sector();
    String code = k.code(sector);
    double amount = (0.01 + 0.5 * k.rnd().nextDouble()) * k.g().x()[sector];
    Impact total = k.engine().run(scenario(List.of(), List.of(), List.of(),
        List.of(demand("up", code, amount), demand("down", code, -amount)))).total();
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        for (int i = 0; i < k.n(); i++) {
          assertThat(total.value(m, e, i)).isZero();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void typeTwoAtLeastTypeOneAtLeastDirectForAPositiveShock(long seed) {
    Case k = Case.of(seed);
    Impact impact = k.engine().run(scenario(List.of(), List.of(), List.of(),
        List.of(demand("d", k.code(k.sector()), 1 + 99 * k.rnd().nextDouble())))).total();
    for (Measure m : Measure.values()) {
      double scale = Math.abs(impact.sum(m, Effect.TOTAL));
      double eps = 1e-12 * scale;
      double sumDirect = 0;
      double sumTypeI = 0;
      for (int i = 0; i < k.n(); i++) {
        double direct = impact.value(m, Effect.DIRECT, i);
        double typeI = direct + impact.value(m, Effect.INDIRECT, i);
        double typeII = impact.value(m, Effect.TOTAL, i);
        assertThat(direct).isGreaterThanOrEqualTo(0.0);
        assertThat(typeI).as("%s Type I >= direct, sector %d", m, i).isGreaterThanOrEqualTo(direct - eps);
        assertThat(typeII).as("%s Type II >= Type I, sector %d", m, i).isGreaterThanOrEqualTo(typeI - eps);
        sumDirect += direct;
        sumTypeI += typeI;
      }
      assertThat(sumTypeI).isGreaterThanOrEqualTo(sumDirect - eps);
      assertThat(impact.sum(m, Effect.TOTAL)).isGreaterThanOrEqualTo(sumTypeI - eps);
      assertThat(impact.sum(m, Effect.INDUCED)).isGreaterThan(0.0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void permutingSectorsPermutesResults(long seed) {
    Case k = Case.of(seed);
    int n = k.n();
    Generated g = k.g();
    int[] p = new int[n]; // new position i holds old sector p[i]
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int r = k.rnd().nextInt(i + 1);
      int t = p[i];
      p[i] = p[r];
      p[r] = t;
    }
    double[] a = new double[n * n];
    double[] x = new double[n];
    double[] e = new double[n];
    double[] w = new double[n];
    double[] v = new double[n];
    double[] hc = new double[n];
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add(k.code(p[i]));
      x[i] = g.x()[p[i]];
      e[i] = g.jobs()[p[i]];
      w[i] = g.income()[p[i]];
      v[i] = g.valueAdded()[p[i]];
      hc[i] = g.householdShares()[p[i]];
      for (int j = 0; j < n; j++) {
        a[i * n + j] = g.a()[p[i] * n + p[j]];
      }
    }
    SectorIndex permutedIndex = Models.sectors(codes);
    Generated original = RandomModels.build(k.g().model().sectors(), g.a(), g.x(), g.jobs(), g.income(),
        g.valueAdded(), g.householdShares());
    Generated permuted = RandomModels.build(permutedIndex, a, x, e, w, v, hc);
    int j = k.sector();
    Scenario s = scenario(List.of(k.closure("c", j)),
        List.of(new SubcontractorLoss("sup", k.code(k.sector()), OptionalDouble.empty(), OptionalDouble.of(0.3),
            SubcontractorMode.SUPERSEDE, "subcontractors.sup")),
        List.of(new Offset("o", k.code(k.sector()), OptionalDouble.of(0.4), OptionalDouble.empty(),
            OptionalDouble.empty(), null, "offsets.o")),
        List.of(demand("d", k.code(k.sector()), 12.5)));
    Impact before = new ImpactEngine(LeontiefSystem.of(original.model())).run(s).total();
    Impact after = new ImpactEngine(LeontiefSystem.of(permuted.model())).run(s).total();
    for (Measure m : Measure.values()) {
      for (Effect ef : Effect.values()) {
        double scale = 1e-300;
        for (int i = 0; i < n; i++) {
          scale = Math.max(scale, Math.abs(before.value(m, ef, i)));
        }
        for (int i = 0; i < n; i++) {
          assertThat(Math.abs(after.value(m, ef, i) - before.value(m, ef, p[i])))
              .as("%s %s at %s", m, ef, codes.get(i)).isLessThanOrEqualTo(1e-10 * scale);
        }
      }
    }
  }

  /**
   * Supersede with a known loss equal to the modelled first round {@code r_k = (A D)_k}, given in jobs
   * ({@code -r_k e_k}), changes nothing in the TOTAL (nor in direct + indirect): the known loss replaces exactly what
   * the model already had.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void supersedeWithTheModelledFirstRoundChangesNoTotal(long seed) {
    Case k = Case.of(seed);
    int j = k.sector();
    Closure c = k.closure("c", j);
    double[] d = new double[k.n()];
    d[j] = -c.annualOutput().getAsDouble();
    double[] r = k.system().firstRound(d);
    int sub = 0;
    for (int i = 1; i < k.n(); i++) {
      if (r[i] < r[sub]) {
        sub = i;
      }
    }
    if (r[sub] == 0.0) {
      return; // nothing bought from any regional sector: no first round to supersede
    }
    double jobs = -r[sub] * k.system().coefficient(Measure.JOBS, sub);
    Impact without = k.engine().run(scenario(List.of(c), List.of(), List.of(), List.of())).total();
    ScenarioResult with = k.engine().run(scenario(List.of(c),
        List.of(new SubcontractorLoss("s", k.code(sub), OptionalDouble.of(jobs), OptionalDouble.empty(),
            SubcontractorMode.SUPERSEDE, "subcontractors.s")), List.of(), List.of()));
    for (Measure m : Measure.values()) {
      double scale = 1e-300;
      for (int i = 0; i < k.n(); i++) {
        scale = Math.max(scale, Math.abs(without.value(m, Effect.TOTAL, i)));
      }
      for (int i = 0; i < k.n(); i++) {
        Impact t = with.total();
        assertThat(Math.abs(t.value(m, Effect.TOTAL, i) - without.value(m, Effect.TOTAL, i)))
            .as("%s TOTAL sector %d", m, i).isLessThanOrEqualTo(RELATIVE * scale);
        double typeIWith = t.value(m, Effect.DIRECT, i) + t.value(m, Effect.INDIRECT, i);
        double typeIWithout = without.value(m, Effect.DIRECT, i) + without.value(m, Effect.INDIRECT, i);
        assertThat(Math.abs(typeIWith - typeIWithout)).isLessThanOrEqualTo(RELATIVE * scale);
      }
    }
    // the known loss is reported as direct, at the subcontractors' sector
    Impact subImpact = with.shocks().get(1).impact();
    assertThat(subImpact.outputChange(Effect.DIRECT, sub)).isCloseTo(r[sub],
        org.assertj.core.api.Assertions.within(1e-12 * Math.abs(r[sub])));
  }

  /** Supersede with any known loss s at k: Type I total = D + L r' and Type II = D + Lbar (r' with households). */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void supersedeMatchesTheDesignFormulaAgainstANaiveInverse(long seed) {
    Case k = Case.of(seed);
    int n = k.n();
    int j = k.sector();
    int sub = k.sector();
    Closure c = k.closure("c", j);
    double loss = 0.05 * k.g().x()[sub] * (0.1 + k.rnd().nextDouble());
    Impact total = k.engine().run(scenario(List.of(c),
        List.of(new SubcontractorLoss("s", k.code(sub), OptionalDouble.empty(), OptionalDouble.of(loss),
            SubcontractorMode.SUPERSEDE, "subcontractors.s")), List.of(), List.of())).total();
    double[] d = new double[n];
    d[j] = -c.annualOutput().getAsDouble();
    double[] rPrime = Dense.times(k.g().a(), n, d);
    rPrime[sub] = -loss;
    double[] l = Dense.inverse(Dense.identityMinus(k.g().a(), n), n);
    double[] lr = Dense.times(l, n, rPrime);
    int m = n + 1;
    double[] lbar = Dense.inverse(Dense.identityMinus(k.g().closed(), m), m);
    double[] rhs = java.util.Arrays.copyOf(d, m);
    double[] lbarD = Dense.times(lbar, m, rhs);
    double[] delta = new double[m];
    delta[sub] = -loss - Dense.times(k.g().a(), n, d)[sub];
    double[] lbarDelta = Dense.times(lbar, m, delta);
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, Math.abs(d[i] + lr[i]));
    }
    for (int i = 0; i < n; i++) {
      double typeI = total.outputChange(Effect.DIRECT, i) + total.outputChange(Effect.INDIRECT, i);
      assertThat(Math.abs(typeI - (d[i] + lr[i]))).as("Type I sector %d", i).isLessThanOrEqualTo(RELATIVE * scale);
      assertThat(Math.abs(total.outputChange(Effect.TOTAL, i) - (lbarD[i] + lbarDelta[i])))
          .as("Type II sector %d", i).isLessThanOrEqualTo(RELATIVE * scale);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void additiveLossEqualsAClosureOfTheSameSize(long seed) {
    Case k = Case.of(seed);
    int j = k.sector();
    int sub = k.sector();
    double jobs = 0.3 * k.employment(sub) * (0.05 + 0.95 * k.rnd().nextDouble());
    Closure other = k.closure("c", j);
    ScenarioResult additive = k.engine().run(scenario(List.of(other),
        List.of(new SubcontractorLoss("s", k.code(sub), OptionalDouble.of(jobs), OptionalDouble.empty(),
            SubcontractorMode.ADDITIVE, "subcontractors.s")), List.of(), List.of()));
    ScenarioResult closure = k.engine().run(scenario(List.of(k.closureOfJobs("same", sub, jobs)), List.of(),
        List.of(), List.of()));
    assertScaled(additive.shocks().get(1).impact(), closure.shocks().get(0).impact(), 1.0, 1e-15);
    assertThat(additive.shocks().get(1).notes()).anySatisfy(note -> assertThat(note).contains("double count"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void offsetOfTheWholeClosedOutputInTheSameSectorCancelsIt(long seed) {
    Case k = Case.of(seed);
    int j = k.sector();
    Closure c = k.closure("site", j);
    Closure other = k.closure("elsewhere", k.sector());
    ScenarioResult r = k.engine().run(scenario(List.of(c, other), List.of(),
        List.of(new Offset("back", k.code(j), OptionalDouble.of(1.0), OptionalDouble.empty(),
            OptionalDouble.empty(), "site", "offsets.back")), List.of()));
    Impact net = Impact.sum(k.system(), List.of(r.shocks().get(0).impact(), r.shocks().get(2).impact()));
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        for (int i = 0; i < k.n(); i++) {
          assertThat(net.value(m, e, i)).as("%s %s sector %d", m, e, i).isZero();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jobsAboveSectorEmploymentAreRejected(long seed) {
    Case k = Case.of(seed);
    int j = k.sector();
    double employment = k.employment(j);
    assertThatThrownBy(() -> k.engine().run(scenario(List.of(k.closureOfJobs("big", j, employment * 1.001)),
        List.of(), List.of(), List.of()))).isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(((ScenarioException) e).field()).isEqualTo("closures.big.jobs"));
    // two closures that each fit but together do not
    assertThatThrownBy(() -> k.engine().run(scenario(
        List.of(k.closureOfJobs("a", j, 0.6 * employment), k.closureOfJobs("b", j, 0.6 * employment)),
        List.of(), List.of(), List.of()))).isInstanceOf(ScenarioException.class);
    // a closure plus subcontractor jobs in the same sector
    assertThatThrownBy(() -> k.engine().run(scenario(List.of(k.closureOfJobs("a", j, 0.7 * employment)),
        List.of(new SubcontractorLoss("s", k.code(j), OptionalDouble.of(0.7 * employment), OptionalDouble.empty(),
            SubcontractorMode.ADDITIVE, "subcontractors.s")), List.of(), List.of())))
        .isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(((ScenarioException) e).field()).isEqualTo("subcontractors.s.jobs"));
    // exactly the sector's employment is allowed
    k.engine().run(scenario(List.of(k.closureOfJobs("all", j, employment)), List.of(), List.of(), List.of()));
  }

  /** Differential: solves and multipliers against a naive dense inverse of I - A and I - Abar. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solvesAndMultipliersAgreeWithANaiveInverse(long seed) {
    Case k = Case.of(seed);
    int n = k.n();
    int m = n + 1;
    double[] l = Dense.inverse(Dense.identityMinus(k.g().a(), n), n);
    double[] lbar = Dense.topLeft(Dense.inverse(Dense.identityMinus(k.g().closed(), m), m), m, n);
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = k.rnd().nextDouble() - 0.3;
    }
    assertThat(Dense.relativeError(k.system().solveTypeI(b), Dense.times(l, n, b), 1e-300)).isLessThan(RELATIVE);
    assertThat(Dense.relativeError(k.system().solveTypeII(b), Dense.times(lbar, n, b), 1e-300)).isLessThan(RELATIVE);
    assertThat(Dense.relativeError(k.system().solveTypeITransposed(b), Dense.timesTransposed(l, n, b), 1e-300))
        .isLessThan(RELATIVE);
    assertThat(Dense.relativeError(k.system().solveTypeIITransposed(b), Dense.timesTransposed(lbar, n, b), 1e-300))
        .isLessThan(RELATIVE);
    Multipliers mult = Multipliers.of(k.system());
    double[][] coefficients = {k.g().jobs(), k.g().income(), k.g().valueAdded()};
    Measure[] measures = {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED};
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    for (ModelType type : ModelType.values()) {
      double[] inv = type == ModelType.TYPE_I ? l : lbar;
      double[] out = Dense.timesTransposed(inv, n, ones);
      for (int j = 0; j < n; j++) {
        assertThat(Math.abs(mult.output(type, j) - out[j])).isLessThanOrEqualTo(RELATIVE * out[j]);
        assertThat(mult.ratio(Measure.OUTPUT, type, j)).isEqualTo(mult.output(type, j));
      }
      for (int q = 0; q < measures.length; q++) {
        double[] eff = Dense.timesTransposed(inv, n, coefficients[q]);
        for (int j = 0; j < n; j++) {
          assertThat(Math.abs(mult.effect(measures[q], type, j) - eff[j])).isLessThanOrEqualTo(RELATIVE * eff[j]);
          assertThat(Math.abs(mult.ratio(measures[q], type, j) - eff[j] / coefficients[q][j]))
              .isLessThanOrEqualTo(RELATIVE * eff[j] / coefficients[q][j]);
          // Type II effects are at least Type I effects, which are at least the direct coefficient
          assertThat(mult.effect(measures[q], type, j)).isGreaterThanOrEqualTo(coefficients[q][j] * (1 - 1e-12));
        }
      }
    }
  }
}

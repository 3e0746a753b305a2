package org.ripple.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.ImpactEngine;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.testing.Models;

/** Time phasing and income replacement against hand-checkable numbers. */
class TimelineTest {
  private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  private static final Horizon TWO_YEARS_BY_QUARTER =
      new Horizon(JAN1, LocalDate.of(2026, 12, 31), PeriodKind.QUARTER);

  /** Two sectors with households (Type II), money in units, 10 and 5 jobs per unit of output. */
  static Model model(double householdScale) {
    return Models.builder("two", Models.sectors(2), new double[][] {{10, 20}, {30, 5}}, new double[] {100, 80})
        .employment(new double[] {1000, 400})
        .labourIncome(new double[] {40, 24})
        .valueAdded(new double[] {50, 40})
        .householdConsumption(new double[] {20 * householdScale, 12 * householdScale})
        .householdIncome(64)
        .build();
  }

  static ScenarioResult closure(LeontiefSystem system, double output) {
    Scenario s = new Scenario("c", "", List.of(new Closure("plant", "s0", OptionalDouble.empty(),
        OptionalDouble.of(output), "", "closures[0]")), List.of(), List.of(), List.of());
    return new ImpactEngine(system).run(s);
  }

  static Timeline timeline(ScenarioResult r, Horizon h, Timing t, IncomeReplacement ir) {
    return Timeline.of(r, new Schedule(h, Map.of("closures[0]", t), ir));
  }

  @Test
  void quartersOfTwoYears() {
    List<TimePeriod> ps = TWO_YEARS_BY_QUARTER.periods();
    assertThat(ps).hasSize(8);
    assertThat(ps.get(0).label()).isEqualTo("2025-Q1");
    assertThat(ps.get(0).days()).isEqualTo(90);
    assertThat(ps.get(7).label()).isEqualTo("2026-Q4");
    assertThat(new Horizon(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 4, 10), PeriodKind.MONTH).periods())
        .extracting(TimePeriod::days).containsExactly(14, 31, 10);
    assertThatThrownBy(() -> new Horizon(JAN1, JAN1.minusDays(1), PeriodKind.YEAR))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("before");
  }

  @Test
  void closureEffectiveMidQuarterGivesExactlyTheShareOfDaysInEffect() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    // 15 February: 45 of the 90 days of Q1 2025 are in effect
    Timeline t = timeline(r, TWO_YEARS_BY_QUARTER, Timing.from(LocalDate.of(2025, 2, 15)), null);
    double annualJobs = r.total().sum(Measure.JOBS, Effect.TOTAL);
    double annualIncome = r.total().sum(Measure.LABOUR_INCOME, Effect.TOTAL);
    assertThat(t.average(0).sum(Measure.JOBS, Effect.TOTAL)).isCloseTo(annualJobs * 0.5, within(1e-9));
    assertThat(t.average(0).sum(Measure.JOBS, Effect.DIRECT)).isCloseTo(-100 * 0.5, within(1e-9));
    assertThat(t.flows(0).sum(Measure.LABOUR_INCOME, Effect.TOTAL)).isCloseTo(annualIncome * 45 / 365,
        within(1e-12));
    assertThat(t.average(1).sum(Measure.JOBS, Effect.TOTAL)).isCloseTo(annualJobs, within(1e-9));
    // the sum over periods is the annual effect times the years in effect: 320/365 of 2025 and all of 2026
    double years = 320.0 / 365 + 1;
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        double sum = 0;
        for (int p = 0; p < 8; p++) {
          sum += t.flows(p).sum(m, e);
        }
        assertThat(sum).as(m + " " + e).isCloseTo(r.total().sum(m, e) * years, within(1e-9));
        assertThat(t.cumulative().sum(m, e)).isCloseTo(r.total().sum(m, e) * years, within(1e-9));
      }
    }
  }

  @Test
  void twoMonthRampFromTheTwentySecondOfJanuary() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Timing timing = new Timing(LocalDate.of(2025, 1, 22), Period.ofMonths(2));
    assertThat(timing.rampDays()).isEqualTo(59); // 22 Jan to 22 Mar
    // Q1: half of the 59 ramp days, then 22 to 31 March in full: 29.5 + 10 = 39.5 days
    assertThat(timing.daysInEffect(TWO_YEARS_BY_QUARTER.periods().get(0))).isEqualTo(39.5);
    Timeline t = timeline(r, TWO_YEARS_BY_QUARTER, timing, null);
    assertThat(t.average(0).sum(Measure.JOBS, Effect.DIRECT)).isCloseTo(-100 * 39.5 / 90, within(1e-9));
    assertThat(t.cumulative().sum(Measure.JOBS, Effect.DIRECT))
        .isCloseTo(-100 * ((365 - 21 - 29.5) / 365 + 1), within(1e-9));
  }

  @Test
  void aFullLeapYearIsExactlyOneYear() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Horizon h = new Horizon(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), PeriodKind.MONTH);
    Timeline t = timeline(r, h, Timing.from(LocalDate.of(2023, 6, 1)), null);
    assertThat(t.periods()).hasSize(12);
    assertThat(t.flows(1).sum(Measure.OUTPUT, Effect.TOTAL))
        .isCloseTo(r.total().sum(Measure.OUTPUT, Effect.TOTAL) * 29 / 366, within(1e-12));
    assertThat(t.cumulative().sum(Measure.OUTPUT, Effect.TOTAL))
        .isCloseTo(r.total().sum(Measure.OUTPUT, Effect.TOTAL), within(1e-12));
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  /** Sum over periods = annual effect x years in effect, the years counted independently day by day. */
  @ParameterizedTest
  @MethodSource("seeds")
  void sumOverPeriodsIsAnnualTimesYearsInEffect(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    LeontiefSystem system = LeontiefSystem.of(model(1));
    Scenario s = new Scenario("mixed", "", List.of(new Closure("plant", "s0", OptionalDouble.of(50),
        OptionalDouble.empty(), "", "closures[0]")), List.of(), List.of(),
        List.of(new DemandChange("contract", "s1", 3, "demand_changes[0]")));
    ScenarioResult r = new ImpactEngine(system).run(s);
    LocalDate start = LocalDate.of(2020 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    Horizon h = new Horizon(start, start.plusDays(30 + rnd.nextInt(1500)),
        PeriodKind.values()[rnd.nextInt(3)]);
    Timing[] ts = new Timing[2];
    for (int k = 0; k < 2; k++) {
      ts[k] = new Timing(start.plusDays(rnd.nextInt(900) - 200), Period.ofDays(rnd.nextInt(3) == 0 ? 0
          : rnd.nextInt(400)));
    }
    Timeline t = Timeline.of(r, new Schedule(h, Map.of("closures[0]", ts[0], "demand_changes[0]", ts[1]), null));
    double expected = 0;
    for (int k = 0; k < 2; k++) {
      double years = 0;
      double e = ts[k].effective().toEpochDay();
      double rd = ts[k].rampDays();
      for (LocalDate d = h.start(); !d.isAfter(h.end()); d = d.plusDays(1)) {
        double mid = d.toEpochDay() + 0.5;
        double f = rd == 0 ? (mid > e ? 1 : 0) : Math.max(0, Math.min(1, (mid - e) / rd));
        years += f / d.lengthOfYear();
      }
      expected += r.shocks().get(k).impact().sum(Measure.VALUE_ADDED, Effect.TOTAL) * years;
    }
    assertThat(t.cumulative().sum(Measure.VALUE_ADDED, Effect.TOTAL)).isCloseTo(expected, within(1e-9));
  }

  static IncomeReplacement replacement(double severance, double rate, double weeks, Reemployment re) {
    return new IncomeReplacement(severance, rate, Double.POSITIVE_INFINITY, 0, weeks, re);
  }

  @Test
  void severanceOfEightWeeksDelaysTheHouseholdLossBy56Days() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Horizon h = new Horizon(JAN1, LocalDate.of(2025, 6, 30), PeriodKind.MONTH);
    Timeline t = timeline(r, h, Timing.from(JAN1), replacement(8, 0, 0, new Reemployment.None()));
    double induced = r.total().sum(Measure.JOBS, Effect.INDUCED);
    double m = Timeline.householdFeedback(system);
    // January: no loss; February (28 days): days 56, 57, 58 after the layoff; March on: the full loss
    assertThat(t.average(0).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(0, within(1e-12));
    assertThat(t.average(1).sum(Measure.JOBS, Effect.INDUCED))
        .isCloseTo(induced * Timeline.damping(3.0 / 28, m), within(1e-9));
    assertThat(t.average(2).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(induced, within(1e-9));
    // direct and indirect are not touched
    assertThat(t.average(0).sum(Measure.JOBS, Effect.INDIRECT))
        .isCloseTo(r.total().sum(Measure.JOBS, Effect.INDIRECT), within(1e-9));
  }

  @Test
  void employmentInsuranceReplacesItsRateUpToTheCap() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Horizon h = new Horizon(JAN1, LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    double m = Timeline.householdFeedback(system);
    double induced = r.total().sum(Measure.JOBS, Effect.INDUCED);
    Timeline t = timeline(r, h, Timing.from(JAN1), replacement(0, 0.55, 520, new Reemployment.None()));
    assertThat(t.average(2).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(induced * Timeline.damping(0.45, m),
        within(1e-9));
    // a cap at half the wage halves the replacement: rho = 0.55 * 0.5
    IncomeReplacement capped = new IncomeReplacement(0, 0.55, 50_000, 0, 52, new Reemployment.None());
    assertThat(capped.replacementRate(100_000)).isCloseTo(0.275, within(1e-15));
    assertThat(capped.replacementRate(40_000)).isCloseTo(0.55, within(1e-15));
    // 52 weeks of benefits then nothing: day 364 onwards is a full loss again
    assertThat(capped.lost(363, 0.275)).isCloseTo(0.725, within(1e-15));
    assertThat(capped.lost(364, 0.275)).isEqualTo(1.0);
  }

  /**
   * EI replaces its rate of a shock's stated pay, the rule (IncomeReplacement.replacementRate) the fiscal account's EI
   * benefits apply: with a cap of 50,000 and a stated pay of 100,000, rho = 0.55 x 0.5 = 0.275, so from the first
   * day (no severance, no waiting week) households lose kappa = 0.725 of the lost pay; at the sector's average
   * (labour income 40 / 1,000 jobs = 0.04 a job, under the cap) rho = 0.55 and kappa = 0.45.
   */
  @Test
  void employmentInsuranceReplacesItsRateOfTheStatedPay() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Horizon h = new Horizon(JAN1, LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    double m = Timeline.householdFeedback(system);
    double induced = r.total().sum(Measure.JOBS, Effect.INDUCED);
    IncomeReplacement ir = new IncomeReplacement(0, 0.55, 50_000, 0, 520, new Reemployment.None());
    Schedule schedule = new Schedule(h, Map.of("closures[0]", Timing.from(JAN1)), ir);
    assertThat(ir.replacementRate(100_000)).isCloseTo(0.275, within(1e-15));
    Timeline stated = Timeline.of(r, schedule, Map.of("closures[0]", 100_000.0));
    assertThat(stated.average(2).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(induced * Timeline.damping(0.725, m),
        within(1e-9));
    assertThat(stated.notes()).anyMatch(n -> n.equals("plant: EI replaces 27.5% of lost pay (rate 55.0% of "
        + "insurable earnings, up to 50,000, of the annual_pay stated for its jobs, 100,000 a year)"));
    Timeline average = Timeline.of(r, schedule);
    assertThat(average.average(2).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(induced * Timeline.damping(0.45, m),
        within(1e-9));
    // a map naming another shock leaves this one at its sector's average
    assertThat(Timeline.of(r, schedule, Map.of("closures[1]", 100_000.0)).average(2).sum(Measure.JOBS,
        Effect.INDUCED)).isCloseTo(induced * Timeline.damping(0.45, m), within(1e-9));
  }

  @Test
  void reemploymentHalfLifeAndTable() {
    Reemployment.Exponential ex = new Reemployment.Exponential(6);
    assertThat(ex.stillUnemployed(6)).isCloseTo(0.5, within(1e-15));
    assertThat(ex.stillUnemployed(12)).isCloseTo(0.25, within(1e-15));
    Reemployment.Table table = new Reemployment.Table(new double[] {3, 12}, new double[] {0.3, 0.9});
    assertThat(table.stillUnemployed(1.5)).isCloseTo(0.85, within(1e-15));
    assertThat(table.stillUnemployed(7.5)).isCloseTo(0.4, within(1e-15));
    assertThat(table.stillUnemployed(40)).isCloseTo(0.1, within(1e-15));
    assertThatThrownBy(() -> new Reemployment.Table(new double[] {3, 2}, new double[] {0.3, 0.4}))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("increase");
    // the first month's household loss with a one-month half-life: the mean of q^n over 31 days of January
    LeontiefSystem system = LeontiefSystem.of(model(1));
    ScenarioResult r = closure(system, 10);
    Horizon h = new Horizon(JAN1, LocalDate.of(2025, 1, 31), PeriodKind.MONTH);
    Timeline t = timeline(r, h, Timing.from(JAN1), replacement(0, 0, 0, new Reemployment.Exponential(1)));
    double q = Math.pow(2, -1 / Reemployment.DAYS_PER_MONTH);
    double kappa = (1 - Math.pow(q, 31)) / (1 - q) / 31;
    assertThat(t.average(0).sum(Measure.JOBS, Effect.INDUCED)).isCloseTo(
        r.total().sum(Measure.JOBS, Effect.INDUCED) * Timeline.damping(kappa, Timeline.householdFeedback(system)),
        within(1e-9));
  }

  /** g(kappa) is exact: the induced effect of a model whose households spend kappa times as much per unit income. */
  @ParameterizedTest
  @MethodSource("seeds")
  void dampingEqualsTheTypeIIModelWithScaledHouseholdSpending(long seed) {
    double kappa = new SplittableRandom(seed).nextDouble();
    LeontiefSystem full = LeontiefSystem.of(model(1));
    LeontiefSystem scaled = LeontiefSystem.of(model(kappa));
    double[] d = {-3, 1.5};
    Impact base = Impact.of(full, d, full.solveTypeI(d), full.solveTypeII(d));
    Impact damped = Timeline.damped(full, base, Timeline.damping(kappa, Timeline.householdFeedback(full)));
    Impact reference = Impact.of(scaled, d, scaled.solveTypeI(d), scaled.solveTypeII(d));
    for (Measure m : Measure.values()) {
      assertThat(damped.sum(m, Effect.INDUCED)).as(m.key())
          .isCloseTo(reference.sum(m, Effect.INDUCED), within(1e-10));
    }
  }

  /** Two regions closed with one household each (HouseholdClosureTest's model), households spending scaled by k. */
  static Model regional(double k) {
    org.ripple.core.Regions regions = org.ripple.core.Regions.of(List.of(new org.ripple.core.Regions.Region("R1",
        "one"), new org.ripple.core.Regions.Region("R2", "two")), new int[] {0, 0, 1});
    return Models.builder("regional", Models.sectors(List.of("R1.a", "R1.b", "R2.a")),
            new double[][] {{20, 10, 5}, {10, 30, 0}, {4, 6, 25}}, new double[] {100, 120, 90})
        .employment(new double[] {10, 20, 15}).labourIncome(new double[] {40, 50, 30})
        .valueAdded(new double[] {50, 60, 45})
        .regions(regions.withHouseholds(new double[] {16 * k, 5 * k, 14 * k, 2 * k, 4 * k, 20 * k},
            new double[] {90, 30}))
        .build();
  }

  /**
   * With one household per region the induced effect is not a scalar multiple of the undamped one; the recomputation
   * is exact: it equals the engine on a model whose households in every region spend k times as much per unit income.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void regionalDampingEqualsTheModelWithScaledHouseholdSpending(long seed) {
    double kappa = new SplittableRandom(seed).nextDouble();
    LeontiefSystem full = LeontiefSystem.of(regional(1));
    Scenario s = new Scenario("c", "", List.of(new Closure("plant", "R1.a", OptionalDouble.empty(),
        OptionalDouble.of(7), "", "closures[0]")), List.of(), List.of(),
        List.of(new DemandChange("contract", "R2.a", 2.5, "demand_changes[0]")));
    Impact base = new ImpactEngine(full).run(s).total();
    Impact damped = Timeline.RegionalDamping.of(full).damped(base, kappa);
    Impact reference = new ImpactEngine(LeontiefSystem.of(regional(kappa))).run(s).total();
    for (Measure m : Measure.values()) {
      assertThat(damped.sum(m, Effect.INDUCED)).as(m.key())
          .isCloseTo(reference.sum(m, Effect.INDUCED), within(1e-10));
      assertThat(damped.sum(m, Effect.INDIRECT)).isCloseTo(base.sum(m, Effect.INDIRECT), within(1e-12));
    }
    for (int i = 0; i < 3; i++) {
      assertThat(damped.outputChange(Effect.INDUCED, i)).isCloseTo(reference.outputChange(Effect.INDUCED, i),
          within(1e-10));
    }
    // and the single summed household's scalar g would not be exact here
    double g = Timeline.damping(kappa, Timeline.householdFeedback(full));
    assertThat(kappa == 0 || kappa > 0.999 || Math.abs(g * base.sum(Measure.OUTPUT, Effect.INDUCED)
        - reference.sum(Measure.OUTPUT, Effect.INDUCED)) > 1e-9).isTrue();
  }

  @Test
  void gainsAreNotDamped() {
    LeontiefSystem system = LeontiefSystem.of(model(1));
    Scenario s = new Scenario("gain", "", List.of(), List.of(), List.of(),
        List.of(new DemandChange("contract", "s1", 3, "demand_changes[0]")));
    ScenarioResult r = new ImpactEngine(system).run(s);
    Horizon h = new Horizon(JAN1, LocalDate.of(2025, 3, 31), PeriodKind.MONTH);
    Timeline t = Timeline.of(r, new Schedule(h, Map.of(), replacement(8, 0.55, 36, new Reemployment.None())));
    assertThat(t.average(0).sum(Measure.JOBS, Effect.INDUCED))
        .isCloseTo(r.total().sum(Measure.JOBS, Effect.INDUCED), within(1e-12));
  }
}

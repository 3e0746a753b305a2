package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.PeriodKind;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;
import org.ripple.core.time.Timing;
import org.ripple.core.uncertainty.Distribution;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.PeriodMeasures;
import org.ripple.core.uncertainty.ResultDraws;
import org.ripple.core.uncertainty.Slot;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * The bands of each period under draws ({@link PeriodMeasures} and the period cells of {@link FiscalDraws}, run by
 * {@link ResultDraws}). On the two-sector Quebec model of {@link FiscalAccountsTest} every worker earns 40,000 CAD of
 * 2025 (employee EI 0.0131 x 40,000 = 524 CAD a year; EI benefits 0.55 x 40,000 / 365 CAD a day after one waiting
 * week, for 36 weeks); the closure's jobs are uniform between 50 and 150.
 */
class PeriodBandsTest {
  private static final long SEED = 2026;
  private static final LeontiefSystem SYSTEM = LeontiefSystem.of(FiscalAccountsTest.quebec(true, "Quebec", "CAD"));
  private static final Scenario SCENARIO = new Scenario("c", "", List.of(new Closure("plant", "s0",
      OptionalDouble.of(100), OptionalDouble.empty(), "", "closures[0]")), List.of(), List.of(), List.of());
  private static final List<UncertainInput> JOBS = List.of(new UncertainInput(Slot.CLOSURE_JOBS, 0,
      "closures[0].jobs", Distribution.uniform(50, 150), 1));
  private static final FiscalInputs INPUTS = FiscalInputs.of(2025);
  private static final double EI_PER_WORKER = 0.0131 * 40_000;
  private static final double BENEFIT_PER_DAY = 0.55 * 40_000 / 365;

  private static Schedule schedule(PeriodKind kind, Timing timing, IncomeReplacement ir) {
    return new Schedule(new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), kind),
        Map.of("closures[0]", timing), ir);
  }

  /** The draws of a plan over a schedule: the fiscal account (annual and by period), then each period's measures. */
  private record Run(ResultDraws draws, FiscalDraws fiscal, PeriodMeasures measures, Timeline point,
      FiscalAccount account) {
    static Run of(DrawPlan plan, Schedule schedule) {
      Timeline point = Timeline.of(FiscalAccountsTest.closeJobs(SYSTEM, "s0", 100), schedule);
      FiscalAccount account = FiscalAccounts.of(point, INPUTS);
      FiscalDraws fiscal = new FiscalDraws(SYSTEM, INPUTS, account);
      PeriodMeasures measures = new PeriodMeasures(point.periods().size());
      return new Run(new ResultDraws(plan, SYSTEM, SCENARIO, schedule, List.of(fiscal, measures)), fiscal, measures,
          point, account);
    }

    /** The draws' fiscal figures by period, total effect: a row a period then the horizon, as byPeriod's columns. */
    double periodFiscal(double[] cells, int row, int column) {
      return cells[fiscal.periodCell(row, column)];
    }

    double measure(double[] cells, int row, Measure m) {
      return cells[draws.offset(1) + PeriodMeasures.cell(row, m)];
    }
  }

  private static int column(FiscalTable t, String key) {
    for (int c = 0; c < t.columns().size(); c++) {
      if (t.columns().get(c).key().equals(key)) {
        return c;
      }
    }
    throw new AssertionError(key);
  }

  /**
   * By hand: a closure from 1 April 2025 without a ramp, by quarter. A draw of J jobs loses T total jobs a year (the
   * scenario run alone with J jobs); in Q1 nothing, in Q2 to Q4 the average is T jobs (the whole quarter in effect),
   * labour income the annual loss times the quarter's days over 365, employee EI T x 524 x days / 365, and EI
   * benefits to the T laid-off 0.55 x 40,000 / 365 a day from 8 April (one waiting week) for 252 days: 84 days in Q2,
   * 92 in Q3, 76 in Q4; over the horizon T x 275 / 365 job-years.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 5, 23})
  void aDrawsPeriodsAreComputedByHand(long draw) {
    DrawPlan plan = DrawPlan.compile(SYSTEM, SCENARIO, JOBS, ModelUncertainty.NONE);
    Run run = Run.of(plan, schedule(PeriodKind.QUARTER, Timing.from(LocalDate.of(2025, 4, 1)), null));
    double jobs = plan.drawInputs(SEED, draw)[0];
    ScenarioResult alone = FiscalAccountsTest.closeJobs(SYSTEM, "s0", jobs);
    double t = alone.total().sum(Measure.JOBS, Effect.TOTAL);
    double income = alone.total().sum(Measure.LABOUR_INCOME, Effect.TOTAL);
    double[] cells = run.draws().cells(SEED, draw);
    FiscalTable byPeriod = FiscalTables.byPeriod(run.account(), Effect.TOTAL);
    int ei = column(byPeriod, "federal.ei.employee");
    int benefits = column(byPeriod, "federal.ei_benefits");
    int[] days = {90, 91, 92, 92};
    int[] paid = {0, 84, 92, 76};
    for (int q = 0; q < 4; q++) {
      double inEffect = q == 0 ? 0 : 1;
      assertThat(run.measure(cells, q, Measure.JOBS)).as("jobs Q" + (q + 1)).isCloseTo(t * inEffect, within(1e-9));
      assertThat(run.measure(cells, q, Measure.LABOUR_INCOME)).as("labour income Q" + (q + 1))
          .isCloseTo(income * inEffect * days[q] / 365, within(1e-12));
      assertThat(run.periodFiscal(cells, q, ei)).as("EI Q" + (q + 1))
          .isCloseTo(t * EI_PER_WORKER * inEffect * days[q] / 365, within(1e-6));
      assertThat(run.periodFiscal(cells, q, benefits)).as("benefits Q" + (q + 1))
          .isCloseTo(t * BENEFIT_PER_DAY * paid[q], within(1e-6));
    }
    assertThat(run.measure(cells, 4, Measure.JOBS)).as("job-years").isCloseTo(t * 275 / 365, within(1e-9));
    assertThat(run.periodFiscal(cells, 4, benefits)).as("benefits over the horizon")
        .isCloseTo(t * BENEFIT_PER_DAY * 252, within(1e-6));
    assertThat(t).as("a loss").isLessThan(-jobs);
  }

  /**
   * The bands of a period are the order statistics of the draws: with jobs uniform and every figure linear in the
   * jobs, Q2's P5, P50 and P95 of total jobs are the total jobs of the draws' 5th, 50th and 95th ranked closures
   * (nearest rank: ranks 20, 200 and 380 of 400 of the losses, so ranks 381, 201 and 21 of the jobs), recomputed here by running the scenario alone with those jobs.
   */
  @Test
  void aPeriodsPercentilesAreTheRankedDrawsJobs() {
    DrawPlan plan = DrawPlan.compile(SYSTEM, SCENARIO, JOBS, ModelUncertainty.NONE);
    Run run = Run.of(plan, schedule(PeriodKind.QUARTER, Timing.from(LocalDate.of(2025, 4, 1)), null));
    int n = 400;
    Summary[] periods = run.draws().slice(MonteCarlo.run(plan, run.draws(), n, SEED, 2, k -> { })
        .extraSummaries(), run.measures());
    double[] drawn = new double[n];
    for (int i = 0; i < n; i++) {
      drawn[i] = plan.drawInputs(SEED, i)[0];
    }
    Arrays.sort(drawn); // losses fall as jobs rise: the 5th percentile of the loss is the 95th of the jobs
    Summary q2 = periods[PeriodMeasures.cell(1, Measure.JOBS)];
    assertThat(q2.p5()).isCloseTo(totalJobs(drawn[380]), within(1e-9));
    assertThat(q2.p50()).isCloseTo(totalJobs(drawn[200]), within(1e-9));
    assertThat(q2.p95()).isCloseTo(totalJobs(drawn[20]), within(1e-9));
  }

  private static double totalJobs(double jobs) {
    return FiscalAccountsTest.closeJobs(SYSTEM, "s0", jobs).total().sum(Measure.JOBS, Effect.TOTAL);
  }

  /** Each period's P5 and P95, of the measures and of every fiscal item and balance, bracket its point estimate. */
  @Test
  void eachPeriodsBandsBracketItsPointEstimate() {
    DrawPlan plan = DrawPlan.compile(SYSTEM, SCENARIO, JOBS, ModelUncertainty.NONE);
    IncomeReplacement ir = new IncomeReplacement(8, 0.55, 65_700, 1, 36, new Reemployment.Exponential(6));
    Run run = Run.of(plan, schedule(PeriodKind.QUARTER, new Timing(LocalDate.of(2025, 2, 15), Period.ofMonths(2)),
        ir));
    Summary[] all = MonteCarlo.run(plan, run.draws(), 400, SEED, 2, k -> { }).extraSummaries();
    Summary[] measures = run.draws().slice(all, run.measures());
    int checked = 0;
    for (int p = 0; p <= 4; p++) {
      for (Measure m : Measure.values()) {
        double point = p < 4 ? (m == Measure.JOBS ? run.point().average(p) : run.point().flows(p))
            .sum(m, Effect.TOTAL) : run.point().cumulative().sum(m, Effect.TOTAL);
        Summary s = measures[PeriodMeasures.cell(p, m)];
        assertThat(point).as(m + " " + p).isBetween(s.p5(), s.p95());
        assertThat(s.p95() - s.p5()).as(m + " " + p + " has a band").isGreaterThan(0);
        checked++;
      }
    }
    Summary[] fiscal = run.draws().slice(all, run.fiscal());
    assertThat(fiscal).hasSize(run.fiscal().summaryCount() + 4 * run.fiscal().periodCount());
    FiscalTable bands = null;
    for (Effect e : Effect.values()) {
      int from = run.fiscal().periodCell(e, 0, 0);
      FiscalTable own = FiscalTables.periodBands(run.account(), e, Arrays.copyOfRange(fiscal, from,
          from + run.fiscal().periodCount()), 400);
      FiscalTable points = FiscalTables.byPeriod(run.account(), e);
      assertThat(own.rows()).hasSize(5);
      for (int row = 0; row < own.rows().size(); row++) {
        FiscalTable.Row r = own.rows().get(row);
        for (int c = 0; c < own.columns().size(); c += FiscalTables.BAND_STATS.size()) {
          double point = r.value(c);
          assertThat(Double.valueOf(point)).isEqualTo(Double.valueOf(points.rows().get(row)
              .value(c / FiscalTables.BAND_STATS.size())));
          if (Double.isNaN(point)) {
            assertThat(r.value(c + 1)).isNaN();
            continue;
          }
          assertThat(point).as(e + " " + r.key() + " " + own.columns().get(c).key()).isBetween(r.value(c + 1),
              r.value(c + 3));
          checked++;
        }
      }
      if (e == Effect.TOTAL) {
        bands = own;
      }
    }
    assertThat(checked).isGreaterThan(4 * 60);
    // the horizon row of the bands by period is the account's bands over the horizon, total effect
    FiscalTable horizon = FiscalTables.bands(run.account(), Arrays.copyOfRange(fiscal, 0,
        run.fiscal().summaryCount()), 400);
    FiscalTable.Row last = bands.rows().get(4);
    for (FiscalTable.Row r : horizon.rows()) {
      int c = column(bands, r.key() + ".p95");
      int total = column(horizon, "total.p95");
      assertThat(Double.valueOf(last.value(c))).as(r.key()).isEqualTo(Double.valueOf(r.value(total))); // NaN: both n/a
    }
  }

  /**
   * A horizon of one calendar year, the closure in effect all year: its one period's bands are the annual bands, the
   * headline's (total effect) for the measures and the annual account's for every fiscal item and balance.
   */
  @Test
  void theBandsOfAOnePeriodHorizonAreTheAnnualBands() {
    DrawPlan plan = DrawPlan.compile(SYSTEM, SCENARIO, JOBS, new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL,
        0.1));
    Run run = Run.of(plan, schedule(PeriodKind.YEAR, Timing.from(LocalDate.of(2025, 1, 1)), null));
    int n = 300;
    Draws withPeriods = MonteCarlo.run(plan, run.draws(), n, SEED, 3, k -> { });
    Summary[] periods = run.draws().slice(withPeriods.extraSummaries(), run.measures());
    Summary[] headline = withPeriods.summaries();
    for (Measure m : Measure.values()) {
      Summary annual = headline[Headline.index(Headline.Block.SUMMARY, Effect.TOTAL, m)];
      for (int row : new int[] {0, 1}) { // the year, and the horizon
        same(m + " " + row, periods[PeriodMeasures.cell(row, m)], annual);
      }
    }
    FiscalAccount annualPoint = FiscalAccounts.of(FiscalAccountsTest.closeJobs(SYSTEM, "s0", 100), INPUTS);
    FiscalDraws annualFiscal = new FiscalDraws(SYSTEM, INPUTS, annualPoint);
    ResultDraws annual = new ResultDraws(plan, SYSTEM, SCENARIO, null, List.of(annualFiscal));
    Summary[] annualBands = Draws.summaries(MonteCarlo.cells(annual, n, SEED, 2));
    Summary[] fiscal = run.draws().slice(withPeriods.extraSummaries(), run.fiscal());
    FiscalTable byPeriod = FiscalTables.byPeriod(run.account(), Effect.TOTAL);
    List<FiscalTable.Row> rows = FiscalTables.summary(annualPoint).rows();
    for (int r = 0; r < rows.size(); r++) {
      Summary year = fiscal[run.fiscal().periodCell(0, column(byPeriod, rows.get(r).key()))];
      same(rows.get(r).key(), year, annualBands[FiscalDraws.cell(r, Effect.TOTAL)]);
    }
  }

  private static void same(String what, Summary a, Summary b) {
    if (!b.available()) {
      assertThat(a.available()).as(what).isFalse();
      return;
    }
    double tol = 1e-9 * Math.max(1, Math.abs(b.mean()));
    assertThat(a.p5()).as(what + " p5").isCloseTo(b.p5(), within(tol));
    assertThat(a.p50()).as(what + " p50").isCloseTo(b.p50(), within(tol));
    assertThat(a.p95()).as(what + " p95").isCloseTo(b.p95(), within(tol));
    assertThat(a.mean()).as(what + " mean").isCloseTo(b.mean(), within(tol));
    assertThat(a.sd()).as(what + " sd").isCloseTo(b.sd(), within(tol));
  }

  /** Every period's figures are the same bits on 1, 2 and 3 threads, with the coefficients perturbed too. */
  @Test
  void theSameSeedGivesTheSameBitsOnAnyNumberOfThreads() {
    DrawPlan plan = DrawPlan.compile(SYSTEM, SCENARIO, JOBS, new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL,
        0.1));
    IncomeReplacement ir = new IncomeReplacement(8, 0.55, 65_700, 1, 36, new Reemployment.Exponential(6));
    Run run = Run.of(plan, schedule(PeriodKind.MONTH, new Timing(LocalDate.of(2025, 3, 10), Period.ofMonths(3)),
        ir));
    Draws one = MonteCarlo.run(plan, run.draws(), 30, SEED, 1, k -> { });
    Draws three = MonteCarlo.run(plan, run.draws(), 30, SEED, 3, k -> { });
    double[][] two = MonteCarlo.cells(run.draws(), 30, SEED, 2);
    assertThat(one.extraCount()).isEqualTo(run.fiscal().count() + 13 * 4);
    for (int c = 0; c < one.extraCount(); c++) {
      double[] a = one.extra(c);
      double[] b = three.extra(c);
      for (int i = 0; i < a.length; i++) {
        assertThat(Double.doubleToRawLongBits(b[i])).isEqualTo(Double.doubleToRawLongBits(a[i]));
        assertThat(Double.doubleToRawLongBits(two[c][i])).isEqualTo(Double.doubleToRawLongBits(a[i]));
      }
    }
    assertThat(Draws.summaries(two)).isEqualTo(one.extraSummaries());
  }
}

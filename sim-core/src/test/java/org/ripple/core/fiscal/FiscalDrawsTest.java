package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.uncertainty.Distribution;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.DrawResult;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.ModelUncertainty;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.ResultDraws;
import org.ripple.core.uncertainty.Slot;
import org.ripple.core.uncertainty.Summary;
import org.ripple.core.uncertainty.UncertainInput;

/**
 * Each Monte Carlo draw's fiscal account ({@link FiscalDraws}, run by {@link ResultDraws}) recomputed from that draw: on the two-sector Quebec
 * model of {@link FiscalAccountsTest} every worker earns 40,000 CAD of 2025, so a worker pays employee EI of
 * 0.0131 x 40,000 = 524 CAD and draws 0.55 x 40,000 x 252 / 365 CAD of benefits in the year after the layoff (one
 * waiting week, then 36 weeks of 7 days); a draw's items are those figures times the draw's jobs, and its GST
 * 5 % of the draw's household spending share times the households' income change.
 */
class FiscalDrawsTest {
  private static final double PRICE = 164.2 / 141.6;
  private static final long SEED = 2025;
  private static final double EI_PER_WORKER = 0.0131 * 40_000;
  private static final double BENEFITS_PER_LAID_OFF = 0.55 * 40_000 * 252.0 / 365;

  private static final LeontiefSystem SYSTEM = LeontiefSystem.of(FiscalAccountsTest.quebec(true, "Quebec", "CAD"));
  private static final Scenario SCENARIO = new Scenario("c", "", List.of(new Closure("plant", "s0",
      OptionalDouble.of(100), OptionalDouble.empty(), "", "closures[0]")), List.of(), List.of(), List.of());
  private static final List<UncertainInput> JOBS = List.of(new UncertainInput(Slot.CLOSURE_JOBS, 0,
      "closures[0].jobs", Distribution.uniform(50, 150), 1));

  private static DrawPlan plan(ModelUncertainty mu) {
    return DrawPlan.compile(SYSTEM, SCENARIO, JOBS, mu);
  }

  /** Each draw's annual account, the only figures each draw gives beyond the headline. */
  private static ResultDraws draws(DrawPlan plan) {
    FiscalAccount point = FiscalAccounts.of(ScenarioResultOf.closure(SYSTEM, 100), FiscalInputs.of(2025));
    return new ResultDraws(plan, SYSTEM, SCENARIO, null, List.of(new FiscalDraws(SYSTEM, FiscalInputs.of(2025),
        point)));
  }

  /** Row r of the summary table in the draw's cells. */
  private static int row(String key) {
    FiscalAccount any = FiscalAccounts.of(ScenarioResultOf.closure(SYSTEM, 100), FiscalInputs.of(2025));
    List<FiscalTable.Row> rows = FiscalTables.summary(any).rows();
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).key().equals(key)) {
        return r;
      }
    }
    throw new AssertionError(key);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 7, 19})
  void aDrawsAccountIsTheAccountOfTheScenarioRunWithTheDrawnValues(long draw) {
    DrawPlan plan = plan(ModelUncertainty.NONE);
    double jobs = plan.drawInputs(SEED, draw)[0];
    assertThat(jobs).isBetween(50.0, 150.0);
    double[] cells = draws(plan).cells(SEED, draw);
    // the scenario run on its own with the drawn jobs: its result, and its account, by hand and by the engine
    ScenarioResult alone = ScenarioResultOf.closure(SYSTEM, jobs);
    FiscalAccount account = FiscalAccounts.of(alone, FiscalInputs.of(2025));
    for (Jurisdiction g : account.governments()) {
      for (FiscalItem item : g.items()) {
        checkCells(account, cells, g, item);
      }
    }
    assertThat(cells[FiscalDraws.cell(row("federal.ei.employee"), Effect.DIRECT)])
        .isCloseTo(-jobs * EI_PER_WORKER, within(1e-6));
    double totalJobs = alone.total().sum(Measure.JOBS, Effect.TOTAL);
    assertThat(cells[FiscalDraws.cell(row("federal.ei.employee"), Effect.TOTAL)])
        .isCloseTo(totalJobs * EI_PER_WORKER, within(1e-6));
    assertThat(cells[FiscalDraws.cell(row("federal.ei_benefits"), Effect.TOTAL)])
        .isCloseTo(totalJobs * BENEFITS_PER_LAID_OFF, within(1e-5));
  }

  /**
   * A draw applies the stated employer payroll's rate as the point estimate does: at an employer of 2,000,000 CAD
   * (other sectors, 1.2662 + 0.3838 x 2 = 2.0338, 2.03 %) each drawn direct job's Health Services Fund is
   * 40,000 x 0.0203 = 812 CAD, against 1,704 at the top rate; the indirect jobs keep 4.26 %.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 7})
  void aDrawTakesTheStatedEmployerPayrollsRate(long draw) {
    FiscalInputs inputs = new FiscalInputs(2025, java.util.Map.of(), null, java.util.Map.of("closures[0]",
        new FiscalInputs.EmployerPayroll(2_000_000, PayrollTaxSchedule.Group.OTHER, "")));
    DrawPlan plan = plan(ModelUncertainty.NONE);
    double jobs = plan.drawInputs(SEED, draw)[0];
    FiscalAccount point = FiscalAccounts.of(ScenarioResultOf.closure(SYSTEM, 100), inputs);
    double[] cells = new ResultDraws(plan, SYSTEM, SCENARIO, null, List.of(new FiscalDraws(SYSTEM, inputs, point)))
        .cells(SEED, draw);
    assertThat(cells[FiscalDraws.cell(row("provincial.hsf.employer"), Effect.DIRECT)])
        .isCloseTo(-jobs * 40_000 * 0.0203, within(1e-6));
    ScenarioResult alone = ScenarioResultOf.closure(SYSTEM, jobs);
    assertThat(cells[FiscalDraws.cell(row("provincial.hsf.employer"), Effect.INDIRECT)])
        .isCloseTo(alone.total().sum(Measure.JOBS, Effect.INDIRECT) * 40_000 * 0.0426, within(1e-6));
  }

  /** Every effect's draw cell of one government's item equals the account's value. */
  private static void checkCells(FiscalAccount account, double[] cells, Jurisdiction g, FiscalItem item) {
    for (Effect e : Effect.values()) {
      double v = account.value(g, item, e);
      double c = cells[FiscalDraws.cell(row(g.key(item)), e)];
      if (Double.isNaN(v)) {
        assertThat(c).as(item + " " + e).isNaN();
      } else {
        assertThat(c).as(item + " " + e).isCloseTo(v, within(1e-9 * Math.max(1, Math.abs(v))));
      }
    }
  }

  /**
   * With the coefficients and the household shares perturbed, the draw's account is recomputed by hand from the
   * draw's own result: EI from its jobs, benefits from its laid-off, GST from its perturbed household shares.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 3, 11})
  void aPerturbedDrawsAccountIsRecomputedByHandFromThatDrawsResult(long draw) {
    DrawPlan plan = plan(new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0.1));
    DrawResult result = plan.result(SYSTEM, SCENARIO, SEED, draw);
    double[] cells = draws(plan).cells(SEED, draw);
    double sigma = 0;
    for (double share : result.householdShares()) {
      sigma += share;
    }
    double unperturbed = SYSTEM.closure().share(0, 0) + SYSTEM.closure().share(1, 0);
    assertThat(sigma).as("the draw's shares are not the model's").isNotCloseTo(unperturbed, within(1e-6));
    for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED, Effect.TOTAL)) {
      double jobs = result.result().total().sum(Measure.JOBS, e);
      double ei = cells[FiscalDraws.cell(row("federal.ei.employee"), e)];
      assertThat(ei).as("EI " + e).isCloseTo(jobs * EI_PER_WORKER, within(1e-6));
      double benefits = jobs * BENEFITS_PER_LAID_OFF;
      assertThat(cells[FiscalDraws.cell(row("federal.ei_benefits"), e)]).as("benefits " + e)
          .isCloseTo(benefits, within(1e-5));
      double income = result.result().total().sum(Measure.LABOUR_INCOME, e) * 1e6 * PRICE - benefits;
      assertThat(cells[FiscalDraws.cell(row("federal.gst"), e)]).as("GST " + e)
          .isCloseTo(0.05 * sigma * income, within(1e-6));
    }
    // the draw's result is the plan's own draw: its headline cells are the result's sums
    double[] headline = plan.draw(SEED, draw);
    assertThat(result.result().total().sum(Measure.JOBS, Effect.TOTAL))
        .isCloseTo(headline[org.ripple.core.uncertainty.Headline.index(
            org.ripple.core.uncertainty.Headline.Block.SUMMARY, Effect.TOTAL, Measure.JOBS)], within(1e-9));
  }

  @Test
  void theSameSeedGivesTheSameBitsOnAnyNumberOfThreads() {
    DrawPlan plan = plan(new ModelUncertainty(0.1, ModelUncertainty.Scope.CELL, 0.1));
    ResultDraws fiscal = draws(plan);
    Draws one = MonteCarlo.run(plan, fiscal, 40, SEED, 1, n -> { });
    Draws three = MonteCarlo.run(plan, fiscal, 40, SEED, 3, n -> { });
    double[][] alone = MonteCarlo.cells(fiscal, 40, SEED, 2);
    assertThat(one.extraCount()).isEqualTo(fiscal.count());
    for (int c = 0; c < fiscal.count(); c++) {
      double[] a = one.extra(c);
      double[] b = three.extra(c);
      for (int i = 0; i < a.length; i++) {
        assertThat(Double.doubleToRawLongBits(b[i])).isEqualTo(Double.doubleToRawLongBits(a[i]));
        assertThat(Double.doubleToRawLongBits(alone[c][i])).isEqualTo(Double.doubleToRawLongBits(a[i]));
      }
    }
    assertThat(Draws.summaries(alone)).isEqualTo(one.extraSummaries());
  }

  /** The bands of uniform jobs bracket the point estimate (the mean, 100 jobs), item by item. */
  @Test
  void bandsBracketThePointEstimate() {
    DrawPlan plan = plan(ModelUncertainty.NONE);
    Summary[] s = MonteCarlo.run(plan, draws(plan), 400, SEED, 2, n -> { }).extraSummaries();
    FiscalAccount point = FiscalAccounts.of(ScenarioResultOf.closure(SYSTEM, 100), FiscalInputs.of(2025));
    FiscalTable bands = FiscalTables.bands(point, s, 400);
    int checked = 0;
    for (FiscalTable.Row r : bands.rows()) {
      for (Effect e : Effect.values()) {
        int base = e.ordinal() * FiscalTables.BAND_STATS.size();
        double v = r.value(base);
        if (Double.isNaN(v)) {
          assertThat(r.value(base + 1)).isNaN();
          continue;
        }
        double lo = Math.min(r.value(base + 1), r.value(base + 3));
        double hi = Math.max(r.value(base + 1), r.value(base + 3));
        assertThat(v).as(r.key() + " " + e).isBetween(lo, hi);
        assertThat(hi - lo).as(r.key() + " " + e + " has a band").isGreaterThan(0);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  /** A closure of {@code jobs} in s0, the scenario of the plan with a fixed value. */
  static final class ScenarioResultOf {
    static ScenarioResult closure(LeontiefSystem system, double jobs) {
      return FiscalAccountsTest.closeJobs(system, "s0", jobs);
    }
  }
}

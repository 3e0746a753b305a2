package org.ripple.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.ScenarioException;
import org.ripple.core.impact.Impact;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.testing.Dense;
import org.ripple.core.testing.RandomModels;
import org.ripple.core.testing.RandomModels.Generated;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.ModelUncertainty;

/**
 * A closure's facility profile against closed forms computed here with explicit inverses: with output y in sector j,
 * own purchases p, jobs J and labour income per job P (annual pay times the model's factor), the Type I total output
 * is {@code -y e_j - L p y}, the Type II total is {@code -y e_j + top(Lbar [-p y; -J P])}, and the direct labour
 * income is {@code -J P}; every other figure keeps the sector's averages.
 */
class FacilityProfileTest {
  private static final int N = 5;

  private static Closure closure(Generated g, double jobs, double y, Double pay, double factor, List<Purchase> p) {
    return new Closure("site", "s1", OptionalDouble.of(jobs), OptionalDouble.of(y), "", "closures[0]",
        pay == null ? OptionalDouble.empty() : OptionalDouble.of(pay), factor, p);
  }

  private static Scenario scenario(Closure c) {
    return new Scenario("x", "", List.of(c), List.of(), List.of(), List.of());
  }

  /** {@code M v} for a row-major m x m matrix. */
  private static double[] times(double[] m, double[] v) {
    int k = v.length;
    double[] out = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        out[i] += m[i * k + j] * v[j];
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11, 29, 47, 101})
  void totalsAreTheClosedFormsOfOwnPurchasesAndPay(long seed) {
    Generated g = RandomModels.productive(seed, N);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double y = 0.1 * g.model().output(1);
    double jobs = 0.5 * y * g.model().level(Measure.JOBS, 1) / g.model().output(1);
    double pay = 0.02;
    double factor = 1.1;
    List<Purchase> p = List.of(new Purchase("s0", 0.05), new Purchase("s3", 0.2), new Purchase("s4", 0.01));
    ScenarioResult r = new ImpactEngine(system).run(scenario(closure(g, jobs, y, pay, factor, p)));
    Impact t = r.total();

    double[] pv = {0.05, 0, 0, 0.2, 0.01};
    double[] l = Dense.inverse(Dense.identityMinus(g.a(), N), N);
    double[] lp = times(l, pv);
    double[] lbar = Dense.inverse(Dense.identityMinus(g.closed(), N + 1), N + 1);
    double[] rhs = new double[N + 1];
    for (int i = 0; i < N; i++) {
      rhs[i] = -y * pv[i];
    }
    rhs[N] = -jobs * pay * factor;
    double[] xbar = times(lbar, rhs);
    for (int i = 0; i < N; i++) {
      double typeI = (i == 1 ? -y : 0) - y * lp[i];
      double typeII = (i == 1 ? -y : 0) + xbar[i];
      double tolerance = 1e-9 * g.model().output(1);
      assertThat(t.outputChange(Effect.DIRECT, i) + t.outputChange(Effect.INDIRECT, i))
          .isCloseTo(typeI, within(tolerance));
      assertThat(t.outputChange(Effect.TOTAL, i)).isCloseTo(typeII, within(tolerance));
    }
    double income = -jobs * pay * factor;
    assertThat(t.sum(Measure.LABOUR_INCOME, Effect.DIRECT)).isCloseTo(income, within(1e-12 * Math.abs(income)));
    assertThat(t.value(Measure.LABOUR_INCOME, Effect.DIRECT, 1)).isCloseTo(income, within(1e-12 * y));
    // the indirect and induced labour income are their sectors' coefficients times the output changes
    double indirect = 0;
    double induced = 0;
    for (int i = 0; i < N; i++) {
      indirect += g.income()[i] * t.outputChange(Effect.INDIRECT, i);
      induced += g.income()[i] * t.outputChange(Effect.INDUCED, i);
    }
    assertThat(t.sum(Measure.LABOUR_INCOME, Effect.INDIRECT)).isCloseTo(indirect, within(1e-12 * y));
    assertThat(t.sum(Measure.LABOUR_INCOME, Effect.INDUCED)).isCloseTo(induced, within(1e-12 * y));
    assertThat(t.sum(Measure.LABOUR_INCOME, Effect.TOTAL)).isCloseTo(income + indirect + induced,
        within(1e-9 * y));
    // direct jobs stay the sector's jobs per unit of output times the output
    assertThat(t.sum(Measure.JOBS, Effect.DIRECT)).isCloseTo(-y * g.jobs()[1], within(1e-9 * jobs));
    assertThat(r.shocks().get(0).notes()).anyMatch(n -> n.startsWith("facility pay:"))
        .anyMatch(n -> n.startsWith("facility purchases:"));
  }

  @Test
  void withoutAProfileTheClosureIsTheSectorAverage() {
    Generated g = RandomModels.productive(5, N);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double y = 0.1 * g.model().output(1);
    Impact plain = new ImpactEngine(system).run(scenario(new Closure("site", "s1", OptionalDouble.empty(),
        OptionalDouble.of(y), "", "closures[0]"))).total();
    // purchases equal to the average column and pay equal to the average labour income per job change nothing
    List<Purchase> column = new java.util.ArrayList<>();
    for (int i = 0; i < N; i++) {
      column.add(new Purchase("s" + i, g.a()[i * N + 1]));
    }
    double jobs = y * g.jobs()[1];
    double perJob = g.income()[1] / g.jobs()[1];
    Impact same = new ImpactEngine(system).run(scenario(new Closure("site", "s1", OptionalDouble.of(jobs),
        OptionalDouble.of(y), "", "closures[0]", OptionalDouble.of(perJob / 1.25), 1.25, column))).total();
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        double a = plain.sum(m, e);
        assertThat(same.sum(m, e)).as(m + " " + e).isCloseTo(a, within(1e-9 * Math.max(1, Math.abs(a))));
      }
    }
  }

  @Test
  void aSupersedingLossReplacesTheFacilitysOwnFirstRound() {
    Generated g = RandomModels.productive(8, N);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double y = 0.1 * g.model().output(1);
    Closure c = closure(g, 1, y, null, 1, List.of(new Purchase("s3", 0.2)));
    SubcontractorLoss s = new SubcontractorLoss("sub", "s3", OptionalDouble.empty(), OptionalDouble.of(0.05 * y),
        SubcontractorMode.SUPERSEDE, "subcontractors[0]");
    Scenario sc = new Scenario("x", "", List.of(c), List.of(s), List.of(), List.of());
    ShockPlan plan = ShockPlan.of(system, sc);
    ShockPlan.Evaluation ev = plan.evaluate(plan.values(), ShockPlan.POINT);
    // the facility's first round from s3 is 0.2 y, not A[3][1] y: the known loss 0.05 y replaces it
    assertThat(ev.propagated(1)).isCloseTo(-0.05 * y + 0.2 * y, within(1e-12 * y));
  }

  @Test
  void aDrawWithoutUncertaintyIsThePointEstimate() {
    Generated g = RandomModels.productive(13, N);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    double y = 0.1 * g.model().output(1);
    Scenario sc = scenario(closure(g, 2, y, 0.03, 1.2, List.of(new Purchase("s2", 0.3))));
    Impact t = new ImpactEngine(system).run(sc).total();
    DrawPlan draws = DrawPlan.compile(system, sc, List.of(), ModelUncertainty.NONE);
    double[] cells = draws.draw(1, 0);
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        double expected = t.sum(m, e);
        assertThat(cells[Headline.index(Headline.Block.SUMMARY, e, m)]).as(m + " " + e)
            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
      }
    }
  }

  private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
      String text) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ScenarioException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(text);
    });
  }

  @Test
  void badProfilesAreRefusedNamingTheField() {
    Generated g = RandomModels.productive(2, N);
    LeontiefSystem system = LeontiefSystem.of(g.model());
    refused(() -> closure(g, 1, 1, null, 1, List.of(new Purchase("s0", 0.6), new Purchase("s2", 0.4))),
        "closures[0].purchases", "add up to 1");
    refused(() -> closure(g, 1, 1, null, 1, List.of(new Purchase("s0", 1.5))), "closures[0].purchases[0].share",
        "[0, 1]");
    refused(() -> closure(g, 1, 1, null, 1, List.of(new Purchase("s0", 0.1), new Purchase("s0", 0.1))),
        "closures[0].purchases[1].sector", "twice");
    refused(() -> closure(g, 1, 1, -5.0, 1, List.of()), "closures[0].annual_pay", "greater than 0");
    refused(() -> new ImpactEngine(system).run(scenario(closure(g, 1, 1, null, 1,
        List.of(new Purchase("s9x", 0.1))))), "closures[0].purchases[0].sector", "unknown sector 's9x'");
  }
}

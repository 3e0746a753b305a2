package org.ripple.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.PeriodKind;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timeline;

/**
 * The Health Services Fund of a shock's direct jobs at the rate of its employer's stated total payroll, through the
 * whole account, on {@link FiscalAccountsTest}'s Quebec model where every worker earns 40,000 CAD of 2025.
 */
class DirectPayrollTaxTest {
  private static final FiscalInputs.EmployerPayroll TWO_MILLION = new FiscalInputs.EmployerPayroll(2_000_000,
      PayrollTaxSchedule.Group.OTHER, "");

  private static ScenarioResult close(double jobs) {
    return FiscalAccountsTest.closeJobs(LeontiefSystem.of(FiscalAccountsTest.quebec(true, "Quebec", "CAD")), "s0",
        jobs);
  }

  /**
   * 50 jobs at 40,000 CAD, the employer's whole payroll 2,000,000 CAD (other sectors): 1.2662 + 0.3838 x 2 = 2.0338,
   * 2.03 %, so the direct line is -50 x 40,000 x 0.0203 = -40,600 CAD (at the top rate, -85,200); the indirect and
   * induced jobs keep 4.26 %.
   */
  @Test
  void fiftyJobsAtAnEmployerOfTwoMillion() {
    ScenarioResult r = close(50);
    FiscalAccount top = FiscalAccounts.of(r, new FiscalInputs(2025, Map.of("closures[0]", 40_000.0), null));
    FiscalAccount stated = FiscalAccounts.of(r, new FiscalInputs(2025, Map.of("closures[0]", 40_000.0), null,
        Map.of("closures[0]", TWO_MILLION)));
    assertThat(top.value(FiscalItem.HSF_EMPLOYER, Effect.DIRECT)).isCloseTo(-85_200, within(1e-6));
    assertThat(stated.value(FiscalItem.HSF_EMPLOYER, Effect.DIRECT)).isCloseTo(-40_600, within(1e-6));
    double indirect = r.total().sum(Measure.JOBS, Effect.INDIRECT);
    assertThat(stated.value(FiscalItem.HSF_EMPLOYER, Effect.INDIRECT)).isCloseTo(indirect * 40_000 * 0.0426,
        within(1e-6));
    // nothing else moves: the balance differs by the direct line's change alone
    assertThat(stated.balance(Government.PROVINCIAL, Effect.TOTAL) - top.balance(Government.PROVINCIAL, Effect.TOTAL))
        .isCloseTo(85_200 - 40_600, within(1e-6));
    assertThat(stated.value(FiscalItem.QPP_EMPLOYER, Effect.DIRECT))
        .isEqualTo(top.value(FiscalItem.QPP_EMPLOYER, Effect.DIRECT));
    String notes = String.join("\n", stated.notes());
    assertThat(notes).contains("plant: schedule at 2,000,000 CAD stated employer payroll (other sectors), 2.03 %");
    // the sensitivity: the indirect and induced line at 1.65 % instead of 4.26 %
    double rest = stated.value(FiscalItem.HSF_EMPLOYER, Effect.INDIRECT)
        + stated.value(FiscalItem.HSF_EMPLOYER, Effect.INDUCED);
    assertThat(notes).contains(String.format(java.util.Locale.ROOT, "%,.0f CAD (%,.0f CAD) annually", rest,
        rest * 0.0165 / 0.0426));
    assertThat(String.join("\n", top.notes())).contains("plant: top rate 4.26 %, employer payroll not stated, "
        + "assumption");
  }

  /** 200 jobs at 40,000 CAD are a payroll of 8,000,000 CAD, above 7,800,000: the top rate is proven, not assumed. */
  @Test
  void aFacilityAboveTheTopThresholdProvesTheTopRate() {
    FiscalAccount a = FiscalAccounts.of(close(200), new FiscalInputs(2025, Map.of("closures[0]", 40_000.0), null));
    assertThat(a.value(FiscalItem.HSF_EMPLOYER, Effect.DIRECT)).isCloseTo(-200 * 40_000 * 0.0426, within(1e-6));
    assertThat(String.join("\n", a.notes())).contains("plant: top rate 4.26 %, proven: the facility's own payroll, "
        + "jobs x annual_pay = 8,000,000 CAD, already reaches it");
  }

  /**
   * On a timeline the direct jobs bear the same rate in every period: over the horizon the direct Health Services
   * Fund over the direct employee EI is 0.0203 / 0.0131 (both per job-year at 40,000 CAD, under the 65,700 maximum).
   */
  @Test
  void theTimelineAppliesTheSameRate() {
    ScenarioResult r = close(50);
    FiscalInputs inputs = new FiscalInputs(2025, Map.of("closures[0]", 40_000.0), null,
        Map.of("closures[0]", TWO_MILLION));
    Horizon year = new Horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.QUARTER);
    FiscalAccount quarters = FiscalAccounts.of(Timeline.of(r, new Schedule(year, Map.of(), null)), inputs);
    double hsf = quarters.value(FiscalItem.HSF_EMPLOYER, Effect.DIRECT);
    assertThat(hsf).isNegative();
    assertThat(hsf / quarters.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT)).isCloseTo(0.0203 / 0.0131,
        within(1e-12));
    for (int p = 0; p < quarters.periods().size(); p++) {
      double ei = quarters.value(FiscalItem.EI_EMPLOYEE, Effect.DIRECT, p);
      assertThat(quarters.value(FiscalItem.HSF_EMPLOYER, Effect.DIRECT, p)).isCloseTo(ei * 0.0203 / 0.0131,
          within(1e-6));
    }
  }
}

package org.ripple.cli.scenario;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ripple.core.ScenarioException;
import org.ripple.core.time.Horizon;
import org.ripple.core.time.IncomeReplacement;
import org.ripple.core.time.PeriodKind;
import org.ripple.core.time.Reemployment;
import org.ripple.core.time.Schedule;
import org.ripple.core.time.Timing;

/**
 * Reads the time keys of a scenario file ({@code horizon}, {@code period}, {@code income_replacement}, and each
 * shock's {@code effective} and {@code ramp}) into a {@link Schedule}. A file without {@code horizon} has no
 * schedule and runs exactly as before; time keys without a horizon are errors. Defaults and their sources are in
 * scenarios/README.md ("Time").
 */
public final class TimeLoader {
  /** Weeks of pay after the layoff. Assumption (Quebec's labour-standards notice or indemnity is 1 to 8 weeks). */
  public static final double DEFAULT_SEVERANCE_WEEKS = 8;
  /** Canada's EI benefit rate, 55 % of average weekly insurable earnings (Employment Insurance Act, s. 14). */
  public static final double DEFAULT_EI_RATE = 0.55;
  /** Canada's 2025 maximum insurable earnings, CAD 65,700 a year (Canada Employment Insurance Commission). */
  public static final double DEFAULT_EI_MAX_INSURABLE_EARNINGS = 65_700;
  /** The one-week EI waiting period (Employment Insurance Act, s. 13). */
  public static final double DEFAULT_EI_WAITING_WEEKS = 1;
  /** Weeks of EI benefits. Assumption (EI Act Schedule I gives 14 to 45 weeks by hours and regional unemployment). */
  public static final double DEFAULT_EI_WEEKS = 36;
  /** Re-employment half-life in months. Assumption, no source. */
  public static final double DEFAULT_REEMPLOYMENT_HALF_LIFE_MONTHS = 6;

  private static final Pattern RAMP = Pattern.compile("\\s*(\\d{1,4})\\s*(day|days|week|weeks|month|months|year|years)\\s*");
  private static final int MAX_RAMP_YEARS = 10;

  private TimeLoader() {}

  /** The schedule of a scenario file, or null when it has no horizon. */
  public static Schedule toSchedule(ScenarioFile f) {
    Map<String, Timing> timings = new HashMap<>();
    List<ScenarioFile.ClosureEntry> cs = f.closures() == null ? List.of() : f.closures();
    for (int i = 0; i < cs.size(); i++) {
      timing(timings, "closures[" + i + "]", cs.get(i).effective(), cs.get(i).ramp(), f);
    }
    List<ScenarioFile.SubcontractorEntry> ss = f.subcontractors() == null ? List.of() : f.subcontractors();
    for (int i = 0; i < ss.size(); i++) {
      timing(timings, "subcontractors[" + i + "]", ss.get(i).effective(), ss.get(i).ramp(), f);
    }
    List<ScenarioFile.OffsetEntry> os = f.offsets() == null ? List.of() : f.offsets();
    for (int i = 0; i < os.size(); i++) {
      timing(timings, "offsets[" + i + "]", os.get(i).effective(), os.get(i).ramp(), f);
    }
    List<ScenarioFile.DemandChangeEntry> ds = f.demandChanges() == null ? List.of() : f.demandChanges();
    for (int i = 0; i < ds.size(); i++) {
      timing(timings, "demand_changes[" + i + "]", ds.get(i).effective(), ds.get(i).ramp(), f);
    }
    if (f.horizon() == null) {
      if (f.period() != null) {
        throw new ScenarioException("period", "a period needs a horizon (horizon: {start: 2025-01-01, end: ...})");
      }
      if (f.incomeReplacement() != null) {
        throw new ScenarioException("income_replacement", "income replacement acts over time and needs a horizon");
      }
      return null;
    }
    LocalDate start = date(f.horizon().start(), "horizon.start");
    LocalDate end = date(f.horizon().end(), "horizon.end");
    Horizon horizon = new Horizon(start, end, period(f.period()));
    return new Schedule(horizon, timings, replacement(f.incomeReplacement()));
  }

  private static void timing(Map<String, Timing> timings, String at, String effective, String ramp,
      ScenarioFile f) {
    if (effective == null && ramp == null) {
      return;
    }
    if (f.horizon() == null) {
      throw new ScenarioException(at + (effective != null ? ".effective" : ".ramp"),
          "timing needs a scenario horizon (horizon: {start: 2025-01-01, end: 2026-12-31})");
    }
    if (effective == null) {
      throw new ScenarioException(at + ".ramp", "a ramp needs an effective date");
    }
    timings.put(at, new Timing(date(effective, at + ".effective"), ramp(ramp, at + ".ramp")));
  }

  static LocalDate date(String text, String field) {
    if (text == null) {
      throw new ScenarioException(field, "a date (YYYY-MM-DD) is required");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new ScenarioException(field, "must be a date written YYYY-MM-DD, was '" + text + "'");
    }
    if (d.getYear() < 1900 || d.getYear() > 2200) {
      throw new ScenarioException(field, "must be a date between 1900 and 2200, was " + d);
    }
    return d;
  }

  static Period ramp(String text, String field) {
    if (text == null) {
      return Period.ZERO;
    }
    Matcher m = RAMP.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ScenarioException(field, "must be a number and a unit, e.g. '2 months', '6 weeks', '10 days' or "
          + "'1 year', was '" + text + "'");
    }
    int k = Integer.parseInt(m.group(1));
    Period p = switch (m.group(2).charAt(0)) {
      case 'd' -> Period.ofDays(k);
      case 'w' -> Period.ofWeeks(k);
      case 'm' -> Period.ofMonths(k);
      default -> Period.ofYears(k);
    };
    if (p.toTotalMonths() > 12L * MAX_RAMP_YEARS || p.getDays() > 366 * MAX_RAMP_YEARS) {
      throw new ScenarioException(field, "a ramp is at most " + MAX_RAMP_YEARS + " years, was '" + text + "'");
    }
    return p;
  }

  static PeriodKind period(String text) {
    if (text == null) {
      return PeriodKind.QUARTER;
    }
    for (PeriodKind k : PeriodKind.values()) {
      if (k.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new ScenarioException("period", "must be month, quarter or year, was '" + text + "'");
  }

  static IncomeReplacement replacement(ScenarioFile.IncomeReplacementEntry e) {
    if (e == null || Boolean.FALSE.equals(e.enabled())) {
      return null;
    }
    String at = "income_replacement.";
    Reemployment re;
    String kind = e.reemployment() == null ? (e.reemploymentTable() != null ? "table" : "exponential")
        : e.reemployment().trim().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "none" -> re = new Reemployment.None();
      case "exponential" -> re = new Reemployment.Exponential(
          or(e.reemploymentHalfLifeMonths(), DEFAULT_REEMPLOYMENT_HALF_LIFE_MONTHS));
      case "table" -> {
        if (e.reemploymentTable() == null || e.reemploymentTable().isEmpty()) {
          throw new ScenarioException(at + "reemployment_table", "reemployment: table needs reemployment_table "
              + "(a list of {months, share})");
        }
        int n = e.reemploymentTable().size();
        double[] months = new double[n];
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
          ScenarioFile.ReemploymentPoint p = e.reemploymentTable().get(i);
          if (p == null) {
            throw new ScenarioException(at + "reemployment_table[" + i + "]", "a point is required here");
          }
          months[i] = p.months();
          shares[i] = p.share();
        }
        re = new Reemployment.Table(months, shares);
      }
      default -> throw new ScenarioException(at + "reemployment",
          "must be exponential, table or none, was '" + e.reemployment() + "'");
    }
    if (!"exponential".equals(kind) && e.reemploymentHalfLifeMonths() != null) {
      throw new ScenarioException(at + "reemployment_half_life_months", "only goes with reemployment: exponential");
    }
    if (!"table".equals(kind) && e.reemploymentTable() != null) {
      throw new ScenarioException(at + "reemployment_table", "only goes with reemployment: table");
    }
    return new IncomeReplacement(or(e.severanceWeeks(), DEFAULT_SEVERANCE_WEEKS), or(e.eiRate(), DEFAULT_EI_RATE),
        or(e.eiMaxInsurableEarnings(), DEFAULT_EI_MAX_INSURABLE_EARNINGS),
        or(e.eiWaitingWeeks(), DEFAULT_EI_WAITING_WEEKS), or(e.eiWeeks(), DEFAULT_EI_WEEKS), re);
  }

  private static double or(Double v, double fallback) {
    return v == null ? fallback : v;
  }
}

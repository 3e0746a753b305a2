package org.ripple.core.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One province's employer payroll tax as a function of the employer's total payroll W (CAD of the tax year): the one
 * place its schedule lives. {@link TaxRules} charges its top rate per worker; the account scales a shock's direct
 * jobs to {@link #rate} at the employer's stated payroll ({@link FiscalInputs#employerPayroll}).
 *
 * <ul>
 *   <li>Quebec's Health Services Fund (rows {@code quebec.health_services_fund.*}): the rate applies to the whole
 *       payroll; {@code W <= lower_threshold}: the small-employer rate (1.25 % primary and manufacturing, 1.65 %
 *       other sectors); {@code W >= top_threshold}: the top rate; between, {@code intercept + slope * W / 1,000,000}
 *       rounded half up to {@code rate_rounding} (Revenu Quebec's 2025 formula, rounded to 0.01 %).
 *   <li>Another province (rows {@code <province>.payroll_tax.*}): with a notch ({@code notch_rate}, {@code
 *       notch_upper}: British Columbia, Manitoba), 0 up to the exemption, {@code notch_rate * (W - exemption)} up to
 *       {@code notch_upper}, then {@code top_rate * W}; with an exemption and a payroll limit (Ontario, an eligible
 *       private-sector employer) {@code top_rate * (W - exemption)} up to the limit and {@code top_rate * W} above
 *       it; with an exemption alone (Newfoundland and Labrador) {@code top_rate * max(0, W - exemption)}; without an
 *       exemption {@code top_rate * W}. Ontario's graduated rates below 400,000 CAD do not arise: such a payroll is
 *       inside the exemption.
 * </ul>
 */
public final class PayrollTaxSchedule {
  /** The Health Services Fund's sector groups (more than half of the payroll in the primary and manufacturing sectors). */
  public enum Group {
    PRIMARY_MANUFACTURING("primary and manufacturing sectors"),
    OTHER("other sectors");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /**
     * The group of a sector from the NAICS codes (or prefixes) it covers: primary and manufacturing when every one
     * is in NAICS 11 (agriculture, forestry, fishing and hunting), 21 (mining, quarrying, oil and gas extraction) or
     * 31-33 (manufacturing), Revenu Quebec's primary and manufacturing sectors; other sectors otherwise (none given
     * included).
     */
    public static Group ofNaics(java.util.List<String> codes) {
      if (codes.isEmpty()) {
        return OTHER;
      }
      for (String c : codes) {
        String two = c.length() < 2 ? c : c.substring(0, 2);
        if (!java.util.Set.of("11", "21", "31", "32", "33").contains(two)) {
          return OTHER;
        }
      }
      return PRIMARY_MANUFACTURING;
    }
  }

  private static final double MILLION = 1_000_000;

  private final boolean hsf;
  private final double top;
  private final double exemption;
  private final double limit;
  private final double notchRate;
  private final double notchUpper;
  private final double lower;
  private final double topThreshold;
  private final double[] small = new double[2];
  private final double[] intercept = new double[2];
  private final double[] slope = new double[2];
  private final BigDecimal rounding;

  private PayrollTaxSchedule(FiscalParameters p, boolean hsf, String own) {
    this.hsf = hsf;
    if (hsf) {
      String f = "quebec.health_services_fund.";
      top = p.value(f + "top_rate");
      lower = p.value(f + "lower_threshold");
      topThreshold = p.value(f + "top_threshold");
      small[Group.PRIMARY_MANUFACTURING.ordinal()] = p.value(f + "small_employer_rate_primary_manufacturing");
      small[Group.OTHER.ordinal()] = p.value(f + "small_employer_rate");
      intercept[Group.PRIMARY_MANUFACTURING.ordinal()] = p.value(f + "intercept_primary_manufacturing");
      intercept[Group.OTHER.ordinal()] = p.value(f + "intercept_other");
      slope[Group.PRIMARY_MANUFACTURING.ordinal()] = p.value(f + "slope_primary_manufacturing");
      slope[Group.OTHER.ordinal()] = p.value(f + "slope_other");
      rounding = BigDecimal.valueOf(p.value(f + "rate_rounding"));
      exemption = limit = notchRate = notchUpper = Double.NaN;
    } else {
      String f = own + ".payroll_tax.";
      top = p.value(f + "top_rate");
      exemption = p.has(f + "exemption") ? p.value(f + "exemption") : 0;
      limit = p.has(f + "exemption_payroll_limit") ? p.value(f + "exemption_payroll_limit")
          : Double.POSITIVE_INFINITY;
      boolean notch = p.has(f + "notch_rate");
      notchRate = notch ? p.value(f + "notch_rate") : Double.NaN;
      notchUpper = notch ? p.value(f + "notch_upper") : Double.NaN;
      lower = topThreshold = Double.NaN;
      rounding = null;
    }
  }

  /**
   * The schedule of a province, named as {@link TaxRules#forProvince} names it: Quebec's Health Services Fund, or the
   * province's {@code payroll_tax} rows; null where the province has no employer payroll tax among the parameters.
   */
  public static PayrollTaxSchedule of(FiscalParameters p, String province) {
    if (province.equals(TaxRules.QUEBEC)) {
      return new PayrollTaxSchedule(p, true, null);
    }
    String own = TaxRules.jurisdiction(province);
    return p.has(own + ".payroll_tax.top_rate") && p.value(own + ".payroll_tax.top_rate") != 0
        ? new PayrollTaxSchedule(p, false, own) : null;
  }

  /** The rate {@link TaxRules} charges per worker: the rate of an employer with a large payroll. */
  public double topRate() {
    return top;
  }

  /** The employer's tax on a total payroll W (0 for W of 0 or less): {@link #rate} times W. */
  public double tax(double payroll, Group group) {
    return payroll > 0 ? rate(payroll, group) * payroll : 0;
  }

  /**
   * The employer's average rate, its tax over its payroll (0 for W of 0 or less): what each CAD of its pay bears;
   * exactly the top rate where the schedule charges it on the whole payroll.
   */
  public double rate(double payroll, Group group) {
    if (!(payroll > 0)) {
      return 0;
    }
    if (hsf) {
      return hsfRate(payroll, group);
    }
    if (!Double.isNaN(notchRate)) {
      return payroll <= exemption ? 0 : payroll <= notchUpper ? notchRate * (payroll - exemption) / payroll : top;
    }
    return payroll > limit || exemption == 0 ? top : top * Math.max(0, payroll - exemption) / payroll;
  }

  /** Whether an employer with a total payroll of at least W surely pays the top rate on every CAD of it. */
  public boolean topFrom(double payroll) {
    return rate(payroll, Group.PRIMARY_MANUFACTURING) == top && rate(payroll, Group.OTHER) == top;
  }

  /** The Health Services Fund's lower threshold (1,000,000 CAD in 2025): the payroll of a small employer. */
  public static double smallPayroll(FiscalParameters p) {
    return p.value("quebec.health_services_fund.lower_threshold");
  }

  /** The schedule in words, for the notes (e.g. "exempt up to 1,000,000 CAD, ..."). */
  public String describe() {
    if (hsf) {
      return percent(small[1]) + " (" + Group.OTHER.label + ") or " + percent(small[0]) + " ("
          + Group.PRIMARY_MANUFACTURING.label + ") up to a total payroll of " + plain(lower)
          + " CAD, rising linearly to " + percent(top) + " at " + plain(topThreshold) + " CAD";
    }
    if (!Double.isNaN(notchRate)) {
      return "exempt up to " + plain(exemption) + " CAD, " + percent(notchRate) + " of the payroll above it up to "
          + plain(notchUpper) + " CAD, " + percent(top) + " of the whole payroll above";
    }
    if (exemption > 0) {
      return percent(top) + " of the payroll above an exemption of " + plain(exemption) + " CAD"
          + (Double.isInfinite(limit) ? "" : ", of the whole payroll above " + plain(limit) + " CAD");
    }
    return percent(top) + " of the whole payroll";
  }

  private static String plain(double v) {
    return FiscalNotes.plain(v);
  }

  private static String percent(double share) {
    return FiscalNotes.percent(share);
  }

  private double hsfRate(double payroll, Group group) {
    int g = group.ordinal();
    if (payroll <= lower) {
      return small[g];
    }
    if (payroll >= topThreshold) {
      return top;
    }
    BigDecimal r = BigDecimal.valueOf(intercept[g]).add(BigDecimal.valueOf(slope[g])
        .multiply(BigDecimal.valueOf(payroll)).divide(BigDecimal.valueOf(MILLION)));
    return r.divide(rounding).setScale(0, RoundingMode.HALF_UP).multiply(rounding).doubleValue();
  }
}

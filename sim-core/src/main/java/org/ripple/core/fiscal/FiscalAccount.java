package org.ripple.core.fiscal;

import java.util.List;
import java.util.Objects;
import org.ripple.core.Effect;
import org.ripple.core.time.TimePeriod;

/**
 * The change in each government's revenue and transfers caused by a scenario, in CAD of the tax year, by effect
 * (direct, indirect, induced, total) and, with a horizon, by period. Revenue lost is negative; benefits paid are
 * negative (a cost). A figure that cannot be computed is NaN ("not available"), never 0. The balance of a government
 * is the sum of its available items; the notes say which are not available and every simplification.
 *
 * <p>Without a horizon the account has one slice, the annual effect; with one it has a slice per period and the
 * horizon total is their sum ({@link #value(FiscalItem, Effect)}).
 */
public final class FiscalAccount {
  private static final int EFFECTS = Effect.values().length;
  private static final int ITEMS = FiscalItem.values().length;

  private final boolean available;
  private final String province;
  private final int taxYear;
  private final List<TimePeriod> periods;
  /** [slice][effect][item]; slices: the annual effect, or the periods. */
  private final double[][][] values;
  private final double[][] horizon;
  private final List<String> notes;
  /** The shocks' names, and each shock's own items {@code [shock][effect][item]} (annual, or over the horizon). */
  private final List<String> shocks;
  private final double[][][] byShock;

  FiscalAccount(boolean available, String province, int taxYear, List<TimePeriod> periods, double[][][] values,
      List<String> notes) {
    this(available, province, taxYear, periods, values, notes, List.of(), new double[0][][]);
  }

  FiscalAccount(boolean available, String province, int taxYear, List<TimePeriod> periods, double[][][] values,
      List<String> notes, List<String> shocks, double[][][] byShock) {
    this.available = available;
    this.province = Objects.requireNonNull(province, "province");
    this.taxYear = taxYear;
    this.periods = List.copyOf(periods);
    this.values = values;
    this.notes = List.copyOf(notes);
    this.shocks = List.copyOf(shocks);
    this.byShock = byShock;
    if (byShock.length != this.shocks.size()) {
      throw new IllegalArgumentException(byShock.length + " shocks' items for " + shocks.size() + " shocks");
    }
    this.horizon = new double[EFFECTS][ITEMS];
    for (int e = 0; e < EFFECTS; e++) {
      for (int i = 0; i < ITEMS; i++) {
        double s = 0;
        for (double[][] slice : values) {
          s += slice[e][i];
        }
        horizon[e][i] = values.length == 0 ? Double.NaN : s;
      }
    }
  }

  /** An account that cannot be computed at all (no parameters for the region, the year or the currency). */
  static FiscalAccount notAvailable(String province, int taxYear, String why) {
    return new FiscalAccount(false, province, taxYear, List.of(), new double[0][][], List.of(why));
  }

  /** The same account with one more note at the end (what the caller chose, e.g. how it picked the tax year). */
  public FiscalAccount withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(Objects.requireNonNull(note, "note"));
    return new FiscalAccount(available, province, taxYear, periods, values, more, shocks, byShock);
  }

  /**
   * This account less {@code other}, item by item, effect by effect and period by period (what the shocks of this
   * account that are not in {@code other} change, the rules being linear in the shocks): the account of the shocks a
   * sweep does not attribute to a facility. Both must be available, of the same tax year and periods; the notes are
   * this account's, and no shock is listed.
   */
  public FiscalAccount minus(FiscalAccount other) {
    if (!available || !other.available || taxYear != other.taxYear || !periods.equals(other.periods)) {
      throw new IllegalArgumentException("only two available accounts of one tax year and horizon can be subtracted");
    }
    double[][][] v = new double[values.length][EFFECTS][ITEMS];
    for (int p = 0; p < values.length; p++) {
      for (int e = 0; e < EFFECTS; e++) {
        for (int i = 0; i < ITEMS; i++) {
          v[p][e][i] = values[p][e][i] - other.values[p][e][i];
        }
      }
    }
    return new FiscalAccount(true, province, taxYear, periods, v, notes);
  }

  /** The names of the shocks whose own accounts this one carries ({@link #value(int, FiscalItem, Effect)}). */
  public List<String> shocks() {
    return shocks;
  }

  /** Shock s's own value of an item (annual, or over the horizon); the shocks' values add to the account's. */
  public double value(int shock, FiscalItem item, Effect effect) {
    return byShock[shock][effect.ordinal()][item.ordinal()];
  }

  /** Shock s's own balance of a government. */
  public double balance(int shock, Government government, Effect effect) {
    return balance(byShock[shock][effect.ordinal()], government);
  }

  /** Whether any figure exists; when not, the notes say why. */
  public boolean available() {
    return available;
  }

  /** The province whose parameters apply (e.g. Quebec), or the region that has none. */
  public String province() {
    return province;
  }

  public int taxYear() {
    return taxYear;
  }

  /** The periods, empty without a horizon. */
  public List<TimePeriod> periods() {
    return periods;
  }

  public boolean hasPeriods() {
    return !periods.isEmpty();
  }

  /** The annual effect, or the horizon total with periods; NaN when not available. */
  public double value(FiscalItem item, Effect effect) {
    return available ? horizon[effect.ordinal()][item.ordinal()] : Double.NaN;
  }

  /** The value in period p; NaN when not available. */
  public double value(FiscalItem item, Effect effect, int period) {
    if (!hasPeriods()) {
      throw new IllegalStateException("the account has no periods");
    }
    return values[period][effect.ordinal()][item.ordinal()];
  }

  /** A government's balance (the sum of its available items): annual, or over the horizon. */
  public double balance(Government government, Effect effect) {
    return available ? balance(horizon[effect.ordinal()], government) : Double.NaN;
  }

  public double balance(Government government, Effect effect, int period) {
    if (!hasPeriods()) {
      throw new IllegalStateException("the account has no periods");
    }
    return balance(values[period][effect.ordinal()], government);
  }

  private static double balance(double[] items, Government government) {
    double s = 0;
    boolean any = false;
    for (FiscalItem item : FiscalItem.values()) {
      double v = items[item.ordinal()];
      if (item.government() == government && !Double.isNaN(v)) {
        s += v;
        any = true;
      }
    }
    return any ? s : Double.NaN;
  }

  /** How the account was computed: parameters, conversions, simplifications, what is not available and why. */
  public List<String> notes() {
    return notes;
  }
}

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
 *
 * <p>The account has the federal government and one or more provinces' ({@link #governments()}), each with its own
 * lines ({@link Jurisdiction#items()}). {@link #value(Jurisdiction, FiscalItem, Effect)} and {@link
 * #balance(Jurisdiction, Effect)} give one government's; {@link #value(FiscalItem, Effect)} and {@link
 * #balance(Government, Effect)} give a level's, summed over the governments of that level that have the item (with
 * one province, that province's own; NaN for an item no government has).
 */
public final class FiscalAccount {
  private static final int EFFECTS = Effect.values().length;
  private static final int ITEMS = FiscalItem.values().length;

  private final boolean available;
  private final String province;
  private final int taxYear;
  private final List<TimePeriod> periods;
  private final List<Jurisdiction> governments;
  /** [slice][effect][government * ITEMS + item]; slices: the annual effect, or the periods. */
  private final double[][][] values;
  private final double[][] horizon;
  private final List<String> notes;
  /** The shocks' names, and each shock's own items {@code [shock][effect][government * ITEMS + item]}. */
  private final List<String> shocks;
  private final double[][][] byShock;

  FiscalAccount(boolean available, String province, int taxYear, List<TimePeriod> periods,
      List<Jurisdiction> governments, double[][][] values, List<String> notes) {
    this(available, province, taxYear, periods, governments, values, notes, List.of(), new double[0][][]);
  }

  FiscalAccount(boolean available, String province, int taxYear, List<TimePeriod> periods,
      List<Jurisdiction> governments, double[][][] values, List<String> notes, List<String> shocks,
      double[][][] byShock) {
    this.available = available;
    this.province = Objects.requireNonNull(province, "province");
    this.taxYear = taxYear;
    this.periods = List.copyOf(periods);
    this.governments = List.copyOf(governments);
    this.values = values;
    this.notes = List.copyOf(notes);
    this.shocks = List.copyOf(shocks);
    this.byShock = byShock;
    if (byShock.length != this.shocks.size()) {
      throw new IllegalArgumentException(byShock.length + " shocks' items for " + shocks.size() + " shocks");
    }
    int width = this.governments.size() * ITEMS;
    this.horizon = new double[EFFECTS][width];
    for (int e = 0; e < EFFECTS; e++) {
      for (int i = 0; i < width; i++) {
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
    return new FiscalAccount(false, province, taxYear, List.of(), List.of(), new double[0][][], List.of(why));
  }

  /** The same account with one more note at the end (what the caller chose, e.g. how it picked the tax year). */
  public FiscalAccount withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(Objects.requireNonNull(note, "note"));
    return new FiscalAccount(available, province, taxYear, periods, governments, values, more, shocks, byShock);
  }

  /**
   * This account less {@code other}, item by item, effect by effect and period by period (what the shocks of this
   * account that are not in {@code other} change, the rules being linear in the shocks): the account of the shocks a
   * sweep does not attribute to a facility. Both must be available, of the same tax year, periods and governments;
   * the notes are this account's, and no shock is listed.
   */
  public FiscalAccount minus(FiscalAccount other) {
    if (!available || !other.available || taxYear != other.taxYear || !periods.equals(other.periods)
        || !governments.equals(other.governments)) {
      throw new IllegalArgumentException("only two available accounts of one tax year, horizon and set of "
          + "governments can be subtracted");
    }
    double[][][] v = new double[values.length][EFFECTS][];
    for (int p = 0; p < values.length; p++) {
      for (int e = 0; e < EFFECTS; e++) {
        v[p][e] = new double[values[p][e].length];
        for (int i = 0; i < v[p][e].length; i++) {
          v[p][e][i] = values[p][e][i] - other.values[p][e][i];
        }
      }
    }
    return new FiscalAccount(true, province, taxYear, periods, governments, v, notes);
  }

  /** The governments of the account: the federal government first, then each province's; empty when not available. */
  public List<Jurisdiction> governments() {
    return governments;
  }

  /** The names of the shocks whose own accounts this one carries ({@link #value(int, FiscalItem, Effect)}). */
  public List<String> shocks() {
    return shocks;
  }

  /** Shock s's own value of an item (annual, or over the horizon); the shocks' values add to the account's. */
  public double value(int shock, FiscalItem item, Effect effect) {
    return level(byShock[shock][effect.ordinal()], item);
  }

  /** Shock s's own value of one government's item. */
  public double value(int shock, Jurisdiction government, FiscalItem item, Effect effect) {
    return byShock[shock][effect.ordinal()][at(government, item)];
  }

  /** Shock s's own balance of a level of government. */
  public double balance(int shock, Government government, Effect effect) {
    return levelBalance(byShock[shock][effect.ordinal()], government);
  }

  /** Shock s's own balance of one government. */
  public double balance(int shock, Jurisdiction government, Effect effect) {
    return balance(byShock[shock][effect.ordinal()], index(government));
  }

  /** Whether any figure exists; when not, the notes say why. */
  public boolean available() {
    return available;
  }

  /**
   * The province whose parameters apply (e.g. Quebec), the provinces' names joined with ", " when the account has
   * several, or the region that has none.
   */
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

  /** A level's value of an item, annual or over the horizon; NaN when not available or no government has it. */
  public double value(FiscalItem item, Effect effect) {
    return available ? level(horizon[effect.ordinal()], item) : Double.NaN;
  }

  /** One government's value of an item, annual or over the horizon; NaN when not available. */
  public double value(Jurisdiction government, FiscalItem item, Effect effect) {
    return available ? horizon[effect.ordinal()][at(government, item)] : Double.NaN;
  }

  /** A level's value in period p. */
  public double value(FiscalItem item, Effect effect, int period) {
    return level(slice(period)[effect.ordinal()], item);
  }

  /** One government's value in period p. */
  public double value(Jurisdiction government, FiscalItem item, Effect effect, int period) {
    return slice(period)[effect.ordinal()][at(government, item)];
  }

  /** A level's balance (the sum of its governments' balances): annual, or over the horizon. */
  public double balance(Government government, Effect effect) {
    return available ? levelBalance(horizon[effect.ordinal()], government) : Double.NaN;
  }

  /** One government's balance (the sum of its available items): annual, or over the horizon. */
  public double balance(Jurisdiction government, Effect effect) {
    return available ? balance(horizon[effect.ordinal()], index(government)) : Double.NaN;
  }

  public double balance(Government government, Effect effect, int period) {
    return levelBalance(slice(period)[effect.ordinal()], government);
  }

  public double balance(Jurisdiction government, Effect effect, int period) {
    return balance(slice(period)[effect.ordinal()], index(government));
  }

  private double[][] slice(int period) {
    if (!hasPeriods()) {
      throw new IllegalStateException("the account has no periods");
    }
    return values[period];
  }

  private int index(Jurisdiction government) {
    int g = governments.indexOf(government);
    if (g < 0) {
      throw new IllegalArgumentException("the account has no government " + government.key());
    }
    return g;
  }

  private int at(Jurisdiction government, FiscalItem item) {
    if (!government.has(item)) {
      throw new IllegalArgumentException(government.key() + " has no item " + item.item());
    }
    return index(government) * ITEMS + item.ordinal();
  }

  /** The sum over the governments that have {@code item}; NaN when none has it. */
  private double level(double[] items, FiscalItem item) {
    double s = 0;
    boolean any = false;
    for (int g = 0; g < governments.size(); g++) {
      if (governments.get(g).has(item)) {
        double v = items[g * ITEMS + item.ordinal()];
        s = any ? s + v : v;
        any = true;
      }
    }
    return any ? s : Double.NaN;
  }

  private double levelBalance(double[] items, Government level) {
    double s = 0;
    boolean any = false;
    for (int g = 0; g < governments.size(); g++) {
      if (governments.get(g).level() == level) {
        double b = balance(items, g);
        if (!Double.isNaN(b)) {
          s = any ? s + b : b;
          any = true;
        }
      }
    }
    return any ? s : Double.NaN;
  }

  private double balance(double[] items, int g) {
    double s = 0;
    boolean any = false;
    for (FiscalItem item : governments.get(g).items()) {
      double v = items[g * ITEMS + item.ordinal()];
      if (!Double.isNaN(v)) {
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

package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import org.ripple.core.Effect;

/**
 * The fiscal account as {@link FiscalTable}s. {@link #summary}: one row per item and a balance row per government,
 * one column per effect (the annual effect, or the horizon total). {@link #byPeriod}: one row per period, one column
 * per item and balance, for one effect.
 */
public final class FiscalTables {
  private FiscalTables() {}

  /** Items and balances by effect. */
  public static FiscalTable summary(FiscalAccount account) {
    String unit = unit(account);
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (Effect e : Effect.values()) {
      columns.add(new FiscalTable.Column(e.key(), label(e), unit));
    }
    List<FiscalTable.Row> rows = new ArrayList<>();
    for (Government g : Government.values()) {
      for (FiscalItem item : FiscalItem.values()) {
        if (item.government() != g) {
          continue;
        }
        double[] v = new double[columns.size()];
        for (Effect e : Effect.values()) {
          v[e.ordinal()] = account.value(item, e);
        }
        rows.add(new FiscalTable.Row(item.key(), item.label(), "item", v));
      }
      double[] b = new double[columns.size()];
      for (Effect e : Effect.values()) {
        b[e.ordinal()] = account.balance(g, e);
      }
      rows.add(new FiscalTable.Row(g.key() + ".balance", balanceLabel(g, account), "balance", b));
    }
    return new FiscalTable("fiscal", "Fiscal", "item", columns, rows, account.notes());
  }

  /** One effect period by period, with a last row for the horizon; the account must have periods. */
  public static FiscalTable byPeriod(FiscalAccount account, Effect effect) {
    if (!account.hasPeriods()) {
      throw new IllegalArgumentException("the fiscal account has no periods");
    }
    String unit = "CAD of " + account.taxYear() + " in the period";
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (FiscalItem item : FiscalItem.values()) {
      columns.add(new FiscalTable.Column(item.key(), item.label(), unit));
    }
    for (Government g : Government.values()) {
      columns.add(new FiscalTable.Column(g.key() + ".balance", balanceLabel(g, account), unit));
    }
    List<FiscalTable.Row> rows = new ArrayList<>();
    int items = FiscalItem.values().length;
    for (int p = 0; p < account.periods().size(); p++) {
      double[] v = new double[columns.size()];
      for (FiscalItem item : FiscalItem.values()) {
        v[item.ordinal()] = account.value(item, effect, p);
      }
      for (Government g : Government.values()) {
        v[items + g.ordinal()] = account.balance(g, effect, p);
      }
      String label = account.periods().get(p).label();
      rows.add(new FiscalTable.Row(label, label, "period", v));
    }
    double[] v = new double[columns.size()];
    for (FiscalItem item : FiscalItem.values()) {
      v[item.ordinal()] = account.value(item, effect);
    }
    for (Government g : Government.values()) {
      v[items + g.ordinal()] = account.balance(g, effect);
    }
    rows.add(new FiscalTable.Row("horizon", "Horizon", "period", v));
    return new FiscalTable("fiscal_by_period." + effect.key(), "Fiscal by period (" + effect.key() + ")", "period",
        columns, rows, account.notes());
  }

  private static String unit(FiscalAccount account) {
    return "CAD of " + account.taxYear() + (account.hasPeriods() ? " over the horizon" : " per year");
  }

  private static String label(Effect e) {
    return Character.toUpperCase(e.key().charAt(0)) + e.key().substring(1);
  }

  private static String balanceLabel(Government g, FiscalAccount account) {
    return "Balance, " + (g == Government.FEDERAL ? "federal government" : account.province() + " government");
  }
}

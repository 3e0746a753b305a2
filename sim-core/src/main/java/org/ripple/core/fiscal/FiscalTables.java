package org.ripple.core.fiscal;

import java.util.ArrayList;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.uncertainty.Summary;

/**
 * The fiscal account as {@link FiscalTable}s. {@link #summary}: each government's items and its balance row, the
 * governments in the account's order (federal first), one column per effect (the annual effect, or the horizon
 * total). {@link #byPeriod}: one row per period, one column
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
    for (Jurisdiction g : account.governments()) {
      for (FiscalItem item : g.items()) {
        double[] v = new double[columns.size()];
        for (Effect e : Effect.values()) {
          v[e.ordinal()] = account.value(g, item, e);
        }
        rows.add(new FiscalTable.Row(g.key(item), label(account, g, item), "item", v));
      }
      double[] b = new double[columns.size()];
      for (Effect e : Effect.values()) {
        b[e.ordinal()] = account.balance(g, e);
      }
      rows.add(new FiscalTable.Row(g.balanceKey(), g.balanceLabel(), "balance", b));
    }
    return new FiscalTable("fiscal", "Fiscal", "item", columns, rows, account.notes());
  }

  /** One effect period by period, with a last row for the horizon; the account must have periods. */
  public static FiscalTable byPeriod(FiscalAccount account, Effect effect) {
    if (!account.hasPeriods()) {
      throw new IllegalArgumentException("the fiscal account has no periods");
    }
    String unit = "CAD of " + account.taxYear() + " in the period";
    List<FiscalTable.Column> columns = itemColumns(account, unit);
    List<FiscalTable.Row> rows = new ArrayList<>();
    for (int p = 0; p < account.periods().size(); p++) {
      int period = p;
      double[] v = cells(account, columns.size(), (g, item) -> account.value(g, item, effect, period),
          g -> account.balance(g, effect, period));
      String label = account.periods().get(p).label();
      rows.add(new FiscalTable.Row(label, label, "period", v));
    }
    double[] v = cells(account, columns.size(), (g, item) -> account.value(g, item, effect),
        g -> account.balance(g, effect));
    rows.add(new FiscalTable.Row("horizon", "Horizon", "period", v));
    return new FiscalTable("fiscal_by_period." + effect.key(), "Fiscal by period (" + effect.key() + ")", "period",
        columns, rows, account.notes());
  }

  /** The statistics of a band, with their column keys: the point estimate, then what the draws give. */
  public static final List<String> BAND_STATS = List.of("point", "p5", "p50", "p95", "mean", "sd");

  /**
   * The point estimate's items and balances with the draws' P5, P50, P95, mean and standard deviation beside each:
   * the rows of {@link #summary}, a column per effect and statistic ({@code total.p5}); {@code summaries} are the
   * draws' summaries of {@link FiscalDraws}' cells.
   */
  public static FiscalTable bands(FiscalAccount point, Summary[] summaries, int draws) {
    FiscalTable summary = summary(point);
    if (summaries.length != summary.rows().size() * Effect.values().length) {
      throw new IllegalArgumentException(summaries.length + " summaries for " + summary.rows().size() + " rows");
    }
    String unit = unit(point);
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (Effect e : Effect.values()) {
      for (String stat : BAND_STATS) {
        columns.add(new FiscalTable.Column(e.key() + "." + stat, label(e) + " " + statLabel(stat), unit));
      }
    }
    List<FiscalTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < summary.rows().size(); r++) {
      FiscalTable.Row row = summary.rows().get(r);
      double[] v = new double[columns.size()];
      int c = 0;
      for (Effect e : Effect.values()) {
        c = stats(v, c, row.value(e.ordinal()), summaries[FiscalDraws.cell(r, e)]);
      }
      rows.add(new FiscalTable.Row(row.key(), row.label(), row.kind(), v));
    }
    return new FiscalTable("fiscal_bands", "Fiscal bands (" + draws + " draws)", "item", columns, rows, List.of());
  }

  /** Writes a point estimate and its summary at {@code v[k]}, in {@link #BAND_STATS}' order; the next free place. */
  private static int stats(double[] v, int k, double point, Summary s) {
    v[k] = point;
    v[k + 1] = s.p5();
    v[k + 2] = s.p50();
    v[k + 3] = s.p95();
    v[k + 4] = s.mean();
    v[k + 5] = s.sd();
    return k + BAND_STATS.size();
  }

  /** A statistic's label: "point estimate", "P5", ..., "mean", "sd". */
  private static String statLabel(String stat) {
    return stat.equals("point") ? "point estimate"
        : stat.toUpperCase(java.util.Locale.ROOT).replace("MEAN", "mean").replace("SD", "sd");
  }

  /**
   * The point estimate's items and balances period by period ({@link #byPeriod}, total effect: a row per period and
   * the horizon) with the draws' P5, P50, P95, mean and standard deviation beside each: a column per item or balance
   * and statistic ({@code federal.ei_benefits.p5}). {@code summaries} are the draws' summaries of {@link FiscalDraws}'
   * period cells ({@link FiscalDraws#periodCell}), in their order: row after row, a column after another.
   */
  public static FiscalTable periodBands(FiscalAccount point, Summary[] summaries, int draws) {
    return periodBands(point, Effect.TOTAL, summaries, draws);
  }

  /**
   * {@link #periodBands(FiscalAccount, Summary[], int)} of one effect: the point estimate's {@link #byPeriod} of
   * {@code effect} and the draws' summaries of that effect's period cells
   * ({@link FiscalDraws#periodCell(Effect, int, int)}, row after row).
   */
  public static FiscalTable periodBands(FiscalAccount point, Effect effect, Summary[] summaries, int draws) {
    FiscalTable byPeriod = byPeriod(point, effect);
    int width = byPeriod.columns().size();
    if (summaries.length != byPeriod.rows().size() * width) {
      throw new IllegalArgumentException(summaries.length + " summaries for " + byPeriod.rows().size() + " periods");
    }
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (FiscalTable.Column c : byPeriod.columns()) {
      for (String stat : BAND_STATS) {
        columns.add(new FiscalTable.Column(c.key() + "." + stat, c.label() + " " + statLabel(stat), c.unit()));
      }
    }
    List<FiscalTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < byPeriod.rows().size(); r++) {
      FiscalTable.Row row = byPeriod.rows().get(r);
      double[] v = new double[columns.size()];
      int k = 0;
      for (int c = 0; c < width; c++) {
        k = stats(v, k, row.value(c), summaries[r * width + c]);
      }
      rows.add(new FiscalTable.Row(row.key(), row.label(), row.kind(), v));
    }
    return new FiscalTable(effect == Effect.TOTAL ? "fiscal_bands_by_period" : "fiscal_bands_by_period."
        + effect.key(), "Fiscal bands by period (" + draws + " draws)", "period", columns, rows, List.of());
  }

  /** One shock's own items and balances, a row per shock, one column per item and balance, for one effect. */
  public static FiscalTable byShock(FiscalAccount account, Effect effect) {
    String unit = unit(account);
    List<FiscalTable.Column> columns = itemColumns(account, unit);
    List<FiscalTable.Row> rows = new ArrayList<>();
    for (int s = 0; s < account.shocks().size(); s++) {
      int shock = s;
      double[] v = cells(account, columns.size(), (g, item) -> account.value(shock, g, item, effect),
          g -> account.balance(shock, g, effect));
      String name = account.shocks().get(s);
      rows.add(new FiscalTable.Row(name, name, "shock", v));
    }
    return new FiscalTable("fiscal_by_shock." + effect.key(), "Fiscal by shock (" + effect.key() + ")", "shock",
        columns, rows, account.notes());
  }

  /** A column per government's item (the governments in turn), then one per government's balance. */
  private static List<FiscalTable.Column> itemColumns(FiscalAccount account, String unit) {
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (Jurisdiction g : account.governments()) {
      for (FiscalItem item : g.items()) {
        columns.add(new FiscalTable.Column(g.key(item), label(account, g, item), unit));
      }
    }
    for (Jurisdiction g : account.governments()) {
      columns.add(new FiscalTable.Column(g.balanceKey(), g.balanceLabel(), unit));
    }
    return columns;
  }

  /** One row's cells in the order of {@link #itemColumns}: every government's items, then every balance. */
  private static double[] cells(FiscalAccount account, int width,
      java.util.function.ToDoubleBiFunction<Jurisdiction, FiscalItem> value,
      java.util.function.ToDoubleFunction<Jurisdiction> balance) {
    double[] v = new double[width];
    int c = 0;
    for (Jurisdiction g : account.governments()) {
      for (FiscalItem item : g.items()) {
        v[c++] = value.applyAsDouble(g, item);
      }
    }
    for (Jurisdiction g : account.governments()) {
      v[c++] = balance.applyAsDouble(g);
    }
    return v;
  }

  private static String unit(FiscalAccount account) {
    return "CAD of " + account.taxYear() + (account.hasPeriods() ? " over the horizon" : " per year");
  }

  /**
   * A line's label: the government's own, after the province's name when the account has several provinces
   * ("Ontario: Personal income tax"), so that a line says whose it is wherever it is shown.
   */
  static String label(FiscalAccount account, Jurisdiction g, FiscalItem item) {
    boolean several = account.governments().size() > 2;
    return (several && g.level() == Government.PROVINCIAL ? g.name() + ": " : "") + g.label(item);
  }

  private static String label(Effect e) {
    return Character.toUpperCase(e.key().charAt(0)) + e.key().substring(1);
  }
}

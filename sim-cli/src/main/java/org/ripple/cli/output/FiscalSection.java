package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalItem;
import org.ripple.core.fiscal.FiscalTable;
import org.ripple.core.fiscal.FiscalTables;

/**
 * A run's fiscal account as a {@link Document}, written by the document writers of every format: the table "Fiscal"
 * (a row per item and per government's balance, a column per effect; in JSON the array {@code items}, each row with
 * its {@code government}, its {@code item} key, e.g. {@code federal.ei.employer}, its label and one field per
 * effect), with a horizon the table "Fiscal by period" (the total effect period by period and over the horizon; in
 * JSON {@code by_period}, the items nested by government and side: {@code federal.ei.employee}), and the account's
 * notes. The JSON head says whether the account is available, the province (the model's region when not available),
 * the tax year and the unit. An account
 * that is not available is its reason alone: one line under "Fiscal" in the terminal and on the page, the head's
 * {@code reason} in JSON, and no table (none in the CSV or the workbook).
 */
public final class FiscalSection {
  static final String TITLE = "Fiscal";

  private FiscalSection() {}

  /** The document of {@code account}. */
  public static Document of(FiscalAccount account) {
    return of(account, null);
  }

  /**
   * The document of {@code account}, with the Monte Carlo bands of its items beside the point estimate when
   * {@code bands} is not null ({@link FiscalTables#bands}: the table "Fiscal bands", in JSON {@code bands}).
   */
  public static Document of(FiscalAccount account, FiscalTable bands) {
    List<JsonField> head = new ArrayList<>();
    head.add(new JsonField("available", account.available()));
    head.add(JsonField.text(account.available() ? "province" : "region", account.province()));
    head.add(new JsonField("tax_year", account.taxYear()));
    List<Document.Section> sections = new ArrayList<>();
    if (!account.available()) {
      head.add(JsonField.text("reason", String.join("; ", account.notes())));
      sections.add(new Document.NotesSection(TITLE, null, account.notes()));
      return new Document(TITLE, List.of(), head, sections);
    }
    FiscalTable summary = FiscalTables.summary(account);
    String unit = summary.columns().get(0).unit();
    head.add(JsonField.text("unit", unit + "; revenue lost and benefits paid negative"));
    sections.add(summary(summary, unit));
    if (bands != null) {
      sections.add(bands(bands, unit));
    }
    if (account.hasPeriods()) {
      sections.add(byPeriod(FiscalTables.byPeriod(account, Effect.TOTAL), account.taxYear(), account.province()));
    }
    if (!account.shocks().isEmpty()) {
      sections.add(byShock(FiscalTables.byShock(account, Effect.TOTAL), account.province()));
    }
    sections.add(new Document.NotesSection("Fiscal notes", "notes", account.notes()));
    return new Document(TITLE, List.of(), head, sections);
  }

  /** Items and balances by effect: government, item key, kind, label, then the effects. */
  private static Document.TableSection summary(FiscalTable t, String unit) {
    Table table = itemTable(t, TITLE, "Fiscal account: " + unit + "; revenue lost and benefits paid negative");
    List<TextLayout.Col> shown = new ArrayList<>();
    for (int c = 0; c < t.columns().size(); c++) {
      shown.add(TextLayout.Col.of(ITEM_COLUMNS + c, Figures.effectName(Effect.values()[c]), TextLayout.Shown.GROUPED,
          0, 16).unit("CAD"));
    }
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, 60, 0), shown)
        .headed(TITLE + " (" + unit + "; revenue lost and benefits paid negative)");
    return new Document.TableSection(table, "items", true, layout, true);
  }

  /** The text columns of a table of items: government, item key, kind, label. */
  private static final int ITEM_COLUMNS = 4;

  /** A table a row per item and balance: its government, key, kind and label, then the fiscal table's values. */
  private static Table itemTable(FiscalTable t, String name, String title) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("Government").keyed("government"),
        Column.text("Item").keyed("item"), Column.text("Kind").keyed("kind"), Column.text("Label").keyed("label")));
    for (FiscalTable.Column c : t.columns()) {
      columns.add(new Column(c.label() + " (CAD)", Column.Kind.MONEY, c.key()));
    }
    Table.Builder b = Table.builder(name, title, columns.toArray(new Column[0]));
    for (FiscalTable.Row r : t.rows()) {
      Object[] cells = new Object[columns.size()];
      cells[0] = government(r.key());
      cells[1] = r.key();
      cells[2] = r.kind();
      cells[3] = r.label();
      for (int c = 0; c < t.columns().size(); c++) {
        cells[ITEM_COLUMNS + c] = r.value(c);
      }
      b.row(cells);
    }
    return b.build();
  }

  /**
   * The point estimate and the draws' P5, P50, P95, mean and sd of each item and balance, by effect (in JSON the
   * array {@code bands}, each row's effects nested: {@code total.p5}); the terminal shows the total effect.
   */
  private static Document.TableSection bands(FiscalTable t, String unit) {
    Table table = itemTable(t, "Fiscal bands", t.title() + ": " + unit + "; the point estimate, then the draws' P5, "
        + "P50, P95, mean and standard deviation of each item");
    int first = ITEM_COLUMNS;
    List<TextLayout.Col> shown = new ArrayList<>();
    String[] headings = {"Point estimate", "P5", "P50", "P95"};
    for (int k = 0; k < headings.length; k++) {
      int c = first + t.columns().size() - FiscalTables.BAND_STATS.size() + k; // the total effect's columns
      shown.add(TextLayout.Col.of(c, headings[k], TextLayout.Shown.GROUPED, 0, 16).unit("CAD"));
    }
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, 60, 0), shown)
        .headed(t.title() + ", total effect (" + unit + ")");
    return new Document.TableSection(table, "bands", true, layout, true);
  }

  /**
   * Each shock's own items and balances, total effect (they add to the scenario's, the rules being linear in the
   * shocks; in JSON {@code by_shock}, each row's items nested by government and side); the terminal shows the two
   * balances.
   */
  private static Document.TableSection byShock(FiscalTable t, String province) {
    String unit = t.columns().get(0).unit();
    return sliceRows(t, "Shock", "Fiscal by shock", "Fiscal account by shock, total effect: " + unit, false, province,
        44, "Fiscal by shock (total effect; " + unit + ")", "by_shock");
  }

  /**
   * A table a row per slice (period, shock, variant): its label, then every item and balance with the columns
   * grouped by government (so that JSON nests each government's fields in one object); the terminal shows EI
   * benefits paid (with {@code benefits}) and the two balances.
   */
  private static Document.TableSection sliceRows(FiscalTable t, String rowHeading, String name, String title,
      boolean benefits, String province, int labelMax, String heading, String jsonKey) {
    List<Integer> order = governmentOrder(t);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(rowHeading).keyed(Document.key(rowHeading)));
    for (int c : order) {
      FiscalTable.Column col = t.columns().get(c);
      columns.add(new Column(col.label() + " (CAD)", Column.Kind.MONEY, col.key()));
    }
    Table.Builder b = Table.builder(name, title + "; revenue lost and benefits paid negative",
        columns.toArray(new Column[0]));
    for (FiscalTable.Row r : t.rows()) {
      Object[] cells = new Object[columns.size()];
      cells[0] = r.label();
      for (int k = 0; k < order.size(); k++) {
        cells[1 + k] = r.value(order.get(k));
      }
      b.row(cells);
    }
    List<TextLayout.Col> shown = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      String key = t.columns().get(order.get(k)).key();
      if (benefits && key.equals(FiscalItem.EI_BENEFITS.key())) {
        shown.add(TextLayout.Col.of(1 + k, "EI benefits paid", TextLayout.Shown.GROUPED, 0, 18).unit("CAD"));
      } else if (key.endsWith(".balance")) {
        shown.add(TextLayout.Col.of(1 + k, (key.startsWith("federal") ? "Federal" : province) + " balance",
            TextLayout.Shown.GROUPED, 0, 20).unit("CAD"));
      }
    }
    String label = rowHeading.equals("Variant") ? "" : rowHeading;
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, label, label.isEmpty() ? 12 : 8,
        labelMax, 0), shown).headed(heading);
    return new Document.TableSection(b.build(), jsonKey, true, layout, true);
  }

  /** The columns of a table of items and balances, grouped by government (so that JSON nests each in one object). */
  private static List<Integer> governmentOrder(FiscalTable t) {
    List<Integer> order = new ArrayList<>();
    List<String> governments = new ArrayList<>();
    for (FiscalTable.Column c : t.columns()) {
      String g = government(c.key());
      if (!governments.contains(g)) {
        governments.add(g);
      }
    }
    for (String g : governments) {
      for (int c = 0; c < t.columns().size(); c++) {
        if (government(t.columns().get(c).key()).equals(g)) {
          order.add(c);
        }
      }
    }
    return order;
  }

  /**
   * One effect period by period: the period, then each government's items and its balance (columns grouped by
   * government, so that JSON nests each government's fields in one object); the terminal shows EI benefits and the
   * balances.
   */
  private static Document.TableSection byPeriod(FiscalTable t, int taxYear, String province) {
    return sliceRows(t, "Period", "Fiscal by period", "Fiscal account by period, total effect: "
        + t.columns().get(0).unit(), true, province, 20, "Fiscal by period (total effect; CAD of " + taxYear
        + " in the period)", "by_period");
  }

  /**
   * The fiscal accounts of scenarios side by side ({@code ripple compare}, the comparison page: the first is the
   * baseline and {@code differences} adds each later one minus it; {@code ripple sweep}: one column a variant, no
   * differences), total effect: a row per item and per government's balance, a column per scenario (the terminal, the
   * workbook and the page), the CSV a row per scenario, item and effect ({@code
   * scenario,government,item,kind,label,effect,value[,difference_from_baseline]}) and the notes. JSON carries the
   * figures in each scenario's object ({@link #jsonColumns}). A difference is not available where either account is
   * not, or where their tax years differ. When no account is available, the section is the reason alone ("Fiscal"
   * and one line), as in a run.
   */
  public static Document comparison(List<String> names, List<FiscalAccount> accounts, boolean differences) {
    if (names.size() != accounts.size() || names.isEmpty()) {
      throw new IllegalArgumentException(names.size() + " names for " + accounts.size() + " fiscal accounts");
    }
    List<Document.Section> sections = new ArrayList<>();
    FiscalAccount first = firstAvailable(accounts);
    if (first == null) {
      sections.add(new Document.NotesSection(TITLE, "fiscal_notes", distinctNotes(accounts)));
      return new Document(TITLE, List.of(), List.of(), sections);
    }
    FiscalTable rows = FiscalTables.summary(first);
    String unit = rows.columns().get(0).unit();
    int n = accounts.size();
    boolean diff = differences && n > 1;
    List<Column> columns = new ArrayList<>(List.of(Column.text("Government").keyed("government"),
        Column.text("Item").keyed("item"), Column.text("Kind").keyed("kind"), Column.text("Label").keyed("label")));
    for (String name : names) {
      columns.add(Column.money(name + " (CAD)"));
    }
    if (diff) {
      for (int c = 1; c < n; c++) {
        columns.add(Column.money(names.get(c) + " minus " + names.get(0) + " (CAD)"));
      }
    }
    Table.Builder b = Table.builder(TITLE, "Fiscal account, total effect: " + unit + "; revenue lost and benefits "
        + "paid negative" + (diff ? "; the columns after the scenarios are each minus the baseline, " + names.get(0)
        : ""), columns.toArray(new Column[0]));
    for (int r = 0; r < rows.rows().size(); r++) {
      FiscalTable.Row row = rows.rows().get(r);
      Object[] cells = new Object[columns.size()];
      cells[0] = government(row.key());
      cells[1] = row.key();
      cells[2] = row.kind();
      cells[3] = row.label();
      for (int c = 0; c < n; c++) {
        cells[4 + c] = value(accounts.get(c), r, Effect.TOTAL);
        if (diff && c > 0) {
          cells[4 + n + c - 1] = difference(accounts, c, r, Effect.TOTAL);
        }
      }
      b.row(cells);
    }
    Table wide = b.build();
    if (differences) {
      int w = 16;
      for (String name : names) {
        w = Math.max(w, Math.min(32, name.length() + 2));
      }
      List<String> headings = Names.shortened(names, w - 2);
      sections.add(new Document.TableSection(wide, "", false, wideLayout(headings, 0, 4, w)
          .headed(TITLE + " (total effect; " + unit + "; revenue lost and benefits paid negative)"), true));
      if (diff) {
        sections.add(Document.TableSection.terminal(wide, wideLayout(headings, 1, 4 + n, w)
            .headed(TITLE + ", difference from " + names.get(0) + " (total effect; " + unit + ")")));
      }
    } else {
      sections.add(variantRows(names, accounts, rows, unit, first.province()));
    }
    List<Column> longColumns = new ArrayList<>(List.of(Column.text("Scenario").keyed("scenario"),
        Column.text("Government").keyed("government"), Column.text("Item").keyed("item"),
        Column.text("Kind").keyed("kind"), Column.text("Label").keyed("label"), Column.text("Effect").keyed("effect"),
        Column.money("Value").keyed("value")));
    if (differences) {
      longColumns.add(Column.money("Difference").keyed("difference_from_baseline"));
    }
    Table.Builder l = Table.builder("Fiscal rows", "", longColumns.toArray(new Column[0]));
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < rows.rows().size(); r++) {
        FiscalTable.Row row = rows.rows().get(r);
        for (Effect e : Effect.values()) {
          List<Object> cells = new ArrayList<>(List.of(names.get(c), government(row.key()), row.key(), row.kind(),
              row.label(), e.key(), value(accounts.get(c), r, e)));
          if (differences) {
            cells.add(difference(accounts, c, r, e));
          }
          l.row(cells.toArray());
        }
      }
    }
    sections.add(Document.TableSection.csvOnly(l.build()));
    List<String> notes = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (!accounts.get(c).available()) {
        notes.add(names.get(c) + ": " + String.join("; ", accounts.get(c).notes()));
      } else if (accounts.get(c).taxYear() != first.taxYear()) {
        notes.add(names.get(c) + ": tax year " + accounts.get(c).taxYear() + ", not " + first.taxYear() + " (its "
            + "figures are in CAD of " + accounts.get(c).taxYear() + "; its differences are not available)");
      }
    }
    notes.addAll(sharedNotes(names, accounts));
    sections.add(new Document.NotesSection("Fiscal notes", "fiscal_notes", notes));
    return new Document(TITLE, List.of(), List.of(), sections);
  }

  /**
   * A sweep's variants, one row each: every item and balance of the total effect (the workbook and the page); the
   * terminal shows EI benefits paid and the two balances.
   */
  private static Document.TableSection variantRows(List<String> names, List<FiscalAccount> accounts,
      FiscalTable rows, String unit, String province) {
    List<FiscalTable.Column> columns = new ArrayList<>();
    for (FiscalTable.Row row : rows.rows()) {
      columns.add(new FiscalTable.Column(row.key(), row.label(), unit));
    }
    List<FiscalTable.Row> variants = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      double[] v = new double[columns.size()];
      for (int r = 0; r < v.length; r++) {
        v[r] = value(accounts.get(c), r, Effect.TOTAL);
      }
      variants.add(new FiscalTable.Row(names.get(c), names.get(c), "variant", v));
    }
    FiscalTable t = new FiscalTable("fiscal", TITLE, "variant", columns, variants, List.of());
    Document.TableSection s = sliceRows(t, "Variant", TITLE, "Fiscal account of each variant, total effect: " + unit,
        true, province, 44, TITLE + " (total effect; " + unit + "; revenue lost and benefits paid negative)", "");
    return new Document.TableSection(s.table(), "", false, s.layout(), true);
  }

  /** The scenarios from {@code from} on, in the wide table's columns from {@code first}. */
  private static TextLayout wideLayout(List<String> headings, int from, int first, int w) {
    List<TextLayout.Col> cols = new ArrayList<>();
    for (int c = from; c < headings.size(); c++) {
      cols.add(TextLayout.Col.of(first + c - from, headings.get(c), TextLayout.Shown.GROUPED, 0, w).unit("CAD"));
    }
    return new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, 60, 0), cols);
  }

  /**
   * The JSON fields of each scenario's (or variant's) fiscal account, as columns of a report's table of scenarios:
   * {@code fiscal.available}, {@code fiscal.tax_year}, {@code fiscal.reason} (null when available) and, when any
   * account is available, every item and balance by effect nested by government and side
   * ({@code fiscal.federal.ei.employer.total}), then with {@code differences} the same less the baseline's under
   * {@code fiscal.difference_from_baseline}.
   */
  public static List<Column> jsonColumns(List<FiscalAccount> accounts, boolean differences) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("Fiscal account available").keyed("fiscal.available")
        .json(Column.Json.BOOLEAN), Column.ratio("Tax year").keyed("fiscal.tax_year"),
        Column.text("Fiscal account not available because").keyed("fiscal.reason")));
    FiscalAccount first = firstAvailable(accounts);
    if (first == null) {
      return cols;
    }
    List<String> prefixes = new ArrayList<>(List.of("fiscal."));
    if (differences) {
      prefixes.add("fiscal.difference_from_baseline.");
    }
    for (String prefix : prefixes) {
      for (FiscalTable.Row row : FiscalTables.summary(first).rows()) {
        for (Effect e : Effect.values()) {
          cols.add(Column.money(row.label()).keyed(prefix + row.key() + "." + e.key()));
        }
      }
    }
    return cols;
  }

  /** The cells of {@link #jsonColumns} for scenario {@code c}. */
  public static List<Object> jsonCells(List<FiscalAccount> accounts, int c, boolean differences) {
    FiscalAccount a = accounts.get(c);
    List<Object> cells = new ArrayList<>(List.of(Boolean.toString(a.available()), (double) a.taxYear()));
    cells.add(a.available() ? null : String.join("; ", a.notes()));
    FiscalAccount first = firstAvailable(accounts);
    if (first == null) {
      return cells;
    }
    int rows = FiscalTables.summary(first).rows().size();
    for (int pass = 0; pass < (differences ? 2 : 1); pass++) {
      for (int r = 0; r < rows; r++) {
        for (Effect e : Effect.values()) {
          cells.add(pass == 0 ? value(a, r, e) : difference(accounts, c, r, e));
        }
      }
    }
    return cells;
  }

  /** Row r of an account's {@link FiscalTables#summary} in an effect; NaN when not available. */
  private static double value(FiscalAccount a, int r, Effect e) {
    return a.available() ? FiscalTables.summary(a).rows().get(r).value(e.ordinal()) : Double.NaN;
  }

  /** Scenario c minus the baseline; NaN when either is not available or their tax years differ. */
  private static double difference(List<FiscalAccount> accounts, int c, int r, Effect e) {
    FiscalAccount a = accounts.get(c);
    FiscalAccount base = accounts.get(0);
    if (!a.available() || !base.available() || a.taxYear() != base.taxYear()) {
      return Double.NaN;
    }
    return value(a, r, e) - value(base, r, e);
  }

  private static FiscalAccount firstAvailable(List<FiscalAccount> accounts) {
    for (FiscalAccount a : accounts) {
      if (a.available()) {
        return a;
      }
    }
    return null;
  }

  /**
   * The available accounts' notes: a note every one of them has once, as it is; a note only some have, once for
   * each, after the scenario's name.
   */
  private static List<String> sharedNotes(List<String> names, List<FiscalAccount> accounts) {
    List<String> out = new ArrayList<>();
    List<FiscalAccount> available = new ArrayList<>();
    for (FiscalAccount a : accounts) {
      if (a.available()) {
        available.add(a);
      }
    }
    for (int c = 0; c < accounts.size(); c++) {
      FiscalAccount a = accounts.get(c);
      if (!a.available()) {
        continue;
      }
      for (String note : a.notes()) {
        boolean everywhere = true;
        for (FiscalAccount other : available) {
          everywhere &= other.notes().contains(note);
        }
        String line = everywhere ? note : names.get(c) + ": " + note;
        if (!out.contains(line)) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** Every account's notes once each, in the order they first appear. */
  private static List<String> distinctNotes(List<FiscalAccount> accounts) {
    java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();
    for (FiscalAccount a : accounts) {
      notes.addAll(a.notes());
    }
    return new ArrayList<>(notes);
  }

  /** The government of an item or balance key: its first part ({@code federal}, {@code provincial}). */
  private static String government(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}

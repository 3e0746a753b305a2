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
import org.ripple.core.fiscal.Jurisdiction;

/**
 * A run's fiscal account as a {@link Document}, written by the document writers of every format: the table "Fiscal"
 * (a row per item and per government's balance, a column per effect; in JSON the array {@code items}, each row with
 * its {@code government}, its {@code item} key, e.g. {@code federal.ei.employer}, its label and one field per
 * effect), with a horizon the table "Fiscal by period" (the total effect period by period and over the horizon; in
 * JSON {@code by_period}, the items nested by government and side: {@code federal.ei.employee}, with the direct,
 * indirect and induced effects' beside them: {@code direct.federal.ei.employee}) and the table "Fiscal by period and
 * effect" (CSV, workbook and page: a row per period and effect), and the account's notes. The JSON head says
 * whether the account is available, the province (the provinces' names joined with ", " when the account has several;
 * the model's region when not available), the tax year and the unit. Each government
 * that has an account has its rows (its items and its balance) in every table: with one province its keys are
 * {@code federal.*} and {@code provincial.*}, with several each province's are under its jurisdiction
 * ({@code ontario.payroll_tax.employer}). An account
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
    return of(account, bands, null);
  }

  /**
   * The document of {@code account} with its Monte Carlo bands ({@code bands}, or null) and, with a horizon, its
   * bands period by period ({@code periodBands}: {@link FiscalTables#periodBands}, the table "Fiscal bands by
   * period", in JSON {@code bands_by_period}; or null).
   */
  public static Document of(FiscalAccount account, FiscalTable bands, FiscalTable periodBands) {
    return of(account, bands, periodBands, null);
  }

  /**
   * {@link #of(FiscalAccount, FiscalTable, FiscalTable)} with, beside the total effect's bands by period, those of
   * the direct, indirect and induced effects ({@code periodBandsParts}, in that order, each
   * {@link FiscalTables#periodBands(FiscalAccount, Effect, org.ripple.core.uncertainty.Summary[], int)}; or null):
   * in JSON each {@code bands_by_period} row's {@code direct}, {@code indirect} and {@code induced}, and the table
   * "Fiscal bands, period and effect" (CSV, workbook).
   */
  public static Document of(FiscalAccount account, FiscalTable bands, FiscalTable periodBands,
      List<FiscalTable> periodBandsParts) {
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
    List<Table> points = new ArrayList<>();
    List<Table> bandTables = new ArrayList<>();
    if (account.hasPeriods()) {
      for (Effect e : Effect.values()) {
        points.add(byPeriod(FiscalTables.byPeriod(account, e), account.taxYear(), account.governments()).table());
      }
      Document.TableSection shown = byPeriod(FiscalTables.byPeriod(account, Effect.TOTAL), account.taxYear(),
          account.governments());
      sections.add(withoutJson(shown));
      sections.add(Document.TableSection.jsonOnly(withEffects(shown.table(), points), "by_period"));
      if (periodBands != null) {
        List<Document.Section> shownBands = periodBands(periodBands, account.taxYear(), account.governments());
        if (periodBandsParts == null) {
          sections.addAll(shownBands);
        } else {
          Document.TableSection rows = (Document.TableSection) shownBands.get(0);
          for (FiscalTable part : periodBandsParts) {
            bandTables.add(bandRows(part, account.governments()).table());
          }
          bandTables.add(rows.table());
          sections.add(withoutJson(rows));
          sections.add(Document.TableSection.jsonOnly(withEffects(rows.table(), bandTables), "bands_by_period"));
          sections.addAll(shownBands.subList(1, shownBands.size()));
        }
      }
    }
    if (!account.shocks().isEmpty()) {
      sections.add(byShock(FiscalTables.byShock(account, Effect.TOTAL), account.governments()));
    }
    if (account.hasPeriods()) {
      sections.add(byEffect("Fiscal by period and effect", "Fiscal account by period and effect: "
          + FiscalTables.byPeriod(account, Effect.TOTAL).columns().get(0).unit(), points));
      if (!bandTables.isEmpty()) {
        sections.add(byEffect("Fiscal bands, period and effect", periodBands.title() + ", by period and effect: "
            + FiscalTables.byPeriod(account, Effect.TOTAL).columns().get(0).unit() + "; the point estimate, then "
            + "the draws' P5, P50, P95, mean and standard deviation of each item", bandTables));
      }
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
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, LABEL_MAX, 0), shown)
        .headed(TITLE + " (" + unit + "; revenue lost and benefits paid negative)");
    return new Document.TableSection(table, "items", true, layout, true);
  }

  /** The widest label of an item row in the terminal ("Newfoundland and Labrador: HST, provincial part ..."). */
  static final int LABEL_MAX = 80;

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
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, LABEL_MAX, 0), shown)
        .headed(t.title() + ", total effect (" + unit + ")");
    return new Document.TableSection(table, "bands", true, layout, true);
  }

  /**
   * Each shock's own items and balances, total effect (they add to the scenario's, the rules being linear in the
   * shocks; in JSON {@code by_shock}, each row's items nested by government and side); the terminal shows the two
   * balances.
   */
  private static Document.TableSection byShock(FiscalTable t, List<Jurisdiction> governments) {
    String unit = t.columns().get(0).unit();
    return sliceRows(t, "Shock", "Fiscal by shock", "Fiscal account by shock, total effect: " + unit, false,
        governments, 44, "Fiscal by shock (total effect; " + unit + (governments.size() > 2 ? "; each government's "
        + "balance" : "") + ")", "by_shock");
  }

  /**
   * A table a row per slice (period, shock, variant): its label, then every item and balance with the columns
   * grouped by government (so that JSON nests each government's fields in one object); the terminal shows EI
   * benefits paid (with {@code benefits}) and each government's balance (headed "Federal balance", "Quebec balance"
   * with one province; with several, a narrower column headed by the government's name alone).
   */
  static Document.TableSection sliceRows(FiscalTable t, String rowHeading, String name, String title,
      boolean benefits, List<Jurisdiction> governments, int labelMax, String heading, String jsonKey) {
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
        Jurisdiction g = governments.stream().filter(j -> j.balanceKey().equals(key)).findFirst().orElseThrow();
        boolean several = governments.size() > 2;
        String head = several ? g.shortName() : g.shortName() + " balance";
        shown.add(TextLayout.Col.of(1 + k, head, TextLayout.Shown.GROUPED, 0, several ? Math.max(14,
            head.length() + 2) : 20).unit("CAD"));
      }
    }
    String label = rowHeading.equals("Variant") ? "" : rowHeading;
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, label, label.isEmpty() ? 12 : 8,
        labelMax, 0), shown).headed(heading);
    return new Document.TableSection(b.build(), jsonKey, true, layout, true);
  }

  /**
   * The columns with which a run's JSON puts one slice's fiscal figures into that slice's own entry (each shock's in
   * {@code shocks}, each period's in {@code timeline}): {@code fiscal}, the slice's items and balances, total effect,
   * nested by government and side as in {@code by_shock} and {@code by_period}, whose figures they are.
   */
  static List<Column> entryColumns(FiscalTable t) {
    List<Column> columns = new ArrayList<>();
    for (int c : governmentOrder(t)) {
      FiscalTable.Column col = t.columns().get(c);
      columns.add(new Column(col.label() + " (CAD)", Column.Kind.MONEY, "fiscal." + col.key()));
    }
    return columns;
  }

  /** Row {@code r} of {@code t} as the cells of {@link #entryColumns}. */
  static void addEntryCells(List<Object> cells, FiscalTable t, int r) {
    FiscalTable.Row row = t.rows().get(r);
    for (int c : governmentOrder(t)) {
      cells.add(row.value(c));
    }
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
  private static Document.TableSection byPeriod(FiscalTable t, int taxYear, List<Jurisdiction> governments) {
    return sliceRows(t, "Period", "Fiscal by period", "Fiscal account by period, total effect: "
        + t.columns().get(0).unit(), true, governments, 20, "Fiscal by period (total effect; CAD of " + taxYear
        + (governments.size() > 2 ? " in the period; each government's balance" : " in the period")
        + "; each effect in the JSON, the CSV and the workbook)",
        "by_period");
  }

  /** The effects other than the total, whose period figures JSON nests beside the total's. */
  private static final Effect[] PARTS = {Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED};

  /** The same section without its JSON (which a {@link #withEffects} table gives in its place). */
  private static Document.TableSection withoutJson(Document.TableSection s) {
    return new Document.TableSection(s.table(), "", s.csv(), s.layout(), s.sheet(), s.group(), s.page());
  }

  /**
   * A JSON table of slices (periods): the rows of {@code total} (its first column the slice, then its figures, total
   * effect) with, after its fields, the same figures of the direct, indirect and induced effects
   * ({@code byEffect}'s first three tables, in {@link Effect}'s order, each shaped as {@code total}), each an object
   * of its effect nested as the total's are ({@code direct.federal.ei.employee}).
   */
  private static Table withEffects(Table total, List<Table> byEffect) {
    List<Column> columns = new ArrayList<>(total.columns());
    for (int k = 0; k < PARTS.length; k++) {
      List<Column> own = byEffect.get(k).columns();
      for (int c = 1; c < own.size(); c++) {
        Column col = own.get(c);
        columns.add(new Column(Figures.effectName(PARTS[k]) + ": " + col.header(), col.kind(),
            PARTS[k].key() + "." + col.key()));
      }
    }
    Table.Builder b = Table.builder(total.name(), total.title(), columns.toArray(new Column[0]));
    for (int r = 0; r < total.rowCount(); r++) {
      List<Object> cells = new ArrayList<>(java.util.Arrays.asList(total.row(r)));
      for (int k = 0; k < PARTS.length; k++) {
        Object[] own = byEffect.get(k).row(r);
        cells.addAll(java.util.Arrays.asList(own).subList(1, own.length));
      }
      b.row(cells.toArray());
    }
    return b.build();
  }

  /**
   * A table a row per slice (period, then the horizon) and effect (direct, indirect, induced, total): the slice, the
   * effect, then the figures of {@code byEffect} (one table an effect, in {@link Effect}'s order, each its first
   * column the slice): the CSV's table {@code period,effect,federal.income_tax,...}, a sheet and a page table.
   * JSON has the same figures in its {@link #withEffects} table and the terminal shows the total alone.
   */
  private static Document.TableSection byEffect(String name, String title, List<Table> byEffect) {
    Table first = byEffect.get(0);
    List<Column> columns = new ArrayList<>(List.of(Column.text("Period").keyed("period"),
        Column.text("Effect").keyed("effect")));
    columns.addAll(first.columns().subList(1, first.columns().size()));
    Table.Builder b = Table.builder(name, title + "; revenue lost and benefits paid negative",
        columns.toArray(new Column[0]));
    for (int r = 0; r < first.rowCount(); r++) {
      for (Effect e : Effect.values()) {
        Object[] own = byEffect.get(e.ordinal()).row(r);
        Object[] cells = new Object[columns.size()];
        cells[0] = own[0];
        cells[1] = e.key();
        System.arraycopy(own, 1, cells, 2, own.length - 1);
        b.row(cells);
      }
    }
    return new Document.TableSection(b.build(), "", true, null, true);
  }

  /** One effect's bands by period as the rows of "Fiscal bands by period" (the period, then the statistics). */
  private static Document.TableSection bandRows(FiscalTable t, List<Jurisdiction> governments) {
    return sliceRows(t, "Period", "Fiscal bands by period", t.title(), false, governments, 20, "",
        "bands_by_period");
  }

  /**
   * Each period's items and balances, total effect: the point estimate and the draws' P5, P50, P95, mean and sd (in
   * JSON {@code bands_by_period}, a row a period then the horizon, each item nested by government and side with its
   * statistics: {@code federal.ei_benefits.p5}; a sheet and a CSV table); the terminal shows P5, P50 and P95 of the
   * two balances, the page (a table of its own) P5, P50 and P95 of EI benefits paid and of the two balances.
   */
  private static List<Document.Section> periodBands(FiscalTable t, int taxYear, List<Jurisdiction> governments) {
    Document.TableSection rows = sliceRows(t, "Period", "Fiscal bands by period", t.title() + ", total effect: "
        + t.columns().get(0).unit() + "; the point estimate, then the draws' P5, P50, P95, mean and standard "
        + "deviation of each item", false, governments, 20, "", "bands_by_period");
    Table table = rows.table();
    List<TextLayout.Col> shown = new ArrayList<>();
    List<String> pageKeys = new ArrayList<>();
    List<String> pageHeaders = new ArrayList<>();
    for (int c = 1; c < table.columns().size(); c++) {
      String key = table.columns().get(c).key();
      for (String stat : List.of("p5", "p50", "p95")) {
        String upper = stat.toUpperCase(java.util.Locale.ROOT);
        Jurisdiction g = governments.stream().filter(j -> key.equals(j.balanceKey() + "." + stat)).findFirst()
            .orElse(null);
        if (g != null) {
          String heading = g.shortName() + " " + upper;
          shown.add(TextLayout.Col.of(c, heading, TextLayout.Shown.GROUPED, 0, 16).unit("CAD"));
          pageKeys.add(key);
          pageHeaders.add(heading.replace(" P", " balance P"));
        } else if (key.equals(FiscalItem.EI_BENEFITS.key() + "." + stat)) {
          pageKeys.add(key);
          pageHeaders.add("EI benefits paid " + upper);
        }
      }
    }
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0}, "Period", 8, 20, 0), shown)
        .headed(t.title() + ", balances (total effect; CAD of " + taxYear + " in the period)");
    Table page = table.select(table.name(), "", pageKeys, pageHeaders, false);
    return List.of(new Document.TableSection(table, "bands_by_period", true, layout, true, Document.JsonGroup.NONE,
        null), Document.TableSection.pageOnly(page, new Document.Page("fiscal-bands-by-period", "Fiscal bands by "
            + "period", t.title() + ", total effect: the draws' P5, P50 and P95 of EI benefits paid and of each "
            + "government's balance, CAD of " + taxYear + " in the period; revenue lost and benefits paid negative. "
            + "The workbook and the CSV have every item, with the point estimate, the mean and the standard "
            + "deviation.")));
  }

  /** The government of an item or balance key: its first part ({@code federal}, {@code provincial}). */
  static String government(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}

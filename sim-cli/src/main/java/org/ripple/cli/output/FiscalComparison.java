package org.ripple.cli.output;

import static org.ripple.cli.output.FiscalSection.TITLE;
import static org.ripple.cli.output.FiscalSection.government;
import static org.ripple.cli.output.FiscalSection.sliceRows;

import java.util.ArrayList;
import java.util.List;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.core.Effect;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalTable;
import org.ripple.core.fiscal.FiscalTables;
import org.ripple.core.fiscal.Jurisdiction;

/**
 * The fiscal accounts of several scenarios or variants side by side, as {@link FiscalSection} writes one run's:
 * {@code ripple compare} and the comparison page (with each scenario's difference from the baseline), and
 * {@code ripple sweep} (one column a variant).
 */
public final class FiscalComparison {
  private FiscalComparison() {}

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
  public static Document of(List<String> names, List<FiscalAccount> accounts, boolean differences) {
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
      sections.add(variantRows(names, accounts, rows, unit, first.governments()));
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
      FiscalTable rows, String unit, List<Jurisdiction> governments) {
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
        true, governments, 44, TITLE + " (total effect; " + unit + "; revenue lost and benefits paid negative)", "");
    return new Document.TableSection(s.table(), "", false, s.layout(), true);
  }

  /** The scenarios from {@code from} on, in the wide table's columns from {@code first}. */
  private static TextLayout wideLayout(List<String> headings, int from, int first, int w) {
    List<TextLayout.Col> cols = new ArrayList<>();
    for (int c = from; c < headings.size(); c++) {
      cols.add(TextLayout.Col.of(first + c - from, headings.get(c), TextLayout.Shown.GROUPED, 0, w).unit("CAD"));
    }
    return new TextLayout("  ", new TextLayout.Label(new int[] {3}, "", 10, FiscalSection.LABEL_MAX, 0), cols);
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
}

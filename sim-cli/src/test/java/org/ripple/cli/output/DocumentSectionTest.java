package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.output.html.DocumentPage;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.core.impact.Multipliers;

/**
 * A section added to a report's document appears in every format, written by the one writer of each format: the
 * terminal table, the CSV, the JSON, the workbook and the HTML page. The added table's numbers are hand-picked so
 * each format's rounding can be checked: 1234.5 jobs (terminal and HTML: 1,235 grouped; CSV and JSON exact), 0.125
 * (a ratio: 0.1250), and a figure not available (n/a, an empty cell, null).
 */
class DocumentSectionTest {
  @TempDir
  Path tmp;

  private static Document withAddedSection() {
    ReportFixture f = ReportFixture.flagship();
    Document base = new MultipliersReport(Multipliers.of(f.result().system()), f.meta()).document();
    Table added = Table.builder("Linkages", "Backward linkages (test section)",
        Column.text("Code").keyed("code"), Column.jobs("Jobs").keyed("jobs"), Column.ratio("Ratio").keyed("ratio"))
        .row("X1", 1234.5, 0.125).row("X2", Double.NaN, -2.0).build();
    return base.with(Document.TableSection.of(added))
        .with(new Document.NotesSection("Linkage notes", "", List.of("an added note")));
  }

  /**
   * Each way the terminal shows a cell, on a hand-made table: a label of two columns cut with a tilde at 10
   * characters, a row of units without trailing blanks, fixed decimals, millions grouped, a percent with its sign, a flag, a figure as its row's measure
   * shows it (jobs whole, money in millions), a figure not available, and a last column written as it is.
   */
  @Test
  void aLaidOutTableShowsEachCellAsItsColumnSays() {
    Table t = Table.builder("Laid out", "", Column.text("Code"), Column.text("Name"), Column.ratio("Ratio"),
        Column.money("Money"), Column.ratio("Share"), Column.text("Flag"), Column.text("Measure"),
        Column.money("Figure"), Column.text("Path"))
        .row("A", "Alpha", 1.23456, 2_345_678.0, 0.6871, "true", "jobs", -1234.4, "A -> B")
        .row("BB", "A long name", Double.NaN, -60_000.0, 0.0004, "false", "output", -2_345_678.0, "B").build();
    TextLayout layout = new TextLayout("  ", new TextLayout.Label(new int[] {0, 1}, "Sector", 6, 10, 0), List.of(
        TextLayout.Col.of(2, "Ratio", TextLayout.Shown.FIXED, 2, 7).unit("per"),
        TextLayout.Col.of(3, "Money", TextLayout.Shown.MILLIONS, 1, 7).unit("M"),
        TextLayout.Col.of(4, "Share", TextLayout.Shown.PERCENT_SIGN, 1, 7),
        TextLayout.Col.of(5, "Key", TextLayout.Shown.FLAG, 0, 5).yes("key"),
        TextLayout.Col.of(7, "Fig", TextLayout.Shown.FIGURE, 0, 8),
        TextLayout.Col.trailing(8, "Path", "  "))).measuresIn(6).headed("A hand-made table");
    Document d = new Document("t", List.of(), List.of(), List.of(Document.TableSection.terminal(t, layout)));
    assertThat(DocumentText.write(d, TableStyle.PLAIN)).isEqualTo("\nA hand-made table\n"
        + "  Sector      Ratio  Money  Share  Key     Fig  Path\n"
        + "                per      M\n"
        + "  A Alpha      1.23    2.3  68.7%  key  -1,234  A -> B\n"
        + "  BB A long~    n/a   -0.1   0.0%         -2.3  B\n");
  }

  /** The same holds for another report built as a document: the linkages, whose writers are the same ones. */
  @Test
  void aSectionAddedToTheLinkagesIsInEveryFormat() throws Exception {
    ReportFixture f = ReportFixture.flagship();
    var system = f.result().system();
    Document linkages = new LinkagesReport(org.ripple.core.explain.Linkages.of(system, false),
        system.model().sectors(), f.meta(), TableStyle.PLAIN).document();
    Table added = Table.builder("Added", "An added table", Column.text("Code").keyed("code"),
        Column.jobs("Jobs").keyed("jobs")).row("X1", 1234.5).build();
    Document d = linkages.with(Document.TableSection.of(added));
    assertThat(DocumentText.write(d, TableStyle.PLAIN)).endsWith("\nAn added table\n  Code   Jobs\n  X1    1,235\n");
    assertThat(d.csv()).endsWith("\n\ncode,jobs\nX1,1234.5\n").startsWith("code,name,backward,forward,");
    JsonNode root = new ObjectMapper().readTree(DocumentJson.write(d));
    assertThat(root.get("added").get(0).get("jobs").asDouble()).isEqualTo(1234.5);
    assertThat(root.get("sectors").get(0).get("key_sector").isBoolean()).isTrue();
    Path xlsx = tmp.resolve("l.xlsx");
    Files.write(xlsx, XlsxWriter.write(d));
    assertThat(WorkbookCells.read(xlsx).sheetNames()).containsExactly("Linkages", "Metadata", "Added");
    assertThat(DocumentPage.of(d, "").render()).contains("<section id=\"added\">")
        .contains("<section id=\"linkages\">");
  }

  /**
   * The run report is a document too: a table added to it ({@link RunReport#withSection}) is in its terminal table,
   * CSV, JSON, workbook and page, before the notes, with no writer code; the run's own sections stay where they were.
   */
  @Test
  void aSectionAddedToTheRunIsInEveryFormat() throws Exception {
    ReportFixture f = ReportFixture.flagship();
    Table added = Table.builder("Added", "An added table", Column.text("Code").keyed("code"),
        Column.jobs("Jobs").keyed("jobs")).row("X1", 1234.5).row("X2", Double.NaN).build();
    RunReport report = new RunReport(f.result(), f.meta()).withNotes(List.of("a run note"))
        .withSection(Document.TableSection.of(added));
    String text = report.table();
    assertThat(text).contains("\nAn added table\n  Code   Jobs\n  X1    1,235\n  X2      n/a\n\nNotes\n  - a run note\n")
        .startsWith("Scenario: ");
    assertThat(text.indexOf("\nLargest sector effects")).isLessThan(text.indexOf("\nAn added table"));
    String csv = report.csv();
    assertThat(csv).startsWith("scope,kind,name,code,effect,jobs,labour_income,value_added,output\n")
        .endsWith("\n\ncode,jobs\nX1,1234.5\nX2,\n");
    JsonNode root = new ObjectMapper().readTree(report.json());
    assertThat(root.get("added").get(0).get("jobs").asDouble()).isEqualTo(1234.5);
    assertThat(root.get("added").get(1).get("jobs").isNull()).isTrue();
    List<String> keys = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).endsWith("added", "notes").startsWith("ripple_version", "scenario", "model", "units",
        "summary");
    Path xlsx = tmp.resolve("run.xlsx");
    Files.write(xlsx, XlsxWriter.write(report.document()));
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(book.sheetNames()).containsExactly("Summary", "By sector", "By shock", "Added", "Metadata");
    assertThat(book.number("Added", "B3")).isEqualTo(1234.5);
    String page = report.page(new org.ripple.cli.output.html.RunPage.ScenarioText(List.of(), List.of()), List.of())
        .render();
    assertThat(page).contains("<section id=\"added\">\n<h2>Added</h2>\n<p>An added table</p>")
        .contains("<tr><td>X1</td><td class=\"n\">1,235</td></tr>");
    assertThat(page.indexOf("<section id=\"by-shock\">")).isLessThan(page.indexOf("<section id=\"added\">"));
    assertThat(page.indexOf("<section id=\"added\">")).isLessThan(page.indexOf("<section id=\"notes\">"));
  }

  @Test
  void anAddedSectionIsInTheTerminalTable() {
    String text = DocumentText.write(withAddedSection(), TableStyle.PLAIN);
    assertThat(text).contains("\nBackward linkages (test section)\n  Code   Jobs    Ratio\n"
        + "  X1    1,235   0.1250\n  X2      n/a  -2.0000\n");
    assertThat(text).endsWith("\nLinkage notes\n  - an added note\n");
    assertThat(DocumentText.write(withAddedSection(), new TableStyle(false, true))).doesNotContain("an added note");
  }

  @Test
  void anAddedSectionIsInTheCsvAfterABlankLine() {
    String csv = withAddedSection().csv();
    assertThat(csv).endsWith("\n\ncode,jobs,ratio\nX1,1234.5,0.125\nX2,,-2\n");
    assertThat(csv).startsWith(MultipliersReport.CSV_HEADER + "\n");
  }

  @Test
  void anAddedSectionIsInTheJson() throws Exception {
    JsonNode root = new ObjectMapper().readTree(DocumentJson.write(withAddedSection()));
    JsonNode rows = root.get("linkages");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("code").asText()).isEqualTo("X1");
    assertThat(rows.get(0).get("jobs").asDouble()).isEqualTo(1234.5);
    assertThat(rows.get(0).get("ratio").asDouble()).isEqualTo(0.125);
    assertThat(rows.get(1).get("jobs").isNull()).isTrue();
    assertThat(root.get("linkage_notes").get(0).asText()).isEqualTo("an added note");
    assertThat(root.get("sectors").size()).isGreaterThan(0);
  }

  @Test
  void anAddedSectionIsASheetOfTheWorkbook() throws Exception {
    Path xlsx = tmp.resolve("d.xlsx");
    Files.write(xlsx, XlsxWriter.write(withAddedSection()));
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(book.text("Linkages", "A1")).isEqualTo("Backward linkages (test section)");
    assertThat(book.text("Linkages", "A3")).isEqualTo("X1");
    assertThat(book.number("Linkages", "B3")).isEqualTo(1234.5);
    assertThat(book.number("Linkages", "C3")).isEqualTo(0.125);
    assertThat(book.text("Linkages", "B4")).isNull();
    assertThat(book.text("Multipliers", "A3")).isNotNull();
  }

  @Test
  void anAddedSectionIsOnTheHtmlPage() {
    String page = DocumentPage.of(withAddedSection(), "").render();
    assertThat(page).contains("<section id=\"linkages\">\n<h2>Linkages</h2>\n<p>Backward linkages (test section)</p>");
    assertThat(page).contains("<tr><td>X1</td><td class=\"n\">1,235</td><td class=\"n\">0.1250</td></tr>");
    assertThat(page).contains("<td class=\"n\">n/a</td><td class=\"n loss\">-2.0000</td>");
    assertThat(page).contains("<section id=\"linkage-notes\">").contains("<li>an added note</li>");
  }
}

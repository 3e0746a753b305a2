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

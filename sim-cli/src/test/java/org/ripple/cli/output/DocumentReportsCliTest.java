package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * The reports built as documents, at the command line: every format of one report comes from one document, so the
 * workbook holds the CSV's figures exactly, linkages and paths now write a workbook too, and --quiet leaves out the
 * banner and the notes of every one of them.
 */
class DocumentReportsCliTest {
  private static final String AMAZON = Cli.scenario("quebec-amazon-2025.yaml").toString();

  @TempDir
  Path tmp;

  @Test
  void theLinkagesWorkbookHoldsTheCsvFigures() throws Exception {
    Cli.Result csv = Cli.run("linkages", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String[] first = csv.out().split("\n")[1].split(",");
    Path book = tmp.resolve("linkages.xlsx");
    Cli.Result xlsx = Cli.run("linkages", "--format", "xlsx", "-o", book.toString());
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    WorkbookCells cells = WorkbookCells.read(book);
    assertThat(cells.sheetNames()).containsExactly("Linkages", "Metadata");
    assertThat(cells.text("Linkages", "A3")).isEqualTo(first[0]);
    assertThat(cells.number("Linkages", "C3")).isEqualTo(Double.parseDouble(first[first.length - 4]));
    assertThat(cells.number("Linkages", "F3")).isEqualTo(Double.parseDouble(first[first.length - 1]));
  }

  @Test
  void thePathsWorkbookHoldsTheCsvFigures() throws Exception {
    Cli.Result csv = Cli.run("paths", AMAZON, "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String[] first = csv.out().split("\n")[1].split(",");
    assertThat(first[2]).isEqualTo("TRANSPORT");
    Path book = tmp.resolve("paths.xlsx");
    Cli.Result xlsx = Cli.run("paths", AMAZON, "--format", "xlsx", "-o", book.toString());
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    WorkbookCells cells = WorkbookCells.read(book);
    assertThat(cells.sheetNames()).containsExactly("Paths", "Metadata");
    assertThat(cells.text("Paths", "C3")).isEqualTo("TRANSPORT");
    assertThat(cells.number("Paths", "D3")).isEqualTo(Double.parseDouble(first[3]));
    assertThat(cells.number("Paths", "E3")).isEqualTo(Double.parseDouble(first[4]));
  }

  @Test
  void quietLeavesOutTheBannerAndTheNotesOfEveryDocumentReport() {
    Cli.Result sweep = Cli.run("sweep", AMAZON, "--each", "closure", "-q");
    assertThat(sweep.exit()).as(sweep.err()).isZero();
    assertThat(sweep.out()).doesNotContain("Sweep:", "Notes").contains("Fulfilment centre");
    Cli.Result compare = Cli.run("compare", AMAZON, Cli.scenario("quebec-amazon-2025-additive.yaml").toString(),
        "-q");
    assertThat(compare.exit()).as(compare.err()).isZero();
    assertThat(compare.out()).doesNotContain("Comparison; baseline").contains("Difference from", "Total jobs");
    Cli.Result paths = Cli.run("paths", AMAZON, "-q");
    assertThat(paths.exit()).as(paths.err()).isZero();
    assertThat(paths.out()).doesNotContain("Where the effect travels", "The listed paths cover")
        .startsWith("   #");
    Cli.Result linkages = Cli.run("linkages", "--no-extraction", "-q");
    assertThat(linkages.out()).startsWith("Sector ");
  }

  /** The page shows money in millions, and its provenance says so (the workbook keeps plain units). */
  @Test
  void thePageSaysTheUnitItShows() throws Exception {
    Path page = tmp.resolve("report.html");
    Cli.Result r = Cli.run("report", AMAZON, "-o", page.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = java.nio.file.Files.readString(page);
    assertThat(html).contains("Monetary unit of this page").contains("CAD millions per year; jobs in persons")
        .doesNotContain("plain units");
    Path compare = tmp.resolve("compare.html");
    Cli.Result c = Cli.run("report", AMAZON, Cli.scenario("quebec-amazon-2025-additive.yaml").toString(), "-o",
        compare.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(java.nio.file.Files.readString(compare)).contains("Monetary unit of this page")
        .doesNotContain("plain units");
  }
}

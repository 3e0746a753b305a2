package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * The by-region table of a multi-regional run appears in every format: the terminal table, CSV and JSON gave it
 * before; the HTML report has a "by-region" section and the workbook a "By region" sheet with the same numbers.
 */
class ByRegionOutputTest {
  private static final String PROVINCES = Cli.scenario("quebec-amazon-2025-provinces.yaml").toString();
  private static final String[] MEASURES = {"jobs", "labour_income", "value_added", "output"};
  private static JsonNode regions;

  @TempDir
  Path tmp;

  @BeforeAll
  static void json() throws Exception {
    Cli.Result r = Cli.run("run", PROVINCES, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    regions = new ObjectMapper().readTree(r.out()).get("regions");
    assertThat(regions.size()).isEqualTo(10);
  }

  @Test
  void workbookHasAByRegionSheetWithTheJsonNumbers() throws Exception {
    Path out = tmp.resolve("provinces.xlsx");
    Cli.Result r = Cli.run("run", PROVINCES, "--format", "xlsx", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    WorkbookCells book = WorkbookCells.read(out);
    assertThat(book.sheetNames()).containsExactly("Summary", "By sector", "By shock", "By region", "Fiscal",
        "Fiscal by shock", "Metadata");
    assertThat(book.text("By region", "A2")).isEqualTo("Code");
    assertThat(book.text("By region", "D2")).isEqualTo("Jobs (persons)");
    String[] effects = {"direct", "indirect", "induced", "total"};
    for (int k = 0; k < regions.size(); k++) {
      JsonNode region = regions.get(k);
      for (int e = 0; e < effects.length; e++) {
        int row = 3 + 4 * k + e;
        assertThat(book.text("By region", "A" + row)).isEqualTo(region.get("code").asText());
        assertThat(book.text("By region", "B" + row)).isEqualTo(region.get("name").asText());
        assertThat(book.text("By region", "C" + row)).isEqualTo(effects[e]);
        for (int m = 0; m < MEASURES.length; m++) {
          String ref = (char) ('D' + m) + Integer.toString(row);
          assertThat(book.number("By region", ref)).as(ref)
              .isEqualTo(region.get(effects[e]).get(MEASURES[m]).asDouble());
        }
      }
    }
    // every shock is in Quebec: the spill-over to the other provinces follows, total jobs = sum outside QC
    int outside = 3 + 4 * regions.size() + 3;
    assertThat(book.text("By region", "B" + outside)).isEqualTo("Outside QC");
    assertThat(book.text("By region", "C" + outside)).isEqualTo("total");
    double jobs = 0;
    for (JsonNode region : regions) {
      if (!region.get("code").asText().equals("QC")) {
        jobs += region.get("total").get("jobs").asDouble();
      }
    }
    assertThat(book.number("By region", "D" + outside)).isCloseTo(jobs, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void htmlReportHasAByRegionSectionWithTheTableNumbers() throws Exception {
    Path html = tmp.resolve("provinces.html");
    Cli.Result r = Cli.run("report", PROVINCES, "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    int at = page.indexOf("<section id=\"by-region\">");
    assertThat(at).as("by-region section").isPositive();
    String section = page.substring(at, page.indexOf("</section>", at));
    assertThat(section).contains("<h2>Effects by region</h2>", "<th class=\"n\">Jobs (persons)</th>");
    for (JsonNode region : regions) {
      JsonNode total = region.get("total");
      assertThat(section).contains("<td>" + region.get("code").asText() + "</td><td>"
          + region.get("name").asText() + "</td>" + cell(Fmt.grouped(total.get("jobs").asDouble(), 0))
          + cell(Fmt.grouped(total.get("labour_income").asDouble() / 1e6, 1))
          + cell(Fmt.grouped(total.get("value_added").asDouble() / 1e6, 1))
          + cell(Fmt.grouped(total.get("output").asDouble() / 1e6, 1)));
    }
    // the same rounded figures as the terminal table, including the line outside Quebec
    assertThat(section).contains("<td>QC</td><td>Quebec</td><td class=\"n loss\">-5,186</td>",
        "<td>Outside QC</td><td class=\"n loss\">-577</td><td class=\"n loss\">-38.5</td>");
    String table = Cli.run("run", PROVINCES).out();
    assertThat(table).contains("  Outside QC                              -577           -38.5");
  }

  @Test
  void singleRegionRunsHaveNoByRegionSectionOrSheet() throws Exception {
    String flagship = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Path out = tmp.resolve("flagship.xlsx");
    assertThat(Cli.run("run", flagship, "--format", "xlsx", "-o", out.toString()).exit()).isZero();
    assertThat(WorkbookCells.read(out).sheetNames()).doesNotContain("By region");
    Path html = tmp.resolve("flagship.html");
    assertThat(Cli.run("report", flagship, "--out", html.toString()).exit()).isZero();
    assertThat(Files.readString(html)).doesNotContain("id=\"by-region\"");
  }

  private static String cell(String text) {
    return (text.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">") + text + "</td>";
  }
}

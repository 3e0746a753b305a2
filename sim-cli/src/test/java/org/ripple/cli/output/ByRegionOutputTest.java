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
    assertThat(section).contains("<td>QC</td><td>Quebec</td><td class=\"n loss\">-5,162</td>",
        "<td>Outside QC</td><td class=\"n loss\">-594</td><td class=\"n loss\">-39.5</td>");
    String table = Cli.run("run", PROVINCES).out();
    assertThat(table).contains("  Outside QC                              -594           -39.5");
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

  /**
   * The flagship on the ten-province model: the same by-region figures in all five outputs, the terminal's line of
   * Quebec (its total jobs rounded), the CSV's region rows, JSON's regions, the workbook's sheet and the page's
   * section.
   */
  @Test
  void theFlagshipOnTheProvincesHasItsRegionsInEveryFormat() throws Exception {
    String flagship = Cli.scenario("quebec-amazon-2025.yaml").toString();
    String[] model = {"--model", "canada-provinces-2021"};
    Cli.Result json = Cli.run("run", flagship, model[0], model[1], "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode byRegion = new ObjectMapper().readTree(json.out()).get("regions");
    assertThat(byRegion.size()).isEqualTo(10);
    int k = 0;
    while (!byRegion.get(k).get("code").asText().equals("QC")) {
      k++;
    }
    double jobs = byRegion.get(k).get("total").get("jobs").asDouble();

    String table = Cli.run("run", flagship, model[0], model[1]).out();
    int at = table.indexOf("\nBy region (total effect)\n");
    assertThat(at).as("terminal by-region table").isPositive();
    assertThat(table.substring(at)).contains("\n  QC Quebec").contains(Fmt.grouped(jobs, 0)).contains("Outside QC");

    String csv = Cli.run("run", flagship, model[0], model[1], "--format", "csv").out();
    assertThat(csv.lines().filter(l -> l.startsWith("region,")).count()).isEqualTo(10 * 4);
    String qcTotal = csv.lines().filter(l -> l.startsWith("region,,Quebec,QC,total,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(qcTotal.split(",")[5])).isEqualTo(jobs);

    Path xlsx = tmp.resolve("flagship-provinces.xlsx");
    assertThat(Cli.run("run", flagship, model[0], model[1], "--format", "xlsx", "-o", xlsx.toString()).exit())
        .isZero();
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(book.sheetNames()).contains("By region");
    int row = 3 + 4 * k + 3; // the region's total row: after the title, the headers and its three effects
    assertThat(book.text("By region", "A" + row)).isEqualTo("QC");
    assertThat(book.text("By region", "C" + row)).isEqualTo("total");
    assertThat(book.number("By region", "D" + row)).isEqualTo(jobs);

    Path html = tmp.resolve("flagship-provinces.html");
    assertThat(Cli.run("report", flagship, model[0], model[1], "--out", html.toString()).exit()).isZero();
    String page = Files.readString(html);
    int section = page.indexOf("<section id=\"by-region\">");
    assertThat(section).as("page by-region section").isPositive();
    assertThat(page.substring(section, page.indexOf("</section>", section)))
        .contains("<td>QC</td><td>Quebec</td>" + cell(Fmt.grouped(jobs, 0)));
  }

  private static String cell(String text) {
    return (text.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">") + text + "</td>";
  }
}

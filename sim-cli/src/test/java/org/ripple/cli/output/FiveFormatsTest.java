package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.output.html.RunPage;
import org.ripple.cli.output.xlsx.XlsxWriter;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Multipliers;

/**
 * One run's content written in all five formats gives the same numbers: the net total effect of the flagship
 * scenario, exact in CSV, JSON and the workbook, rounded the same way in the terminal table and the HTML report.
 */
class FiveFormatsTest {
  private static final Measure[] MEASURES = {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED,
      Measure.OUTPUT};

  @TempDir
  Path tmp;

  @Test
  void theNetTotalIsTheSameInTableCsvJsonXlsxAndHtml() throws Exception {
    ReportFixture f = ReportFixture.flagship();
    double[] exact = new double[4];
    for (int k = 0; k < 4; k++) {
      exact[k] = f.result().total().sum(MEASURES[k], Effect.TOTAL) * f.meta().scale(MEASURES[k]);
    }
    RunReport report = new RunReport(f.result(), f.meta());

    JsonNode total = new ObjectMapper().readTree(report.json()).get("summary").get("total");
    String csvTotal = report.csv().lines().filter(l -> l.startsWith("summary,") && l.contains(
        ",total,")).findFirst().orElseThrow();
    String[] csv = csvTotal.split(",");
    Path xlsx = tmp.resolve("run.xlsx");
    Files.write(xlsx, XlsxWriter.write(report.document()));
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(book.text("Summary", "A6")).isEqualTo("Net impact");
    assertThat(book.text("Summary", "B6")).isEqualTo("total");
    for (int k = 0; k < 4; k++) {
      assertThat(total.get(MEASURES[k].key()).asDouble()).as("json " + MEASURES[k]).isEqualTo(exact[k]);
      assertThat(Double.parseDouble(csv[5 + k])).as("csv " + MEASURES[k]).isEqualTo(exact[k]);
      assertThat(book.number("Summary", (char) ('C' + k) + "6")).as("xlsx " + MEASURES[k]).isEqualTo(exact[k]);
    }

    String[] rounded = new String[4];
    for (int k = 0; k < 4; k++) {
      rounded[k] = MEASURES[k] == Measure.JOBS ? Fmt.grouped(exact[k], 0) : Fmt.grouped(exact[k] / 1e6, 1);
    }
    String tableTotal = report.table().lines().filter(l -> l.startsWith("  Total "))
        .findFirst().orElseThrow();
    assertThat(tableTotal.trim().split(" +")).containsExactly("Total", rounded[0], rounded[1], rounded[2],
        rounded[3]);
    String page = report.page(new RunPage.ScenarioText(List.of(), List.of()), List.of()).render();
    StringBuilder row = new StringBuilder("<td>Total</td>");
    for (String r : rounded) {
      row.append(r.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">").append(r).append("</td>");
    }
    assertThat(page).contains(row);
  }

  /** The multipliers' CSV, JSON and sheet are one table: every CSV cell is the sheet's cell and the JSON field. */
  @Test
  void multipliersCsvJsonAndSheetAreOneTable() throws Exception {
    ReportFixture f = ReportFixture.flagship();
    Multipliers multipliers = Multipliers.of(f.result().system());
    MultipliersReport report = new MultipliersReport(multipliers, f.meta());
    List<String> csv = report.csv().lines().toList();
    assertThat(csv.get(0)).isEqualTo(MultipliersReport.CSV_HEADER);
    String[] keys = csv.get(0).split(",");
    JsonNode sectors = new ObjectMapper().readTree(report.json()).get("sectors");
    Path xlsx = tmp.resolve("m.xlsx");
    Files.write(xlsx, XlsxWriter.write(report.document()));
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(csv).hasSize(1 + sectors.size());
    for (int j = 0; j < sectors.size(); j++) {
      String[] cells = csv.get(1 + j).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      assertThat(cells).hasSize(keys.length);
      for (int c = 0; c < keys.length; c++) {
        String ref = (char) ('A' + c) + Integer.toString(3 + j);
        JsonNode field = sectors.get(j).get(keys[c]);
        if (c < 2) {
          assertThat(book.text("Multipliers", ref)).isEqualTo(field.asText());
        } else if (cells[c].isEmpty()) {
          assertThat(field.isNull()).as(keys[c]).isTrue();
          assertThat(book.text("Multipliers", ref)).as("empty cell " + ref).isNull();
        } else {
          double v = Double.parseDouble(cells[c]);
          assertThat(field.asDouble()).as(keys[c]).isEqualTo(v);
          assertThat(book.number("Multipliers", ref)).as(ref).isEqualTo(v);
        }
      }
    }
  }
}

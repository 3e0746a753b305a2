package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;

/**
 * Workbooks and HTML reports of the timeline, comparison, sweep and Monte Carlo results: the sheets and their numbers
 * (the same as the JSON output), the seed in Metadata, the report's timeline line chart and comparison grouped bars,
 * deterministic bytes, and no progress output when stderr is not a terminal.
 */
class TimeAndComparisonReportsTest {
  private static final String FLAGSHIP = Cli.scenario("quebec-amazon-2025.yaml").toString();
  private static final String RECAPTURE = Cli.scenario("quebec-amazon-2025-recapture.yaml").toString();
  private static final String PHASED = Cli.scenario("quebec-amazon-2025-phased.yaml").toString();
  private static final String UNCERTAIN = Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString();

  @TempDir
  Path tmp;

  /** Each sheet of a workbook by name: rows of cells (text, or a number's raw value), as read from the XML. */
  static Map<String, List<List<String>>> sheets(Path xlsx) throws IOException {
    Map<String, String> parts = XlsxOutputTest.unzip(xlsx);
    List<String> strings = new ArrayList<>();
    Matcher si = Pattern.compile("<si><t[^>]*>(.*?)</t></si>", Pattern.DOTALL).matcher(parts.get(
        "xl/sharedStrings.xml"));
    while (si.find()) {
      strings.add(si.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&amp;", "&"));
    }
    Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
    Matcher names = Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(parts.get("xl/workbook.xml"));
    int k = 1;
    while (names.find()) {
      String xml = parts.get("xl/worksheets/sheet" + k++ + ".xml");
      assertThat(xml).as("no formulas").doesNotContain("<f>");
      List<List<String>> rows = new ArrayList<>();
      Matcher row = Pattern.compile("<row r=\"(\\d+)\"[^>]*>(.*?)</row>", Pattern.DOTALL).matcher(xml);
      while (row.find()) {
        TreeMap<Integer, String> cells = new TreeMap<>();
        Matcher c = Pattern.compile("<c r=\"([A-Z]+)\\d+\"([^>]*)>(?:<v>([^<]*)</v>)?</c>").matcher(row.group(2));
        while (c.find()) {
          if (c.group(3) == null) {
            continue;
          }
          int col = 0;
          for (char ch : c.group(1).toCharArray()) {
            col = col * 26 + (ch - 'A' + 1);
          }
          cells.put(col - 1, c.group(2).contains("t=\"s\"") ? strings.get(Integer.parseInt(c.group(3))) : c.group(3));
        }
        List<String> r = new ArrayList<>();
        for (int i = 0; cells.size() > 0 && i <= cells.lastKey(); i++) {
          r.add(cells.getOrDefault(i, ""));
        }
        rows.add(r);
      }
      out.put(names.group(1), rows);
    }
    return out;
  }

  /** The first row whose leading cells are the given texts. */
  static List<String> row(List<List<String>> sheet, String... leading) {
    for (List<String> r : sheet) {
      if (r.size() >= leading.length && r.subList(0, leading.length).equals(List.of(leading))) {
        return r;
      }
    }
    throw new AssertionError("no row " + List.of(leading) + " in " + sheet);
  }

  static JsonNode json(String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void compareWorkbookHasOneColumnPerScenarioDifferencesSharesAndMetadata() throws IOException {
    Path out = tmp.resolve("compare.xlsx");
    Cli.Result r = Cli.run("compare", FLAGSHIP, RECAPTURE, "--format", "xlsx", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    Map<String, List<List<String>>> wb = sheets(out);
    assertThat(wb.keySet()).containsExactly("Comparison", "Fiscal", "Metadata");
    List<List<String>> sheet = wb.get("Comparison");
    assertThat(sheet.get(1)).containsExactly("Measure", "Unit", "Effect", "quebec-amazon-2025",
        "quebec-amazon-2025-recapture", "quebec-amazon-2025-recapture minus quebec-amazon-2025",
        "quebec-amazon-2025: share of region", "quebec-amazon-2025-recapture: share of region");
    JsonNode j = json("compare", FLAGSHIP, RECAPTURE, "--format", "json");
    for (String[] m : new String[][] {{"Jobs", "jobs"}, {"Value added", "value_added"}}) {
      List<String> total = row(sheet, m[0], m[0].equals("Jobs") ? "persons" : "CAD per year", "total");
      for (int c = 0; c < 2; c++) {
        JsonNode s = j.get("scenarios").get(c);
        assertThat(Double.parseDouble(total.get(3 + c))).isEqualTo(s.get("summary").get("total").get(m[1])
            .asDouble());
        assertThat(Double.parseDouble(total.get(6 + c))).isCloseTo(s.get("share_of_region").get("total")
            .get(m[1]).asDouble(), within(1e-15));
      }
      assertThat(Double.parseDouble(total.get(5))).isCloseTo(j.get("scenarios").get(1)
          .get("difference_from_baseline").get("total").get(m[1]).asDouble(), within(1e-6));
    }
    assertThat(Math.round(Double.parseDouble(row(sheet, "Jobs", "persons", "total").get(5)))).isEqualTo(1382);
    List<List<String>> meta = wb.get("Metadata");
    assertThat(row(meta, "Random seed").get(1)).isEqualTo("none (nothing random)");
    assertThat(meta.toString()).contains("Scenario file 1: quebec-amazon-2025.yaml, SHA-256 ",
        "Scenario file 2: quebec-amazon-2025-recapture.yaml, SHA-256 ", "Regional total of jobs: ");
    // same bytes again
    Path again = tmp.resolve("again.xlsx");
    assertThat(Cli.run("compare", FLAGSHIP, RECAPTURE, "--format", "xlsx", "-o", again.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    // a sweep file compares its variants as columns
    Path sweep = tmp.resolve("sweep.xlsx");
    Cli.Result s = Cli.run("compare", Cli.scenario("quebec-amazon-2025-recapture-sweep.yaml").toString(),
        "--format", "xlsx", "-o", sweep.toString());
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(sheets(sweep).get("Comparison").get(1)).hasSize(3 + 4 + 3 + 4);
  }

  @Test
  void sweepWorkbookHasRankedVariantsAndMetadata() throws IOException {
    Path out = tmp.resolve("sweep.xlsx");
    Cli.Result r = Cli.run("sweep", FLAGSHIP, "--each", "closure", "--format", "xlsx", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    Map<String, List<List<String>>> wb = sheets(out);
    assertThat(wb.keySet()).containsExactly("Sweep", "Fiscal", "Metadata");
    JsonNode j = json("sweep", FLAGSHIP, "--each", "closure", "--format", "json");
    List<List<String>> sheet = wb.get("Sweep");
    JsonNode first = j.get("variants").get(0);
    List<String> top = row(sheet, sheet.get(2).get(0), first.get("name").asText(), "total");
    assertThat(Double.parseDouble(top.get(0))).as("rank, a number").isEqualTo(1);
    assertThat(Double.parseDouble(top.get(3))).isEqualTo(first.get("summary").get("total").get("jobs").asDouble());
    assertThat(Double.parseDouble(top.get(7))).isEqualTo(first.get("share_of_regional_employment").asDouble());
    assertThat(row(sheet, "", "All facilities", "total")).isNotNull();
    assertThat(row(wb.get("Metadata"), "Scenario file").get(1)).isEqualTo("quebec-amazon-2025.yaml");
    Cli.Result set = Cli.run("sweep", FLAGSHIP, "--set", "closures[*].jobs=10,20", "--format", "xlsx", "-o",
        tmp.resolve("set.xlsx").toString());
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(set.err()).isEmpty();
    assertThat(Cli.run("sweep", FLAGSHIP, "--each", "closure", "--format", "xlsx").exit())
        .as("xlsx needs --output").isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("compare", FLAGSHIP, "--format", "xlsx").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void runWorkbookOfAPhasedScenarioHasATimelineSheet() throws IOException {
    Path out = tmp.resolve("phased.xlsx");
    Cli.Result r = Cli.run("run", PHASED, "--format", "xlsx", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, List<List<String>>> wb = sheets(out);
    assertThat(wb.keySet()).containsExactly("Summary", "By sector", "By shock", "Timeline", "Fiscal",
        "Fiscal by period", "Fiscal by shock", "Fiscal by period and effect", "Metadata");
    JsonNode j = json("run", PHASED, "--format", "json");
    List<List<String>> t = wb.get("Timeline");
    List<String> q1 = row(t, "Net impact", "2025-Q1");
    assertThat(q1.subList(2, 4)).containsExactly("2025-01-01", "2025-03-31");
    assertThat(Double.parseDouble(q1.get(4))).as("days, a number").isEqualTo(90);
    List<String> q1Total = row(t, "Net impact", "2025-Q1", "2025-01-01", "2025-03-31", q1.get(4), "total");
    JsonNode p0 = j.get("timeline").get(0).get("summary").get("total");
    assertThat(Double.parseDouble(q1Total.get(6))).isEqualTo(p0.get("jobs").asDouble());
    assertThat(Double.parseDouble(q1Total.get(8))).isEqualTo(p0.get("value_added").asDouble());
    List<String> cumulative = row(t, "Net impact", "Total (horizon)", "2025-01-01", "2026-12-31");
    assertThat(Double.parseDouble(cumulative.get(4))).isEqualTo(730);
    cumulative = row(t, "Net impact", "Total (horizon)", "2025-01-01", "2026-12-31", cumulative.get(4), "total");
    assertThat(Double.parseDouble(cumulative.get(6))).isCloseTo(-8244.42, within(0.01))
        .isEqualTo(j.get("cumulative").get("total").get("job_years").asDouble());
    // without a horizon there is no Timeline sheet
    Path plain = tmp.resolve("plain.xlsx");
    assertThat(Cli.run("run", FLAGSHIP, "--format", "xlsx", "-o", plain.toString()).exit()).isZero();
    assertThat(sheets(plain).keySet()).doesNotContain("Timeline", "Uncertainty");
  }

  @Test
  void runWorkbookWithDrawsHasTheSeedAndAnUncertaintySheet() throws IOException {
    Path out = tmp.resolve("u.xlsx");
    Cli.Result r = Cli.run("run", UNCERTAIN, "--draws", "300", "--seed", "42", "--format", "xlsx", "-o",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    Map<String, List<List<String>>> wb = sheets(out);
    assertThat(wb.keySet()).containsExactly("Summary", "By sector", "By shock", "Uncertainty", "Fiscal",
        "Fiscal bands", "Fiscal by shock", "Metadata");
    assertThat(row(wb.get("Metadata"), "Random seed").get(1)).isEqualTo("42");
    JsonNode u = json("run", UNCERTAIN, "--draws", "300", "--seed", "42", "--format", "json").get("uncertainty");
    List<List<String>> sheet = wb.get("Uncertainty");
    assertThat(sheet.get(0).get(0)).startsWith("300 draws, seed 42");
    String[] stats = {"P5", "P50", "P95", "mean", "sd"};
    for (String block : new String[] {"summary", "gross_loss", "offsets"}) {
      String scope = switch (block) {
        case "summary" -> "Net impact";
        case "gross_loss" -> "Gross loss (closures and subcontractors)";
        default -> "Offsets";
      };
      for (String st : stats) {
        List<String> total = row(sheet, scope, "total", st);
        JsonNode cell = u.get(block).get("total");
        assertThat(Double.parseDouble(total.get(3))).as(block + " " + st)
            .isEqualTo(cell.get("jobs").get(st.toLowerCase(java.util.Locale.ROOT)).asDouble());
        assertThat(Double.parseDouble(total.get(6))).isCloseTo(cell.get("output")
            .get(st.toLowerCase(java.util.Locale.ROOT)).asDouble(), within(1e-3));
      }
    }
    // the same seed gives the same bytes
    Path again = tmp.resolve("again.xlsx");
    assertThat(Cli.run("run", UNCERTAIN, "--draws", "300", "--seed", "42", "--format", "xlsx", "-o",
        again.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    // table output with draws prints nothing on stderr either (not a terminal, and --quiet)
    Cli.Result table = Cli.run("run", UNCERTAIN, "--draws", "50", "--quiet");
    assertThat(table.exit()).isZero();
    assertThat(table.err()).isEmpty();
  }

  @Test
  void reportOfAPhasedScenarioHasTheTimelineChartAndTable() throws IOException {
    Path html = tmp.resolve("phased.html");
    Path png = tmp.resolve("png");
    Cli.Result r = Cli.run("report", PHASED, "--out", html.toString(), "--png", png.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    String page = Files.readString(html);
    assertThat(page).contains("id=\"timeline\"", "id=\"timeline-table\"", "Jobs by quarter", "2025-Q1",
        "2026-Q4", "<td class=\"n loss\">-1,894</td>", "<td class=\"n loss\">-8,244</td>",
        "Total (job-years; money summed)", "damped by income replacement");
    assertThat(page.indexOf("id=\"timeline\"")).isBetween(page.indexOf("id=\"money-by-effect\""),
        page.indexOf("id=\"top-sectors\""));
    assertThat(page.split("<svg ", -1)).hasSize(6);
    assertThat(page.split("<polyline ", -1)).as("four lines: direct, indirect, induced, total").hasSize(5);
    assertThat(page).doesNotContain("<script", "<link", "<img", "src=", "href=");
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("jobs-by-shock.png", "money-by-effect.png", "paths.png", "timeline.png",
              "top-sectors.png");
    }
    Cli.Result again = Cli.run("report", PHASED, "--out", html.toString(), "--force");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(html)).isEqualTo(page);
    // a scenario without a horizon has no timeline section
    Path flagship = tmp.resolve("flagship.html");
    assertThat(Cli.run("report", FLAGSHIP, "--out", flagship.toString()).exit()).isZero();
    assertThat(Files.readString(flagship)).doesNotContain("id=\"timeline");
  }

  @Test
  void reportOfSeveralScenariosIsAComparisonWithGroupedBars() throws IOException {
    Path html = tmp.resolve("compare.html");
    Path png = tmp.resolve("png");
    Cli.Result r = Cli.run("report", FLAGSHIP, RECAPTURE, "--out", html.toString(), "--png", png.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    String page = Files.readString(html);
    assertThat(page).contains("<title>Comparison: quebec-amazon-2025, quebec-amazon-2025-recapture</title>",
        "Baseline: quebec-amazon-2025.", "id=\"compare-jobs\"", "id=\"compare-money\"",
        "id=\"compare-jobs-table\"", "id=\"compare-money-table\"", "id=\"compare-shares\"",
        "id=\"model-sources\"", "id=\"provenance\"");
    // the README's figures: -5,135 and -3,753 total jobs, a difference of 1,382
    assertThat(page).contains("<td class=\"n loss\">-5,135</td><td class=\"n loss\">-3,753</td>"
        + "<td class=\"n\">1,382</td>", "<td class=\"n loss\">-616.5</td><td class=\"n loss\">-450.2</td>");
    assertThat(page).contains("<title>Total, quebec-amazon-2025-recapture: -3,753 jobs (persons)</title>");
    assertThat(page).contains("Scenario file 2: quebec-amazon-2025-recapture.yaml, SHA-256 ");
    assertThat(page.split("<svg ", -1)).hasSize(3);
    assertThat(page).doesNotContain("<script", "<link", "<img", "src=", "href=");
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("compare-jobs.png", "compare-money.png");
    }
    Cli.Result again = Cli.run("report", FLAGSHIP, RECAPTURE, "--out", html.toString(), "--force");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(html)).isEqualTo(page);
    // scenarios on different models: one line, exit 3, nothing written
    Path other = tmp.resolve("other.html");
    Cli.Result bad = Cli.run("report", FLAGSHIP, Cli.scenario("quebec-amazon-2025-provinces.yaml").toString(),
        "--out", other.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(bad.err()).hasLineCount(1).contains("one model").contains("--model");
    assertThat(other).doesNotExist();
  }

  @Test
  void progressAdvancesFromManyThreadsAndRedrawsOnlyWhenThePercentChanges() throws InterruptedException {
    StringWriter sw = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(sw), true, "draws", 10_000)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int t = 0; t < 4; t++) {
        pool.submit(() -> {
          for (int i = 0; i < 2500; i++) {
            p.advance(1, "");
          }
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(sw.toString()).endsWith("draws [" + "#".repeat(24) + "] 100%");
    }
    long draws = sw.toString().chars().filter(c -> c == '\r').count();
    assertThat(draws).as("one redraw per percent, plus the start and the erase").isBetween(100L, 103L);
    StringWriter none = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(none), false, "draws", 10)) {
      p.advance(10, "");
    }
    assertThat(none.toString()).isEmpty();
  }
}

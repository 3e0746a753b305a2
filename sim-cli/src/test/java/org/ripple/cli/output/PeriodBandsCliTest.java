package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.ExitCodes;

/**
 * The bands of each period under {@code --draws} through the command line, on the phased flagship with the
 * fulfilment centre's jobs uniform between 400 and 600 (in a folder whose name has a space and a non-ASCII letter):
 * JSON's {@code uncertainty.by_period} and {@code fiscal.bands_by_period} bracket each period's point estimate, which
 * is the period's own figure of {@code timeline} and {@code fiscal.by_period}; the terminal, the CSV, the workbook and
 * {@code ripple report --draws}'s page show the same numbers; the same seed gives the same bytes; a one-period
 * horizon gives the annual bands.
 */
class PeriodBandsCliTest {
  private static final String[] MEASURES = {"jobs", "labour_income", "value_added", "output"};
  private static final String[] DRAWS = {"--draws", "120", "--seed", "9"};

  @TempDir
  Path tmp;
  private Path phased;

  @BeforeEach
  void scenario() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("bandes é"));
    phased = folder.resolve("phased uncertain é.yaml");
    String text = Files.readString(Cli.scenario("quebec-amazon-2025-phased.yaml"));
    assertThat(text).contains("    jobs: 500\n");
    Files.writeString(phased, text.replace("    jobs: 500\n", "    jobs: {distribution: uniform, min: 400, "
        + "max: 600}\n"));
  }

  private String[] args(String... first) {
    String[] out = Arrays.copyOf(first, first.length + DRAWS.length);
    System.arraycopy(DRAWS, 0, out, first.length, DRAWS.length);
    return out;
  }

  private JsonNode json() throws Exception {
    Cli.Result r = Cli.run(args("run", phased.toString(), "--format", "json"));
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** The field at a dotted path of a JSON object. */
  private static JsonNode at(JsonNode node, String path) {
    for (String part : path.split("\\.")) {
      node = node.get(part);
      assertThat(node).as(path).isNotNull();
    }
    return node;
  }

  private static void bracketed(String what, JsonNode stats) {
    double point = stats.get("point").asDouble();
    assertThat(stats.get("p5").asDouble()).as(what + " p5").isLessThanOrEqualTo(point);
    assertThat(stats.get("p95").asDouble()).as(what + " p95").isGreaterThanOrEqualTo(point);
    assertThat(stats.get("p50").asDouble()).as(what + " p50").isBetween(stats.get("p5").asDouble(),
        stats.get("p95").asDouble());
    assertThat(stats.get("p5").asDouble()).as(what + " a band").isLessThan(stats.get("p95").asDouble());
  }

  @Test
  void jsonBracketsEachPeriodsPointEstimateWithItsBands() throws Exception {
    JsonNode d = json();
    JsonNode periods = d.get("uncertainty").get("by_period");
    JsonNode timeline = d.get("timeline");
    assertThat(periods.size()).isEqualTo(timeline.size() + 1).isEqualTo(9);
    for (int p = 0; p < periods.size(); p++) {
      JsonNode row = periods.get(p);
      boolean horizon = p == timeline.size();
      assertThat(row.get("period").asText()).isEqualTo(horizon ? "Horizon" : timeline.get(p).get("period").asText());
      for (String m : MEASURES) {
        JsonNode stats = at(row, "total." + m);
        double own = horizon ? at(d, "cumulative.total." + (m.equals("jobs") ? "job_years" : m)).asDouble()
            : at(timeline.get(p), "summary.total." + m).asDouble();
        assertThat(stats.get("point").asDouble()).as(p + " " + m).isEqualTo(own);
        bracketed(row.get("period").asText() + " " + m, stats);
      }
    }
    JsonNode fiscal = d.get("fiscal");
    JsonNode bands = fiscal.get("bands_by_period");
    JsonNode byPeriod = fiscal.get("by_period");
    assertThat(bands.size()).isEqualTo(byPeriod.size()).isEqualTo(9);
    int checked = 0;
    for (int p = 0; p < bands.size(); p++) {
      for (JsonNode item : fiscal.get("items")) {
        String key = item.get("item").asText();
        JsonNode stats = at(bands.get(p), key);
        JsonNode point = at(byPeriod.get(p), key);
        if (point.isNull()) {
          assertThat(stats.get("p5").isNull()).as(key + " not available").isTrue();
          continue;
        }
        assertThat(stats.get("point").asDouble()).as(p + " " + key).isEqualTo(point.asDouble());
        boolean nothingPaid = key.equals("federal.ei_benefits") && point.asDouble() == 0;
        if (!nothingPaid) {
          bracketed(bands.get(p).get("period").asText() + " " + key, stats);
          checked++;
        }
        if (p == bands.size() - 1) { // the horizon: the bands over the horizon, total effect
          JsonNode total = null;
          for (JsonNode band : fiscal.get("bands")) {
            if (band.get("item").asText().equals(key)) {
              total = band.get("total");
            }
          }
          assertThat(stats).as(key).isEqualTo(total);
        }
      }
    }
    assertThat(checked).isGreaterThan(9 * 10);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBands() {
    for (String format : List.of("json", "csv", "table")) {
      String once = Cli.run(args("run", phased.toString(), "--format", format, "--no-color")).out();
      assertThat(Cli.run(args("run", phased.toString(), "--format", format, "--no-color")).out()).as(format)
          .isEqualTo(once);
      assertThat(Cli.run("run", phased.toString(), "--format", format, "--no-color", "--draws", "120", "--seed",
          "10").out()).as(format + ", another seed").isNotEqualTo(once);
    }
  }

  @Test
  void theTerminalTheCsvAndTheWorkbookShowTheJsonsNumbers() throws Exception {
    JsonNode d = json();
    JsonNode q2 = d.get("uncertainty").get("by_period").get(1);
    JsonNode fiscalQ3 = d.get("fiscal").get("bands_by_period").get(2);

    Cli.Result table = Cli.run(args("run", phased.toString(), "--no-color"));
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("\nTimeline bands, total effect, by quarter (jobs: average over the period; "
        + "value added: CAD millions in the period)\n").contains("\nFiscal bands by period (120 draws), balances "
        + "(total effect; CAD of 2025 in the period)\n");
    String jobs = table.out().lines().filter(l -> l.startsWith("  2025-Q2 ")).skip(1).findFirst().orElseThrow();
    assertThat(jobs.trim().split(" +")).containsExactly("2025-Q2",
        Fmt.grouped(at(q2, "total.jobs.p5").asDouble(), 0), Fmt.grouped(at(q2, "total.jobs.p50").asDouble(), 0),
        Fmt.grouped(at(q2, "total.jobs.p95").asDouble(), 0),
        Fmt.grouped(at(q2, "total.value_added.p5").asDouble() / 1e6, 1),
        Fmt.grouped(at(q2, "total.value_added.p50").asDouble() / 1e6, 1),
        Fmt.grouped(at(q2, "total.value_added.p95").asDouble() / 1e6, 1));
    String balances = table.out().lines().filter(l -> l.startsWith("  2025-Q3 ")).skip(3).findFirst()
        .orElseThrow();
    assertThat(balances.trim().split(" +")).containsExactly("2025-Q3",
        Fmt.grouped(at(fiscalQ3, "federal.balance.p5").asDouble(), 0),
        Fmt.grouped(at(fiscalQ3, "federal.balance.p50").asDouble(), 0),
        Fmt.grouped(at(fiscalQ3, "federal.balance.p95").asDouble(), 0),
        Fmt.grouped(at(fiscalQ3, "provincial.balance.p5").asDouble(), 0),
        Fmt.grouped(at(fiscalQ3, "provincial.balance.p50").asDouble(), 0),
        Fmt.grouped(at(fiscalQ3, "provincial.balance.p95").asDouble(), 0));

    Cli.Result csv = Cli.run(args("run", phased.toString(), "--format", "csv"));
    List<String> parts = Arrays.asList(csv.out().split("\n\n"));
    String measures = parts.stream().filter(p -> p.startsWith("period,total.jobs.point,")).findFirst()
        .orElseThrow();
    List<String> header = Arrays.asList(measures.lines().findFirst().orElseThrow().split(","));
    String[] row = measures.lines().filter(l -> l.startsWith("2025-Q2,")).findFirst().orElseThrow().split(",", -1);
    for (String m : MEASURES) {
      for (String stat : List.of("point", "p5", "p50", "p95", "mean", "sd")) {
        assertThat(Double.parseDouble(row[header.indexOf("total." + m + "." + stat)])).as(m + " " + stat)
            .isEqualTo(at(q2, "total." + m + "." + stat).asDouble());
      }
    }
    String fiscal = parts.stream().filter(p -> p.startsWith("period,federal.income_tax.point,")).findFirst()
        .orElseThrow();
    List<String> fiscalHeader = Arrays.asList(fiscal.lines().findFirst().orElseThrow().split(","));
    String[] q3 = fiscal.lines().filter(l -> l.startsWith("2025-Q3,")).findFirst().orElseThrow().split(",", -1);
    assertThat(Double.parseDouble(q3[fiscalHeader.indexOf("federal.ei_benefits.p95")]))
        .isEqualTo(at(fiscalQ3, "federal.ei_benefits.p95").asDouble());

    Path xlsx = tmp.resolve("bands é.xlsx");
    Cli.Result book = Cli.run(args("run", phased.toString(), "--format", "xlsx", "--output", xlsx.toString()));
    assertThat(book.exit()).as(book.err()).isZero();
    WorkbookCells cells = WorkbookCells.read(xlsx);
    assertThat(cells.sheetNames()).contains("Uncertainty", "Timeline bands", "Fiscal bands",
        "Fiscal bands by period");
    // title row, header row, then a row a period: 2025-Q2 on row 4; column A the period, B the jobs' point, C P5
    assertThat(cells.text("Timeline bands", "A4")).isEqualTo("2025-Q2");
    assertThat(cells.number("Timeline bands", "C4")).isCloseTo(at(q2, "total.jobs.p5").asDouble(), within(1e-9));
    assertThat(cells.text("Fiscal bands by period", "A5")).isEqualTo("2025-Q3");
  }

  /**
   * {@code ripple report --draws N --seed S} puts the bands on the page: the headline's (the workbook's Uncertainty
   * sheet), each period's measures and each period's fiscal balances, with the numbers of {@code run --draws}.
   */
  @Test
  void theReportsPageShowsTheBandsOfRunDraws() throws Exception {
    JsonNode d = json();
    Path html = tmp.resolve("report é.html");
    Cli.Result r = Cli.run(args("report", phased.toString(), "--out", html.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("id=\"uncertainty\"").contains("id=\"timeline-bands\"")
        .contains("id=\"fiscal-bands\"").contains("id=\"fiscal-bands-by-period\"");
    JsonNode q2 = d.get("uncertainty").get("by_period").get(1);
    StringBuilder jobs = new StringBuilder("<td>2025-Q2</td>");
    for (String stat : List.of("point", "p5", "p50", "p95")) {
      jobs.append(cell(Fmt.grouped(at(q2, "total.jobs." + stat).asDouble(), 0)));
    }
    for (String stat : List.of("point", "p5", "p50", "p95")) {
      jobs.append(cell(Fmt.grouped(at(q2, "total.value_added." + stat).asDouble() / 1e6, 1)));
    }
    assertThat(page).contains(jobs);
    JsonNode horizon = d.get("fiscal").get("bands_by_period").get(8);
    StringBuilder fiscal = new StringBuilder("<td>Horizon</td>");
    for (String key : List.of("federal.ei_benefits", "federal.balance", "provincial.balance")) {
      for (String stat : List.of("p5", "p50", "p95")) {
        fiscal.append(cell(Fmt.grouped(at(horizon, key + "." + stat).asDouble(), 0)));
      }
    }
    assertThat(page).contains(fiscal);
    double p5 = at(d, "uncertainty.summary.total.jobs.p5").asDouble();
    assertThat(page).contains("<td>Net impact</td><td>total</td><td>P5</td>" + cell(Fmt.grouped(p5, 0)));

    Cli.Result plain = Cli.run("report", phased.toString(), "--out", tmp.resolve("plain.html").toString());
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(Files.readString(tmp.resolve("plain.html"))).doesNotContain("id=\"timeline-bands\"")
        .doesNotContain("id=\"uncertainty\"");
  }

  private static String cell(String v) {
    return (v.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">") + v + "</td>";
  }

  @Test
  void reportRefusesDrawsItCannotShow() {
    Path html = tmp.resolve("c.html");
    Cli.Result compare = Cli.run("report", phased.toString(), Cli.scenario("quebec-amazon-2025.yaml").toString(),
        "--draws", "10", "--out", html.toString());
    assertThat(compare.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(compare.err().lines().count()).isEqualTo(1);
    assertThat(compare.err()).startsWith("ripple: report: --draws is for the report of one scenario");
    Cli.Result negative = Cli.run("report", phased.toString(), "--draws", "-1", "--out", html.toString());
    assertThat(negative.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err()).startsWith("ripple: report: --draws must be in [0, 1000000], was -1");
    assertThat(html).doesNotExist();
  }

  /**
   * A horizon of one calendar year with every shock in effect all year (the uncertainty scenario, which has no
   * dates, given the horizon of 2025): the year's bands are the annual bands, the headline's for the measures and
   * the annual fiscal bands of the same scenario without a horizon.
   */
  @Test
  void aOnePeriodHorizonGivesTheAnnualBands() throws Exception {
    Path year = tmp.resolve("one year é.yaml");
    Files.writeString(year, Files.readString(Cli.scenario("quebec-amazon-2025-uncertainty.yaml"))
        + "horizon:\n  start: 2025-01-01\n  end: 2025-12-31\nperiod: year\n");
    Cli.Result dated = Cli.run(args("run", year.toString(), "--format", "json"));
    assertThat(dated.exit()).as(dated.err()).isZero();
    Cli.Result annual = Cli.run(args("run", Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString(),
        "--format", "json"));
    JsonNode withYear = new ObjectMapper().readTree(dated.out());
    JsonNode without = new ObjectMapper().readTree(annual.out());
    for (int row = 0; row < 2; row++) { // the year, and the horizon
      JsonNode period = withYear.get("uncertainty").get("by_period").get(row);
      for (String m : MEASURES) {
        for (String stat : List.of("p5", "p50", "p95", "mean", "sd")) {
          double expected = at(without, "uncertainty.summary.total." + m + "." + stat).asDouble();
          assertThat(at(period, "total." + m + "." + stat).asDouble()).as(row + " " + m + " " + stat)
              .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
      }
    }
    JsonNode period = withYear.get("fiscal").get("bands_by_period").get(0);
    int compared = 0;
    for (JsonNode band : without.get("fiscal").get("bands")) {
      JsonNode total = band.get("total");
      JsonNode stats = at(period, band.get("item").asText());
      for (String stat : List.of("p5", "p50", "p95", "mean", "sd")) {
        if (total.get(stat).isNull()) {
          assertThat(stats.get(stat).isNull()).isTrue();
          continue;
        }
        double expected = total.get(stat).asDouble();
        assertThat(stats.get(stat).asDouble()).as(band.get("item").asText() + " " + stat)
            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(14 * 5);
  }
}

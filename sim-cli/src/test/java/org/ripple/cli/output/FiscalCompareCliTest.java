package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * The fiscal account of {@code ripple compare}, {@code ripple sweep} and the comparison page: each scenario's (or
 * variant's) items and balances are the ones {@code ripple run} gives for that file, its differences from the
 * baseline are the differences of those, the sweep's facilities add up to all facilities and, with the other shocks,
 * to the full scenario, in every format; a model outside Quebec says "not available" with the reason.
 */
class FiscalCompareCliTest {
  private static final String FLAGSHIP = Cli.scenario("quebec-amazon-2025.yaml").toString();
  private static final String ADDITIVE = Cli.scenario("quebec-amazon-2025-additive.yaml").toString();
  private static final String RECAPTURE = Cli.scenario("quebec-amazon-2025-recapture.yaml").toString();
  private static final String[] EFFECTS = {"direct", "indirect", "induced", "total"};

  @TempDir
  Path tmp;

  private static JsonNode json(String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** {@code ripple run}'s fiscal items of a file: key -> the four effects (NaN: not available). */
  private static Map<String, double[]> runItems(String file) throws Exception {
    Map<String, double[]> items = new LinkedHashMap<>();
    for (JsonNode row : json("run", file, "--format", "json").get("fiscal").get("items")) {
      double[] v = new double[4];
      for (int e = 0; e < 4; e++) {
        JsonNode x = row.get(EFFECTS[e]);
        v[e] = x.isNull() ? Double.NaN : x.asDouble();
      }
      items.put(row.get("item").asText(), v);
    }
    return items;
  }

  /** The field at a dotted key of an object ({@code federal.ei.employer}). */
  private static JsonNode at(JsonNode node, String key) {
    for (String part : key.split("\\.")) {
      node = node.get(part);
    }
    return node;
  }

  private static void close(String where, double shown, double exact) {
    if (Double.isNaN(exact)) {
      assertThat(Double.isNaN(shown)).as(where + " not available").isTrue();
      return;
    }
    assertThat(shown).as(where).isCloseTo(exact, within(1e-9 * Math.max(1, Math.abs(exact))));
  }

  private static double number(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  @Test
  void compareCarriesEachScenariosFiscalAccountAndItsDifferencesInEveryFormat() throws Exception {
    List<String> files = List.of(FLAGSHIP, ADDITIVE, RECAPTURE);
    List<Map<String, double[]>> runs = new ArrayList<>();
    for (String f : files) {
      runs.add(runItems(f));
    }
    JsonNode doc = json("compare", FLAGSHIP, ADDITIVE, RECAPTURE, "--format", "json");
    JsonNode scenarios = doc.get("scenarios");
    for (int c = 0; c < files.size(); c++) {
      JsonNode fiscal = scenarios.get(c).get("fiscal");
      assertThat(fiscal.get("available").asBoolean()).isTrue();
      assertThat(fiscal.get("tax_year").asInt()).isEqualTo(2025);
      assertThat(fiscal.get("reason").isNull()).isTrue();
      for (Map.Entry<String, double[]> item : runs.get(c).entrySet()) {
        for (int e = 0; e < 4; e++) {
          close(c + " " + item.getKey() + " " + EFFECTS[e], number(at(fiscal, item.getKey() + "." + EFFECTS[e])),
              item.getValue()[e]);
          close(c + " difference " + item.getKey(), number(at(fiscal.get("difference_from_baseline"),
              item.getKey() + "." + EFFECTS[e])), item.getValue()[e] - runs.get(0).get(item.getKey())[e]);
        }
      }
    }
    assertThat(doc.get("fiscal_notes").toString()).contains("tax is computed per worker");

    // CSV: after the comparison's rows, a blank line and a row per scenario, item and effect
    Cli.Result csv = Cli.run("compare", FLAGSHIP, ADDITIVE, RECAPTURE, "--format", "csv");
    String[] parts = csv.out().split("\n\n", -1);
    assertThat(parts).hasSize(2);
    List<String> lines = parts[1].lines().toList();
    assertThat(lines.get(0)).isEqualTo("scenario,government,item,kind,label,effect,value,difference_from_baseline");
    int items = runs.get(0).size();
    assertThat(lines).hasSize(1 + files.size() * items * 4);
    int k = 1;
    for (int c = 0; c < files.size(); c++) {
      for (Map.Entry<String, double[]> item : runs.get(c).entrySet()) {
        for (int e = 0; e < 4; e++) {
          String[] f = lines.get(k++).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
          assertThat(f[2]).isEqualTo(item.getKey());
          assertThat(f[5]).isEqualTo(EFFECTS[e]);
          close("csv " + item.getKey(), f[6].isEmpty() ? Double.NaN : Double.parseDouble(f[6]), item.getValue()[e]);
          double diff = item.getValue()[e] - runs.get(0).get(item.getKey())[e];
          close("csv difference " + item.getKey(), f[7].isEmpty() ? Double.NaN : Double.parseDouble(f[7]), diff);
        }
      }
    }

    // terminal: the scenarios' totals, then the differences, whole CAD
    Cli.Result table = Cli.run("compare", FLAGSHIP, ADDITIVE, RECAPTURE, "--no-color");
    assertThat(table.out()).contains("\nFiscal (total effect; CAD of 2025 per year; revenue lost and benefits paid "
        + "negative)\n").contains("\nFiscal, difference from quebec-amazon-2025 (total effect; CAD of 2025 per "
        + "year)\n").contains("\nFiscal notes\n");
    List<String> balances = table.out().lines().filter(l -> l.startsWith("  Balance, Quebec government")).toList();
    assertThat(balances).hasSize(2);
    List<String> shown = new ArrayList<>();
    for (Map<String, double[]> run : runs) {
      shown.add(Fmt.grouped(run.get("provincial.balance")[3], 0));
    }
    assertThat(balances.get(0).substring(30).trim().split(" +")).containsExactlyElementsOf(shown);
    assertThat(balances.get(1).substring(30).trim().split(" +")).containsExactly(
        Fmt.grouped(runs.get(1).get("provincial.balance")[3] - runs.get(0).get("provincial.balance")[3], 0),
        Fmt.grouped(runs.get(2).get("provincial.balance")[3] - runs.get(0).get("provincial.balance")[3], 0));

    // workbook: the sheet Fiscal after Comparison; the page: a Fiscal section with the rounded balance
    Path xlsx = tmp.resolve("c.xlsx");
    assertThat(Cli.run("compare", FLAGSHIP, ADDITIVE, "--format", "xlsx", "-o", xlsx.toString()).exit()).isZero();
    WorkbookCells book = WorkbookCells.read(xlsx);
    assertThat(book.sheetNames()).containsSubsequence("Comparison", "Fiscal", "Metadata");
    assertThat(book.text("Fiscal", "B3")).isEqualTo("federal.income_tax");
    close("xlsx", book.number("Fiscal", "E3"), runs.get(0).get("federal.income_tax")[3]);
    close("xlsx difference", book.number("Fiscal", "G3"),
        runs.get(1).get("federal.income_tax")[3] - runs.get(0).get("federal.income_tax")[3]);
    Path html = tmp.resolve("c.html");
    Cli.Result page = Cli.run("report", FLAGSHIP, ADDITIVE, "--out", html.toString());
    assertThat(page.exit()).as(page.err()).isZero();
    String text = Files.readString(html);
    assertThat(text).contains("id=\"fiscal\"").contains("id=\"fiscal-notes\"");
    assertThat(text).contains("<td>Balance, federal government</td><td class=\"n loss\">"
        + Fmt.grouped(runs.get(0).get("federal.balance")[3], 0) + "</td><td class=\"n loss\">"
        + Fmt.grouped(runs.get(1).get("federal.balance")[3], 0) + "</td>");
  }

  @Test
  void sweepVariantsAddUpInEveryFormat() throws Exception {
    JsonNode doc = json("sweep", FLAGSHIP, "--each", "closure", "--format", "json");
    JsonNode variants = doc.get("variants");
    Map<String, double[]> full = runItems(FLAGSHIP);
    int facilities = variants.size() - 3;
    assertThat(variants.get(facilities).get("name").asText()).isEqualTo("All facilities");
    for (Map.Entry<String, double[]> item : full.entrySet()) {
      for (int e = 0; e < 4; e++) {
        String key = item.getKey() + "." + EFFECTS[e];
        if (Double.isNaN(item.getValue()[e])) {
          assertThat(at(variants.get(0).get("fiscal"), key).isNull()).isTrue();
          continue;
        }
        double sum = 0;
        for (int v = 0; v < facilities; v++) {
          sum += at(variants.get(v).get("fiscal"), key).asDouble();
        }
        double all = at(variants.get(facilities).get("fiscal"), key).asDouble();
        double other = at(variants.get(facilities + 1).get("fiscal"), key).asDouble();
        double whole = at(variants.get(facilities + 2).get("fiscal"), key).asDouble();
        close("facilities add to all " + key, sum, all);
        close("all and the other shocks are the full scenario " + key, all + other, whole);
        close("the full scenario is the run's " + key, whole, item.getValue()[e]);
      }
    }
    // CSV: a row per variant, item and effect, the JSON's figures
    String csv = Cli.run("sweep", FLAGSHIP, "--each", "closure", "--format", "csv").out();
    String[] parts = csv.split("\n\n", -1);
    assertThat(parts).hasSize(2);
    assertThat(parts[1]).startsWith("scenario,government,item,kind,label,effect,value\n");
    String line = parts[1].lines().filter(l -> l.startsWith("Full scenario,federal,federal.balance,")
        && l.endsWith(",total," + l.substring(l.lastIndexOf(',') + 1))).findFirst().orElseThrow();
    close("csv full federal balance", Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)),
        full.get("federal.balance")[3]);
    // terminal: a row per variant with EI benefits and the balances
    String table = Cli.run("sweep", FLAGSHIP, "--each", "closure", "--no-color").out();
    String row = table.lines().filter(l -> l.startsWith("  Full scenario") && l.trim().split(" +").length == 5)
        .findFirst().orElseThrow();
    assertThat(row.trim().split(" +")).endsWith(Fmt.grouped(full.get("federal.ei_benefits")[3], 0),
        Fmt.grouped(full.get("federal.balance")[3], 0), Fmt.grouped(full.get("provincial.balance")[3], 0));
    Path xlsx = tmp.resolve("s.xlsx");
    assertThat(Cli.run("sweep", FLAGSHIP, "--each", "closure", "--format", "xlsx", "-o", xlsx.toString()).exit())
        .isZero();
    assertThat(WorkbookCells.read(xlsx).sheetNames()).containsSubsequence("Sweep", "Fiscal", "Metadata");
  }

  /**
   * A scenario dated 2024 (no 2024 parameters ship) beside the flagship: its account is not available, with the
   * reason after its name, and so are its differences; the flagship's figures stay.
   */
  @Test
  void aScenarioWhoseTaxYearHasNoParametersIsNotAvailableBesideOneThatIs() throws Exception {
    String text = Files.readString(Cli.scenario("quebec-amazon-2025-phased.yaml")).replace("start: 2025-01-01",
        "start: 2024-10-01").replaceFirst("effective: 2025-01-22", "effective: 2024-12-15");
    Path early = tmp.resolve("early.yaml");
    Files.writeString(early, text);
    JsonNode doc = json("compare", FLAGSHIP, early.toString(), "--format", "json");
    JsonNode base = doc.get("scenarios").get(0).get("fiscal");
    JsonNode other = doc.get("scenarios").get(1).get("fiscal");
    assertThat(base.get("available").asBoolean()).isTrue();
    assertThat(other.get("available").asBoolean()).isFalse();
    assertThat(other.get("tax_year").asInt()).isEqualTo(2024);
    assertThat(other.get("reason").asText()).startsWith("fiscal account not available: no tax parameters for 2024");
    assertThat(other.get("federal").get("balance").get("total").isNull()).isTrue();
    assertThat(other.get("difference_from_baseline").get("federal").get("balance").get("total").isNull()).isTrue();
    close("the baseline's own figure", base.get("federal").get("balance").get("total").asDouble(),
        runItems(FLAGSHIP).get("federal.balance")[3]);
    assertThat(doc.get("fiscal_notes").get(0).asText()).startsWith("quebec-amazon-2025-phased: fiscal account not "
        + "available: no tax parameters for 2024");
    String table = Cli.run("compare", FLAGSHIP, early.toString(), "--no-color").out();
    String row = table.lines().filter(l -> l.startsWith("  Balance, federal government")).findFirst().orElseThrow();
    assertThat(row.trim().split(" +")).endsWith(Fmt.grouped(runItems(FLAGSHIP).get("federal.balance")[3], 0), "n/a");
  }

  @Test
  void aModelOutsideQuebecSaysNotAvailableWithItsReason() throws Exception {
    Path a = tmp.resolve("a.yaml");
    Path b = tmp.resolve("b.yaml");
    Files.writeString(a, "name: a\nclosures:\n  - name: plant\n    sector: \"211\"\n    annual_output: 1000\n");
    Files.writeString(b, "name: b\nclosures:\n  - name: plant\n    sector: \"211\"\n    annual_output: 2000\n");
    JsonNode doc = json("compare", a.toString(), b.toString(), "--model", "us-2022", "--format", "json");
    String reason = "fiscal account not available: the account covers Canada's provinces (CAD) only; the model's "
        + "region is United States in USD";
    for (JsonNode s : doc.get("scenarios")) {
      assertThat(s.get("fiscal").get("available").asBoolean()).isFalse();
      assertThat(s.get("fiscal").get("reason").asText()).isEqualTo(reason);
      assertThat(s.get("fiscal").has("federal")).isFalse();
    }
    assertThat(doc.get("fiscal_notes").get(0).asText()).isEqualTo(reason);
    Cli.Result table = Cli.run("compare", a.toString(), b.toString(), "--model", "us-2022", "--no-color");
    assertThat(table.out()).contains("\nFiscal\n  - " + reason);
    Cli.Result csv = Cli.run("compare", a.toString(), b.toString(), "--model", "us-2022", "--format", "csv");
    assertThat(csv.out()).as("no fiscal table in the CSV").doesNotContain("\n\n");
    Path html = tmp.resolve("us.html");
    assertThat(Cli.run("report", a.toString(), b.toString(), "--model", "us-2022", "--out", html.toString())
        .exit()).isZero();
    assertThat(Files.readString(html)).contains("id=\"fiscal\"").contains(reason.replace("'", "&#39;"));
  }
}

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
import org.ripple.cli.pipeline.PreparedRun;
import org.ripple.core.Effect;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalAccounts;
import org.ripple.core.fiscal.FiscalInputs;
import org.ripple.core.fiscal.FiscalItem;
import org.ripple.core.fiscal.Jurisdiction;
import org.ripple.core.scenario.ScenarioResult;

/**
 * The fiscal account through {@code ripple run} and {@code ripple report}: the flagship's "Fiscal" table in the
 * terminal, CSV, JSON, the workbook and the page carries the numbers of {@link FiscalAccounts} computed here
 * directly, with the closures' pay converted by hand (annual_pay 46,510 and 38,640 CAD of 2021 times the CPI ratio
 * 164.2 / 141.6 of the 2025 parameters); every shown balance is the sum of its shown items; the phased scenario
 * shows EI benefits by quarter, adding up to the horizon; a model outside Quebec says "not available" with its
 * reason.
 */
class FiscalOutputCliTest {
  private static final String FLAGSHIP = Cli.scenario("quebec-amazon-2025.yaml").toString();
  private static final String PHASED = Cli.scenario("quebec-amazon-2025-phased.yaml").toString();
  private static final double CPI = 164.2 / 141.6;
  /** The flagship's closures' annual_pay, in scenario order (the file's assumptions give the sources). */
  private static final double[] PAY = {46510, 46510, 46510, 38640, 38640, 38640, 46510};
  private static final Effect[] EFFECTS = Effect.values();

  @TempDir
  Path tmp;

  /** The flagship's account, computed here from the solved result, not through the pipeline's wiring. */
  private static FiscalAccount flagshipByHand() {
    PreparedRun run = PreparedRun.prepare(Path.of(FLAGSHIP), null);
    ScenarioResult result = run.solve();
    Map<String, Double> pay = new LinkedHashMap<>();
    for (int k = 0; k < PAY.length; k++) {
      pay.put("closures[" + k + "]", PAY[k] * CPI);
    }
    return FiscalAccounts.of(result, new FiscalInputs(2025, pay, null));
  }

  /** The rows in order: item key, then the value of each effect (NaN: not available). */
  private static Map<String, double[]> expected(FiscalAccount a) {
    Map<String, double[]> rows = new LinkedHashMap<>();
    for (Jurisdiction g : a.governments()) {
      for (FiscalItem item : g.items()) {
        double[] v = new double[EFFECTS.length];
        for (Effect e : EFFECTS) {
          v[e.ordinal()] = a.value(g, item, e);
        }
        rows.put(g.key(item), v);
      }
      double[] b = new double[EFFECTS.length];
      for (Effect e : EFFECTS) {
        b[e.ordinal()] = a.balance(g, e);
      }
      rows.put(g.balanceKey(), b);
    }
    return rows;
  }

  private static void close(String where, double shown, double exact) {
    if (Double.isNaN(exact)) {
      throw new AssertionError(where + ": expected not available, got " + shown);
    }
    assertThat(shown).as(where).isCloseTo(exact, within(1e-9 * Math.max(1, Math.abs(exact))));
  }

  @Test
  void theFlagshipsFiscalTableIsTheEnginesInEveryFormat() throws Exception {
    FiscalAccount byHand = flagshipByHand();
    assertThat(byHand.available()).isTrue();
    Map<String, double[]> rows = expected(byHand);
    List<String> keys = new ArrayList<>(rows.keySet());
    // the hand-checked pay reached the engine: direct EI premiums are capped per worker, so they depend on it
    assertThat(rows.get("federal.ei.employee")[Effect.DIRECT.ordinal()]).isLessThan(0);

    // JSON: fiscal.items in order, beside summary
    Cli.Result json = Cli.run("run", FLAGSHIP, "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    List<String> fields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(fields::add);
    assertThat(fields.indexOf("fiscal")).isEqualTo(fields.indexOf("summary") + 1);
    JsonNode fiscal = doc.get("fiscal");
    assertThat(fiscal.get("available").asBoolean()).isTrue();
    assertThat(fiscal.get("tax_year").asInt()).isEqualTo(2025);
    assertThat(fiscal.get("province").asText()).isEqualTo("Quebec");
    JsonNode items = fiscal.get("items");
    assertThat(items.size()).isEqualTo(keys.size());
    for (int r = 0; r < keys.size(); r++) {
      JsonNode row = items.get(r);
      assertThat(row.get("item").asText()).isEqualTo(keys.get(r));
      assertThat(row.get("government").asText()).isEqualTo(keys.get(r).substring(0, keys.get(r).indexOf('.')));
      for (Effect e : EFFECTS) {
        double exact = rows.get(keys.get(r))[e.ordinal()];
        if (Double.isNaN(exact)) {
          assertThat(row.get(e.key()).isNull()).as(keys.get(r) + " " + e.key() + " is null").isTrue();
        } else {
          close("json " + keys.get(r) + " " + e.key(), row.get(e.key()).asDouble(), exact);
        }
      }
    }
    assertThat(fiscal.get("notes").toString()).contains("Fulfilment centre 53,933 CAD")
        .contains("the scenario has no dates: tax year 2025");

    // CSV: the run's table, a blank line, then the fiscal table with its own header (then the shocks' accounts)
    Cli.Result csv = Cli.run("run", FLAGSHIP, "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String[] parts = csv.out().split("\n\n", -1);
    assertThat(parts).hasSize(3);
    assertThat(parts[2]).startsWith("shock,federal.income_tax,");
    List<String> lines = parts[1].lines().toList();
    assertThat(lines.get(0)).isEqualTo("government,item,kind,label,direct,indirect,induced,total");
    assertThat(lines).hasSize(keys.size() + 1);
    for (int r = 0; r < keys.size(); r++) {
      String[] f = lines.get(r + 1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      assertThat(f[1]).isEqualTo(keys.get(r));
      for (Effect e : EFFECTS) {
        double exact = rows.get(keys.get(r))[e.ordinal()];
        String cell = f[4 + e.ordinal()];
        if (Double.isNaN(exact)) {
          assertThat(cell).as("not available is an empty cell").isEmpty();
        } else {
          close("csv " + keys.get(r) + " " + e.key(), Double.parseDouble(cell), exact);
        }
      }
    }

    // terminal: the Fiscal table, whole CAD, n/a where not available
    Cli.Result table = Cli.run("run", FLAGSHIP, "--no-color");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("\nFiscal (CAD of 2025 per year; revenue lost and benefits paid negative)\n");
    String federal = table.out().lines().filter(l -> l.startsWith("  Balance, federal government")).findFirst()
        .orElseThrow();
    String[] cells = federal.substring("  Balance, federal government".length()).trim().split(" +");
    for (Effect e : EFFECTS) {
      assertThat(cells[e.ordinal()]).isEqualTo(Fmt.grouped(rows.get("federal.balance")[e.ordinal()], 0));
    }
    String taxes = table.out().lines().filter(l -> l.startsWith("  Taxes on products and production"))
        .findFirst().orElseThrow();
    assertThat(taxes.trim().split(" +")).endsWith("n/a", "n/a", "n/a", "n/a");
    assertThat(table.out()).contains("\nFiscal notes\n");

    // workbook: the sheet Fiscal, title row, header row, then the rows
    Path xlsx = tmp.resolve("run.xlsx");
    Cli.Result book = Cli.run("run", FLAGSHIP, "--format", "xlsx", "--output", xlsx.toString());
    assertThat(book.exit()).as(book.err()).isZero();
    WorkbookCells cellsOf = WorkbookCells.read(xlsx);
    assertThat(cellsOf.sheetNames()).contains("Fiscal");
    assertThat(cellsOf.text("Fiscal", "B2")).isEqualTo("Item");
    for (int r = 0; r < keys.size(); r++) {
      assertThat(cellsOf.text("Fiscal", "B" + (r + 3))).isEqualTo(keys.get(r));
      for (Effect e : EFFECTS) {
        double exact = rows.get(keys.get(r))[e.ordinal()];
        String ref = (char) ('E' + e.ordinal()) + String.valueOf(r + 3);
        if (Double.isNaN(exact)) {
          assertThat(cellsOf.text("Fiscal", ref)).as(ref + " empty").isNull();
        } else {
          close("xlsx " + ref, cellsOf.number("Fiscal", ref), exact);
        }
      }
    }

    // page: a Fiscal section with the rounded balance
    Path html = tmp.resolve("r.html");
    Cli.Result page = Cli.run("report", FLAGSHIP, "--out", html.toString());
    assertThat(page.exit()).as(page.err()).isZero();
    String text = Files.readString(html);
    assertThat(text).contains("id=\"fiscal\"").contains("Fiscal notes");
    StringBuilder balance = new StringBuilder("<td>Balance, Quebec government</td>");
    for (Effect e : EFFECTS) {
      String v = Fmt.grouped(rows.get("provincial.balance")[e.ordinal()], 0);
      balance.append(v.startsWith("-") ? "<td class=\"n loss\">" : "<td class=\"n\">").append(v).append("</td>");
    }
    assertThat(text).contains(balance);
  }

  @Test
  void eachShownBalanceIsTheSumOfItsShownItemsAndEffectsAddToTheTotal() throws Exception {
    for (String scenario : List.of(FLAGSHIP, PHASED)) {
      JsonNode items = new ObjectMapper().readTree(Cli.run("run", scenario, "--format", "json").out())
          .get("fiscal").get("items");
      Map<String, double[]> sums = new LinkedHashMap<>();
      int balances = 0;
      for (JsonNode row : items) {
        String g = row.get("government").asText();
        double[] s = sums.computeIfAbsent(g, k -> new double[EFFECTS.length]);
        if (row.get("kind").asText().equals("balance")) {
          balances++;
          for (Effect e : EFFECTS) {
            close(scenario + " " + g + " balance " + e.key(), row.get(e.key()).asDouble(), s[e.ordinal()]);
          }
        } else {
          for (Effect e : EFFECTS) {
            s[e.ordinal()] += row.get(e.key()).isNull() ? 0 : row.get(e.key()).asDouble();
          }
        }
        if (!row.get("total").isNull()) {
          double parts = 0;
          for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED)) {
            parts += row.get(e.key()).asDouble();
          }
          close(scenario + " " + row.get("item").asText() + " total", row.get("total").asDouble(), parts);
        }
      }
      assertThat(balances).isEqualTo(2);
    }
  }

  @Test
  void thePhasedScenarioShowsEiBenefitsByQuarterAddingToTheHorizon() throws Exception {
    Cli.Result json = Cli.run("run", PHASED, "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode fiscal = new ObjectMapper().readTree(json.out()).get("fiscal");
    assertThat(fiscal.get("tax_year").asInt()).as("the year of the earliest effective date").isEqualTo(2025);
    JsonNode periods = fiscal.get("by_period");
    assertThat(periods.size()).isEqualTo(9); // 2025-Q1 .. 2026-Q4, then the horizon
    assertThat(periods.get(0).get("period").asText()).isEqualTo("2025-Q1");
    JsonNode horizon = periods.get(periods.size() - 1);
    assertThat(horizon.get("period").asText()).isEqualTo("Horizon");
    double sum = 0;
    double federal = 0;
    for (int p = 0; p < periods.size() - 1; p++) {
      sum += periods.get(p).get("federal").get("ei_benefits").asDouble();
      federal += periods.get(p).get("federal").get("balance").asDouble();
      // the names nest the government, the item and the side
      assertThat(periods.get(p).get("provincial").get("qpp").get("employer").isNumber()).isTrue();
    }
    close("EI benefits over the quarters", horizon.get("federal").get("ei_benefits").asDouble(), sum);
    close("federal balance over the quarters", horizon.get("federal").get("balance").asDouble(), federal);
    JsonNode total = null;
    for (JsonNode row : fiscal.get("items")) {
      if (row.get("item").asText().equals("federal.ei_benefits")) {
        total = row.get("total");
      }
    }
    close("the horizon row is the table's total", horizon.get("federal").get("ei_benefits").asDouble(),
        total.asDouble());
    assertThat(sum).as("the layoffs draw benefits").isLessThan(0);
    // the waiting week: a layoff phased in from 22 January draws little in the first quarter
    assertThat(Math.abs(periods.get(0).get("federal").get("ei_benefits").asDouble()))
        .isLessThan(Math.abs(periods.get(1).get("federal").get("ei_benefits").asDouble()) / 10);

    Cli.Result table = Cli.run("run", PHASED, "--no-color");
    assertThat(table.out()).contains("\nFiscal by period (total effect; CAD of 2025 in the period; "
        + "each effect in the JSON, the CSV and "
        + "the workbook)\n");
    String q2 = table.out().lines().filter(l -> l.startsWith("  2025-Q2") && l.trim().split(" +").length == 4)
        .findFirst().orElseThrow();
    assertThat(q2.trim().split(" +")[1]).isEqualTo(Fmt.grouped(periods.get(1).get("federal").get("ei_benefits")
        .asDouble(), 0));
  }

  /**
   * Under {@code --draws} on the uncertainty scenario, each item and balance has the draws' P5, P50, P95 beside its
   * point estimate (the account of the run without draws), in every format; the bands bracket the point estimate
   * and the same seed gives the same bytes.
   */
  @Test
  void withDrawsEachItemHasItsBandsBesideThePointEstimate() throws Exception {
    String uncertain = Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString();
    JsonNode plain = new ObjectMapper().readTree(Cli.run("run", uncertain, "--format", "json").out()).get("fiscal");
    Cli.Result drawn = Cli.run("run", uncertain, "--format", "json", "--draws", "300", "--seed", "3");
    assertThat(drawn.exit()).as(drawn.err()).isZero();
    assertThat(Cli.run("run", uncertain, "--format", "json", "--draws", "300", "--seed", "3").out())
        .as("the same seed, the same bytes").isEqualTo(drawn.out());
    JsonNode fiscal = new ObjectMapper().readTree(drawn.out()).get("fiscal");
    assertThat(fiscal.get("items")).isEqualTo(plain.get("items"));
    assertThat(fiscal.get("notes").toString()).doesNotContain("do not carry it");
    JsonNode bands = fiscal.get("bands");
    assertThat(bands.size()).isEqualTo(plain.get("items").size());
    int bracketed = 0;
    for (int r = 0; r < bands.size(); r++) {
      JsonNode band = bands.get(r);
      JsonNode item = plain.get("items").get(r);
      assertThat(band.get("item").asText()).isEqualTo(item.get("item").asText());
      for (Effect e : EFFECTS) {
        JsonNode b = band.get(e.key());
        if (item.get(e.key()).isNull()) {
          assertThat(b.get("p5").isNull()).as("not available in every draw").isTrue();
          continue;
        }
        assertThat(b.get("point").asDouble()).isEqualTo(item.get(e.key()).asDouble());
        double p5 = b.get("p5").asDouble();
        double p95 = b.get("p95").asDouble();
        double point = b.get("point").asDouble();
        assertThat(point).as(band.get("item").asText() + " " + e.key()).isBetween(Math.min(p5, p95),
            Math.max(p5, p95));
        assertThat(b.get("p50").asDouble()).isBetween(Math.min(p5, p95), Math.max(p5, p95));
        assertThat(p5).as("a band, not a point").isNotEqualTo(p95);
        bracketed++;
      }
    }
    assertThat(bracketed).isEqualTo(12 * 4 + 2 * 4);

    Cli.Result table = Cli.run("run", uncertain, "--no-color", "--draws", "300", "--seed", "3");
    assertThat(table.out()).contains("\nFiscal bands (300 draws), total effect (CAD of 2025 per year)\n");
    String federal = table.out().lines().filter(l -> l.startsWith("  Balance, federal government")).skip(1)
        .findFirst().orElseThrow();
    JsonNode federalBand = bands.get(6).get("total");
    assertThat(federal.substring("  Balance, federal government".length()).trim().split(" +")).containsExactly(
        Fmt.grouped(federalBand.get("point").asDouble(), 0), Fmt.grouped(federalBand.get("p5").asDouble(), 0),
        Fmt.grouped(federalBand.get("p50").asDouble(), 0), Fmt.grouped(federalBand.get("p95").asDouble(), 0));

    Cli.Result csv = Cli.run("run", uncertain, "--format", "csv", "--draws", "300", "--seed", "3");
    String bandsCsv = java.util.Arrays.stream(csv.out().split("\n\n")).filter(p -> p.startsWith(
        "government,item,kind,label,direct.point,")).findFirst().orElseThrow();
    String balance = bandsCsv.lines().filter(l -> l.startsWith("federal,federal.balance,")).findFirst().orElseThrow();
    String[] f = balance.split(",", -1);
    close("csv total p95", Double.parseDouble(f[f.length - 3]), federalBand.get("p95").asDouble());

    Path xlsx = tmp.resolve("drawn.xlsx");
    assertThat(Cli.run("run", uncertain, "--format", "xlsx", "--draws", "300", "--seed", "3", "-o",
        xlsx.toString()).exit()).isZero();
    assertThat(WorkbookCells.read(xlsx).sheetNames()).contains("Fiscal", "Fiscal bands");
  }

  /**
   * Each shock's and each period's JSON entry carries its own fiscal block: the figures of {@code by_shock} and
   * {@code by_period}, the entries' provincial balances adding up to the scenario's total, and within each entry the
   * federal balance the sum of its federal items; a model without an account carries none.
   */
  @Test
  void eachShocksAndPeriodsEntryCarriesItsFiscalBlock() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Cli.run("run", PHASED, "--format", "json").out());
    JsonNode fiscal = doc.get("fiscal");
    double provincialTotal = 0;
    for (JsonNode row : fiscal.get("items")) {
      if (row.get("item").asText().equals("provincial.balance")) {
        provincialTotal = row.get("total").asDouble();
      }
    }
    double sum = 0;
    for (int k = 0; k < doc.get("shocks").size(); k++) {
      JsonNode entry = doc.get("shocks").get(k).get("fiscal");
      JsonNode row = fiscal.get("by_shock").get(k);
      assertThat(row.get("shock").asText()).isEqualTo(doc.get("shocks").get(k).get("name").asText());
      for (String government : List.of("federal", "provincial")) {
        assertThat(entry.get(government)).isEqualTo(row.get(government));
      }
      JsonNode federal = entry.get("federal");
      double items = federal.get("income_tax").asDouble() + federal.get("ei").get("employee").asDouble()
          + federal.get("ei").get("employer").asDouble() + federal.get("gst").asDouble()
          + federal.get("ei_benefits").asDouble();
      close("shock " + k + " federal balance", federal.get("balance").asDouble(), items);
      sum += entry.get("provincial").get("balance").asDouble();
    }
    close("the shocks' provincial balances", sum, provincialTotal);
    JsonNode periods = doc.get("timeline");
    assertThat(periods.size()).isGreaterThan(1);
    for (int p = 0; p < periods.size(); p++) {
      JsonNode row = fiscal.get("by_period").get(p);
      assertThat(row.get("period").asText()).isEqualTo(periods.get(p).get("period").asText());
      for (String government : List.of("federal", "provincial")) {
        assertThat(periods.get(p).get("fiscal").get(government)).isEqualTo(row.get(government));
      }
    }
    Path us = tmp.resolve("us-shocks.yaml");
    Files.writeString(us, "name: us\nclosures:\n  - name: plant\n    sector: \"211\"\n    annual_output: 1000\n");
    JsonNode outside = new ObjectMapper().readTree(Cli.run("run", us.toString(), "--model", "us-2022", "--format",
        "json").out());
    assertThat(outside.get("shocks").size()).isEqualTo(1);
    for (JsonNode shock : outside.get("shocks")) {
      assertThat(shock.has("fiscal")).isFalse();
    }
  }

  /** Each shock's own account, in every format, adds up to the scenario's, item by item. */
  @Test
  void theShocksAccountsAddUpToTheScenarios() throws Exception {
    for (String scenario : List.of(FLAGSHIP, PHASED, Cli.scenario("quebec-amazon-2025-recapture.yaml").toString())) {
      JsonNode fiscal = new ObjectMapper().readTree(Cli.run("run", scenario, "--format", "json").out())
          .get("fiscal");
      JsonNode shocks = fiscal.get("by_shock");
      assertThat(shocks.size()).isGreaterThan(1);
      for (JsonNode row : fiscal.get("items")) {
        String[] path = row.get("item").asText().split("\\.");
        if (row.get("total").isNull()) {
          continue;
        }
        double sum = 0;
        for (JsonNode shock : shocks) {
          JsonNode v = shock;
          for (String part : path) {
            v = v.get(part);
          }
          sum += v.asDouble();
        }
        close(scenario + " " + row.get("item").asText() + " over the shocks", sum, row.get("total").asDouble());
      }
      // the CSV's by-shock table has the JSON's figures
      String csv = Cli.run("run", scenario, "--format", "csv").out();
      String byShock = java.util.Arrays.stream(csv.split("\n\n")).filter(p -> p.startsWith("shock,"))
          .findFirst().orElseThrow();
      List<String> header = List.of(byShock.lines().findFirst().orElseThrow().split(","));
      List<String> lines = byShock.lines().skip(1).toList();
      assertThat(lines).hasSize(shocks.size());
      int col = header.indexOf("provincial.balance");
      for (int s = 0; s < lines.size(); s++) {
        String[] cells = lines.get(s).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        close("csv shock " + s, Double.parseDouble(cells[col]),
            shocks.get(s).get("provincial").get("balance").asDouble());
      }
    }
  }

  @Test
  void aModelOutsideQuebecSaysNotAvailableWithItsReason() throws Exception {
    Path s = tmp.resolve("us.yaml");
    Files.writeString(s, "name: us\nclosures:\n  - name: plant\n    sector: \"211\"\n    annual_output: 1000\n");
    Cli.Result json = Cli.run("run", s.toString(), "--model", "us-2022", "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode fiscal = new ObjectMapper().readTree(json.out()).get("fiscal");
    assertThat(fiscal.get("available").asBoolean()).isFalse();
    assertThat(fiscal.get("region").asText()).isEqualTo("United States");
    assertThat(fiscal.get("reason").asText()).isEqualTo("fiscal account not available: the account covers "
        + "Canada's provinces (CAD) only; the model's region is United States in USD");
    assertThat(fiscal.has("items")).isFalse();
    Cli.Result table = Cli.run("run", s.toString(), "--model", "us-2022", "--no-color");
    assertThat(table.out())
        .contains("\nFiscal\n  - fiscal account not available: the account covers Canada's provinces");
    Cli.Result csv = Cli.run("run", s.toString(), "--model", "us-2022", "--format", "csv");
    assertThat(csv.out()).as("no fiscal table in the CSV").doesNotContain("\n\n").doesNotContain("federal.");
  }

  @Test
  void theEarliestEffectiveDateSetsTheTaxYear() throws Exception {
    String text = Files.readString(Path.of(PHASED)).replace("start: 2025-01-01", "start: 2024-10-01")
        .replaceFirst("effective: 2025-01-22", "effective: 2024-12-15");
    Path s = tmp.resolve("early.yaml");
    Files.writeString(s, text);
    Cli.Result json = Cli.run("run", s.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode fiscal = new ObjectMapper().readTree(json.out()).get("fiscal");
    assertThat(fiscal.get("tax_year").asInt()).as("one closure effective in 2024").isEqualTo(2024);
    assertThat(fiscal.get("reason").asText()).startsWith("fiscal account not available: no tax parameters for 2024");
  }

  /**
   * The federal-contracts scenario (a gain) shows the federal side: revenue gained is positive, no EI benefits are
   * paid on a gain (a true zero, said in the notes), and each balance is the sum of its government's items.
   */
  @Test
  void theFederalContractsScenarioShowsTheFederalSide() throws Exception {
    Cli.Result r = Cli.run("run", Cli.scenario("federal-cloud-contracts.yaml").toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode fiscal = new ObjectMapper().readTree(r.out()).get("fiscal");
    assertThat(fiscal.get("available").asBoolean()).isTrue();
    Map<String, Double> total = new LinkedHashMap<>();
    for (JsonNode row : fiscal.get("items")) {
      total.put(row.get("item").asText(), row.get("total").isNull() ? Double.NaN : row.get("total").asDouble());
    }
    assertThat(total.get("federal.income_tax")).isPositive();
    assertThat(total.get("federal.ei.employee")).isPositive();
    assertThat(total.get("federal.ei_benefits")).isZero();
    assertThat(total.get("federal.production_taxes")).isNaN();
    for (String government : List.of("federal", "provincial")) {
      double sum = 0;
      for (Map.Entry<String, Double> e : total.entrySet()) {
        if (e.getKey().startsWith(government + ".") && !e.getKey().endsWith(".balance") && !e.getValue().isNaN()) {
          sum += e.getValue();
        }
      }
      assertThat(total.get(government + ".balance")).isPositive().isCloseTo(sum, within(1e-6 * Math.abs(sum)));
    }
    assertThat(fiscal.get("notes").toString()).contains("no job is lost, so no EI benefits are paid");
  }
}

package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * The fiscal account period by period for each effect, through {@code ripple run} on the phased scenario: JSON's
 * {@code by_period} rows carry {@code direct}, {@code indirect} and {@code induced} beside the total's fields, and
 * the CSV and the workbook a table a row per period and effect. For every period and line the three effects add to
 * the total, each effect's periods add to its horizon row, and the horizon row of an effect is that effect's column
 * of the "Fiscal" table; the CSV and the workbook carry the JSON's figures.
 */
class FiscalByPeriodEffectCliTest {
  private static final String PHASED = Cli.scenario("quebec-amazon-2025-phased.yaml").toString();
  private static final String[] PARTS = {"direct", "indirect", "induced"};

  @TempDir
  Path tmp;

  /** An object's numbers by dotted key ({@code federal.ei.employee}), null (not available) as NaN. */
  private static Map<String, Double> leaves(JsonNode node, String prefix, Map<String, Double> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
      if (f.getValue().isObject()) {
        leaves(f.getValue(), key, out);
      } else if (f.getValue().isNull()) {
        out.put(key, Double.NaN);
      } else if (f.getValue().isNumber()) {
        out.put(key, f.getValue().asDouble());
      }
    }
    return out;
  }

  /** A by_period row's total-effect figures: its government objects, not the effects'. */
  private static Map<String, Double> total(JsonNode row) {
    Map<String, Double> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = row.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isObject() && !List.of(PARTS).contains(f.getKey())) {
        leaves(f.getValue(), f.getKey(), out);
      }
    }
    return out;
  }

  private static void close(String where, double shown, double exact, double tolerance) {
    if (Double.isNaN(exact)) {
      assertThat(shown).as(where + ": not available").isNaN();
    } else {
      assertThat(shown).as(where).isCloseTo(exact, within(tolerance * Math.max(1, Math.abs(exact))));
    }
  }

  @Test
  void eachPeriodsEffectsAddToItsTotalAndEachEffectsPeriodsToTheHorizon() throws Exception {
    Cli.Result json = Cli.run("run", PHASED, "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode fiscal = new ObjectMapper().readTree(json.out()).get("fiscal");
    JsonNode periods = fiscal.get("by_period");
    assertThat(periods.size()).isEqualTo(9); // eight quarters, then the horizon
    int last = periods.size() - 1;
    List<String> keys = new ArrayList<>(total(periods.get(0)).keySet());
    assertThat(keys).contains("federal.ei.employee", "federal.ei_benefits", "federal.balance", "provincial.qst",
        "provincial.balance", "federal.production_taxes");
    int checked = 0;
    for (int p = 0; p <= last; p++) {
      JsonNode row = periods.get(p);
      Map<String, Double> sum = total(row);
      assertThat(sum.keySet()).containsExactlyElementsOf(keys);
      for (String k : keys) {
        double parts = 0;
        for (String e : PARTS) {
          Map<String, Double> effect = leaves(row.get(e), "", new LinkedHashMap<>());
          assertThat(effect.keySet()).as(e).containsExactlyElementsOf(keys);
          parts += effect.get(k);
        }
        close(row.get("period").asText() + " " + k + ": direct + indirect + induced", parts, sum.get(k), 1e-6);
        checked += Double.isNaN(sum.get(k)) ? 0 : 1;
      }
    }
    assertThat(checked).isEqualTo(9 * (keys.size() - 2)); // every line but the two production taxes
    // each effect's periods add to its horizon row, which is that effect's column of the "Fiscal" table
    Map<String, Map<String, Double>> summary = new LinkedHashMap<>();
    for (JsonNode item : fiscal.get("items")) {
      Map<String, Double> byEffect = new LinkedHashMap<>();
      for (String e : List.of("direct", "indirect", "induced", "total")) {
        byEffect.put(e, item.get(e).isNull() ? Double.NaN : item.get(e).asDouble());
      }
      summary.put(item.get("item").asText(), byEffect);
    }
    assertThat(summary.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    for (String e : PARTS) {
      for (String k : keys) {
        double periodsSum = 0;
        for (int p = 0; p < last; p++) {
          periodsSum += leaves(periods.get(p).get(e), "", new LinkedHashMap<>()).get(k);
        }
        double horizon = leaves(periods.get(last).get(e), "", new LinkedHashMap<>()).get(k);
        close(e + " " + k + " over the quarters", periodsSum, horizon, 1e-9);
        close(e + " " + k + " horizon is the Fiscal table's", horizon, summary.get(k).get(e), 1e-12);
      }
    }
    // the layoffs' EI benefits are mostly direct, and induced jobs come later than direct ones
    double directBenefits = periods.get(last).get("direct").get("federal").get("ei_benefits").asDouble();
    assertThat(directBenefits).isLessThan(0);
    assertThat(periods.get(0).get("induced").get("federal").get("income_tax").asDouble() / periods.get(0)
        .get("direct").get("federal").get("income_tax").asDouble()).isLessThan(0.05);

    // CSV: the table "period,effect,..." after the others, a row per period and effect, the JSON's figures
    Cli.Result csv = Cli.run("run", PHASED, "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("period,effect,")).findFirst().orElseThrow());
    String[] header = lines.get(head).split(",", -1);
    assertThat(List.of(header).subList(2, header.length)).containsExactlyElementsOf(keys);
    String[] effects = {"direct", "indirect", "induced", "total"};
    for (int p = 0; p <= last; p++) {
      for (int e = 0; e < effects.length; e++) {
        String[] cells = lines.get(head + 1 + p * 4 + e).split(",", -1);
        assertThat(cells[0]).isEqualTo(periods.get(p).get("period").asText());
        assertThat(cells[1]).isEqualTo(effects[e]);
        Map<String, Double> want = e == 3 ? total(periods.get(p))
            : leaves(periods.get(p).get(effects[e]), "", new LinkedHashMap<>());
        for (int c = 2; c < cells.length; c++) {
          close("csv " + cells[0] + " " + effects[e] + " " + header[c], cells[c].isEmpty() ? Double.NaN
              : Double.parseDouble(cells[c]), want.get(header[c]), 1e-15);
        }
      }
    }
    assertThat(lines.size()).isEqualTo(head + 1 + 9 * 4);

    // workbook: the sheet "Fiscal by period and effect", title row, header row, then the rows
    Path xlsx = tmp.resolve("phased.xlsx");
    Cli.Result book = Cli.run("run", PHASED, "--format", "xlsx", "--output", xlsx.toString());
    assertThat(book.exit()).as(book.err()).isZero();
    WorkbookCells cells = WorkbookCells.read(xlsx);
    String sheet = "Fiscal by period and effect";
    assertThat(cells.sheetNames()).contains("Fiscal by period", sheet);
    int balance = 2 + keys.indexOf("provincial.balance");
    String column = String.valueOf((char) ('A' + balance));
    for (int p = 0; p <= last; p++) {
      for (int e = 0; e < effects.length; e++) {
        int r = 3 + p * 4 + e;
        assertThat(cells.text(sheet, "B" + r)).isEqualTo(effects[e]);
        double want = e == 3 ? total(periods.get(p)).get("provincial.balance")
            : periods.get(p).get(effects[e]).get("provincial").get("balance").asDouble();
        close("xlsx " + column + r, cells.number(sheet, column + r), want, 1e-12);
      }
    }

    // the terminal keeps the total and says where the effects are
    Cli.Result table = Cli.run("run", PHASED, "--no-color");
    assertThat(table.out()).contains("\nFiscal by period (total effect; CAD of 2025 in the period; each effect in "
        + "the JSON, the CSV and the workbook)\n").doesNotContain("Fiscal by period and effect");
  }
}

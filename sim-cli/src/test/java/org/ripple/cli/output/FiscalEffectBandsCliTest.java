package org.ripple.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * The fiscal bands by period for each effect under {@code run --draws}: each {@code bands_by_period} row carries
 * {@code direct}, {@code indirect} and {@code induced} beside the total's statistics, whose point estimates are the
 * run's {@code by_period} figures of that effect and which the draws' P5 and P95 bracket; the same seed gives the
 * same bytes; a one-year horizon's bands by effect are the annual bands by effect.
 */
class FiscalEffectBandsCliTest {
  private static final String[] PARTS = {"direct", "indirect", "induced"};
  private static final String[] STATS = {"point", "p5", "p50", "p95", "mean", "sd"};

  @TempDir
  Path tmp;
  private Path phased;

  @BeforeEach
  void scenario() throws Exception {
    phased = Files.createDirectories(tmp.resolve("bandes é")).resolve("phased uncertain é.yaml");
    String text = Files.readString(Cli.scenario("quebec-amazon-2025-phased.yaml"));
    assertThat(text).contains("    jobs: 500\n");
    Files.writeString(phased, text.replace("    jobs: 500\n", "    jobs: {distribution: uniform, min: 400, "
        + "max: 600}\n"));
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  /** Calls {@code each} with every (dotted key, object of statistics) under {@code node}. */
  private static void statistics(JsonNode node, String prefix, java.util.function.BiConsumer<String, JsonNode> each) {
    if (node.has("point")) {
      each.accept(prefix, node);
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getValue().isObject()) {
        statistics(f.getValue(), prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), each);
      }
    }
  }

  private static JsonNode at(JsonNode node, String path) {
    for (String part : path.split("\\.")) {
      node = node.get(part);
      assertThat(node).as(path).isNotNull();
    }
    return node;
  }

  @Test
  void eachEffectsBandsBracketItsPointEstimatePeriodByPeriod() throws Exception {
    JsonNode fiscal = json("run", phased.toString(), "--format", "json", "--draws", "120", "--seed", "9")
        .get("fiscal");
    JsonNode bands = fiscal.get("bands_by_period");
    JsonNode points = fiscal.get("by_period");
    assertThat(bands.size()).isEqualTo(9);
    int[] checked = {0, 0};
    for (int p = 0; p < bands.size(); p++) {
      JsonNode row = bands.get(p);
      JsonNode point = points.get(p);
      for (String e : PARTS) {
        String where = row.get("period").asText() + " " + e;
        statistics(row.get(e), "", (key, s) -> {
          JsonNode own = at(point.get(e), key);
          if (own.isNull()) {
            for (String stat : STATS) {
              assertThat(s.get(stat).isNull()).as(where + " " + key + " " + stat).isTrue();
            }
            return;
          }
          double value = s.get("point").asDouble();
          assertThat(value).as(where + " " + key + " point").isEqualTo(own.asDouble());
          assertThat(s.get("p5").asDouble()).as(where + " " + key + " p5").isLessThanOrEqualTo(value);
          assertThat(s.get("p95").asDouble()).as(where + " " + key + " p95").isGreaterThanOrEqualTo(value);
          assertThat(s.get("p50").asDouble()).isBetween(s.get("p5").asDouble(), s.get("p95").asDouble());
          checked[0]++;
          checked[1] += s.get("p5").asDouble() < s.get("p95").asDouble() ? 1 : 0;
        });
      }
    }
    assertThat(checked[0]).as("every line but the production taxes, 3 effects, 9 rows").isEqualTo(9 * 3 * 14);
    assertThat(checked[1]).as("the drawn jobs spread most bands").isGreaterThan(9 * 3 * 10);
    // the direct, indirect and induced P50s are not the total's: the effects' bands are their own
    assertThat(at(bands.get(1), "direct.federal.balance.p50").asDouble())
        .isNotEqualTo(at(bands.get(1), "federal.balance.p50").asDouble());

    // the CSV's table a row per period and effect carries the JSON's statistics
    Cli.Result csv = Cli.run("run", phased.toString(), "--format", "csv", "--draws", "120", "--seed", "9");
    List<String> lines = csv.out().lines().toList();
    int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("period,effect,federal.income_tax.point,"))
        .findFirst().orElseThrow());
    List<String> header = List.of(lines.get(head).split(",", -1));
    String[] q2Induced = lines.get(head + 1 + 4 + 2).split(",", -1);
    assertThat(q2Induced[0] + " " + q2Induced[1]).isEqualTo("2025-Q2 induced");
    for (String stat : STATS) {
      assertThat(Double.parseDouble(q2Induced[header.indexOf("provincial.balance." + stat)])).as(stat)
          .isEqualTo(at(bands.get(1), "induced.provincial.balance." + stat).asDouble());
    }
    String[] q2Total = lines.get(head + 1 + 4 + 3).split(",", -1);
    assertThat(Double.parseDouble(q2Total[header.indexOf("federal.ei_benefits.p95")]))
        .isEqualTo(at(bands.get(1), "federal.ei_benefits.p95").asDouble());
    assertThat(lines.size()).isEqualTo(head + 1 + 9 * 4);

    Path xlsx = tmp.resolve("bands é.xlsx");
    assertThat(Cli.run("run", phased.toString(), "--format", "xlsx", "--draws", "120", "--seed", "9", "--output",
        xlsx.toString()).exit()).isZero();
    WorkbookCells cells = WorkbookCells.read(xlsx);
    assertThat(cells.sheetNames()).contains("Fiscal bands by period", "Fiscal bands, period and effect");
    assertThat(cells.text("Fiscal bands, period and effect", "B3")).isEqualTo("direct");
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    for (String format : List.of("json", "csv")) {
      String once = Cli.run("run", phased.toString(), "--format", format, "--draws", "60", "--seed", "5").out();
      assertThat(once).contains("direct");
      assertThat(Cli.run("run", phased.toString(), "--format", format, "--draws", "60", "--seed", "5").out())
          .as(format).isEqualTo(once);
    }
  }

  /** With a one-year horizon, the year's bands of each effect are that effect's annual bands. */
  @Test
  void aOneYearHorizonGivesTheAnnualBandsOfEachEffect() throws Exception {
    Path year = tmp.resolve("one year é.yaml");
    String uncertain = Cli.scenario("quebec-amazon-2025-uncertainty.yaml").toString();
    Files.writeString(year, Files.readString(Path.of(uncertain))
        + "horizon:\n  start: 2025-01-01\n  end: 2025-12-31\nperiod: year\n");
    JsonNode dated = json("run", year.toString(), "--format", "json", "--draws", "120", "--seed", "9");
    JsonNode annual = json("run", uncertain, "--format", "json", "--draws", "120", "--seed", "9");
    JsonNode period = dated.get("fiscal").get("bands_by_period").get(0);
    int compared = 0;
    for (JsonNode band : annual.get("fiscal").get("bands")) {
      for (String e : PARTS) {
        JsonNode want = band.get(e);
        JsonNode stats = at(period.get(e), band.get("item").asText());
        for (String stat : STATS) {
          if (want.get(stat).isNull()) {
            assertThat(stats.get(stat).isNull()).isTrue();
            continue;
          }
          double expected = want.get(stat).asDouble();
          assertThat(stats.get(stat).asDouble()).as(e + " " + band.get("item").asText() + " " + stat)
              .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(14 * 3 * 6);
  }
}

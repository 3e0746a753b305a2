package org.ripple.cli.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.model.ModelReader;
import org.ripple.cli.model.Models;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;

/** NAICS codes in scenarios through the model's concordance.csv, and {@code ripple model aggregate}. */
class ConcordanceTest {
  @TempDir
  Path tmp;

  private Path scenario(String shock) throws IOException {
    Path f = tmp.resolve("s.yaml");
    Files.writeString(f, "name: t\nclosures:\n  - name: warehouse\n    " + shock + "\n    jobs: 100\n");
    return f;
  }

  @Test
  void naicsMapsToTheSectorAndSaysSo() throws IOException {
    Cli.Result byNaics = Cli.run("run", scenario("naics: \"493\"").toString(), "--format", "csv");
    Cli.Result bySector = Cli.run("run", scenario("sector: TRANSPORT").toString(), "--format", "csv");
    assertThat(byNaics.exit()).as(byNaics.err()).isZero();
    assertThat(byNaics.out()).isEqualTo(bySector.out());
    Cli.Result table = Cli.run("run", scenario("naics: \"492\"").toString());
    assertThat(table.out()).contains("closures[0]: NAICS 492 mapped to sector TRANSPORT (Transportation Services) "
        + "by prefix 49 of concordance.csv");
    Cli.Result food = Cli.run("run", scenario("naics: \"3118\"").toString(), "--format", "json");
    assertThat(food.out()).contains("NAICS 3118 mapped to sector FOOD");
  }

  @Test
  void compareSweepAndReportMapNaicsToo() throws IOException {
    Path byNaics = scenario("naics: \"493\"");
    Path bySector = tmp.resolve("t.yaml");
    Files.writeString(bySector, "name: t\nclosures:\n  - name: warehouse\n    sector: TRANSPORT\n    jobs: 100\n");
    Cli.Result compare = Cli.run("compare", byNaics.toString(), bySector.toString(), "--format", "csv");
    assertThat(compare.exit()).as(compare.err()).isZero();
    for (String line : compare.out().split("\n")) {
      if (line.contains(",total,jobs,")) {
        assertThat(line.split(",")[4]).as("no difference between NAICS 493 and TRANSPORT: " + line)
            .isIn("0", "");
      }
    }
    Cli.Result sweep = Cli.run("sweep", byNaics.toString(), "--each", "closure", "--format", "csv");
    assertThat(sweep.exit()).as(sweep.err()).isZero();
    Path html = tmp.resolve("r.html");
    Cli.Result report = Cli.run("report", byNaics.toString(), "--out", html.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(html).exists();
  }

  @Test
  void unknownNaicsOrBothKeysAreScenarioErrors() throws IOException {
    Cli.Result r = Cli.run("run", scenario("naics: \"999\"").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("s.yaml:4:5: closures[0].naics: NAICS 999 matches no prefix");
    Cli.Result both = Cli.run("run", scenario("naics: \"493\"\n    sector: TRANSPORT").toString());
    assertThat(both.exit()).isEqualTo(3);
    assertThat(both.err()).contains("give sector or naics, not both");
    Cli.Result none = Cli.run("run", scenario("naics: \"493\"").toString(), "--model", "us-2022");
    assertThat(none.exit()).isEqualTo(3);
    assertThat(none.err()).contains("has no concordance.csv");
  }

  @Test
  void aggregatesToOneSectorPreservingTotals() throws IOException {
    Model q = Models.bundled("quebec-2021").model();
    StringBuilder map = new StringBuilder("sector,group,group_name\n");
    for (int i = 0; i < q.size(); i++) {
      map.append(q.sectors().at(i).code()).append(",ALL,All industries\n");
    }
    Path mapFile = tmp.resolve("map.csv");
    Files.writeString(mapFile, map);
    Path out = tmp.resolve("agg");
    Cli.Result r = Cli.run("model", "aggregate", "quebec-2021", "--map", mapFile.toString(), "--out",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Model a = ModelReader.read(out).model();
    assertThat(a.size()).isEqualTo(1);
    assertThat(a.output(0)).isCloseTo(q.total(Measure.OUTPUT), within(1e-6 * a.output(0)));
    assertThat(a.level(Measure.JOBS, 0)).isCloseTo(q.total(Measure.JOBS), within(1e-6));
    double zsum = 0;
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < q.size(); j++) {
        zsum += q.flow(i, j);
      }
    }
    // one sector: output multiplier 1 / (1 - sum Z / sum x)
    double expected = 1 / (1 - zsum / q.total(Measure.OUTPUT));
    assertThat(Multipliers.of(LeontiefSystem.of(a)).output(ModelType.TYPE_I, 0)).isCloseTo(expected, within(1e-9));
  }

  /** Aggregating us-2022 but keeping 111CA and GFGN apart keeps BEA's negative cell, accepted with its reason. */
  @Test
  void aggregationCarriesAcceptedNegativeFlows() throws IOException {
    Model us = Models.bundled("us-2022").model();
    StringBuilder map = new StringBuilder("sector,group,group_name\n");
    for (int i = 0; i < us.size(); i++) {
      String code = us.sectors().at(i).code();
      boolean mining = code.equals("211") || code.equals("212") || code.equals("213");
      map.append(code).append(',').append(mining ? "MIN" : code).append(',').append(mining ? "Mining" : code)
          .append('\n');
    }
    Path mapFile = tmp.resolve("map.csv");
    Files.writeString(mapFile, map);
    Path out = tmp.resolve("agg-us");
    Cli.Result r = Cli.run("model", "aggregate", "us-2022", "--map", mapFile.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("model.yaml"))).contains("negative_flows:\n  - from: \"111CA\"\n"
        + "    to: \"GFGN\"\n    reason: \"aggregated from us-2022, whose model.yaml accepts negative flows: As "
        + "published: ");
    Cli.Result v = Cli.run("validate", out.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("negative flow from 111CA to GFGN: -388.0923291771366, accepted in model.yaml");
  }

  @Test
  void aggregateNeedsEverySector() throws IOException {
    Path mapFile = tmp.resolve("map.csv");
    Files.writeString(mapFile, "sector,group\nAGRI,G\n");
    Cli.Result r = Cli.run("model", "aggregate", "quebec-2021", "--map", mapFile.toString(), "--out",
        tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("is not mapped; every sector needs a group");
    assertThat(tmp.resolve("o")).doesNotExist();
  }
}

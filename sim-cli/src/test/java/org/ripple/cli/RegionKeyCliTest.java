package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's top-level {@code region} (issue 16, item 6): one scenario on any model of its place. The flagship
 * (region: Quebec, bare codes) runs on the ten-province model with the by-province table and gives exactly the figures
 * of its provinces variant (written with QC. codes); on a single-region model the region must be the model's.
 */
class RegionKeyCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static final String SHOCKS = "closures:\n  - name: site\n    sector: TRANSPORT\n    jobs: 500\n"
      + "subcontractors:\n  - name: partners\n    sector: TRANSPORT\n    jobs: 300\n";

  private Path scenario(String name, String head) throws IOException {
    return Files.writeString(dir.resolve(name), "name: " + name.replace(".yaml", "") + "\n" + head + SHOCKS);
  }

  @Test
  void theFlagshipRunsOnTheProvincesModelWithTheByProvinceTable() throws IOException {
    String flagship = Cli.scenario("quebec-amazon-2025.yaml").toString();
    Cli.Result table = Cli.run("run", flagship, "--model", "canada-provinces-2021");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("By region (total effect)").contains("Outside QC").contains("Ontario");

    // the same figures as the variant that names QC.TRANSPORT: the placement is all the key does
    JsonNode placed = JSON.readTree(Cli.run("run", flagship, "--model", "canada-provinces-2021", "-f", "json").out());
    JsonNode variant = JSON.readTree(Cli.run("run", Cli.scenario("quebec-amazon-2025-provinces.yaml").toString(),
        "-f", "json").out());
    for (String key : new String[] {"summary", "sectors", "regions"}) {
      assertThat(placed.get(key)).as(key).isEqualTo(variant.get(key));
    }
    assertThat(placed.get("summary").get("total").get("jobs").asDouble()).isNegative();
  }

  @Test
  void onASingleRegionModelTheRegionMustBeTheModels() throws IOException {
    Path same = scenario("same.yaml", "region: quebec\n");
    Path absent = scenario("absent.yaml", "");
    Cli.Result a = Cli.run("run", same.toString(), "-f", "json");
    Cli.Result b = Cli.run("run", absent.toString(), "-f", "json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(JSON.readTree(a.out()).get("summary")).isEqualTo(JSON.readTree(b.out()).get("summary"));

    Path other = scenario("other.yaml", "region: Ontario\n");
    Cli.Result r = Cli.run("run", other.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + other + ":2:1: region: 'Ontario' is not the region "
        + "of model quebec-2021 (Quebec); give region: Quebec");
    assertThat(r.out()).isEmpty();
    Cli.Result v = Cli.run("validate", other.toString());
    assertThat(v.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
  }

  @Test
  void onTheProvincesModelARegionCodeOrNamePlacesBareCodes() throws IOException {
    Cli.Result byCode = Cli.run("run", scenario("code.yaml", "region: QC\n").toString(), "--model",
        "canada-provinces-2021", "-f", "json");
    Cli.Result byName = Cli.run("run", scenario("name.yaml", "region: Quebec\n").toString(), "--model",
        "canada-provinces-2021", "-f", "json");
    assertThat(byCode.exit()).as(byCode.err()).isZero();
    assertThat(JSON.readTree(byCode.out()).get("summary")).isEqualTo(JSON.readTree(byName.out()).get("summary"));
    // a code the model has is kept: an Ontario site in a Quebec scenario
    Path mixed = Files.writeString(dir.resolve("mixed.yaml"), "name: mixed\nregion: Quebec\nclosures:\n"
        + "  - name: here\n    sector: TRANSPORT\n    jobs: 100\n  - name: there\n    sector: ON.TRANSPORT\n"
        + "    jobs: 100\n");
    Cli.Result m = Cli.run("run", mixed.toString(), "--model", "canada-provinces-2021", "-f", "json");
    assertThat(m.exit()).as(m.err()).isZero();
    assertThat(m.out()).contains("\"ON.TRANSPORT\"").contains("\"QC.TRANSPORT\"");
  }

  @Test
  void mistakesAreOneLineAtTheKey() throws IOException {
    Path unknown = scenario("unknown.yaml", "region: Qebec\n");
    Cli.Result r = Cli.run("run", unknown.toString(), "--model", "canada-provinces-2021");
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(r.err()).hasLineCount(1).startsWith("ripple: " + unknown + ":2:1: region: 'Qebec' is not a region "
        + "of model canada-provinces-2021").endsWith("did you mean 'Quebec'?\n");

    Path typo = Files.writeString(dir.resolve("typo.yaml"), "name: typo\nregion: QC\nclosures:\n  - name: site\n"
        + "    sector: TRANSPRT\n    jobs: 10\n");
    Cli.Result t = Cli.run("run", typo.toString(), "--model", "canada-provinces-2021");
    assertThat(t.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(t.err()).hasLineCount(1).contains(":5:").contains("closures[0].sector: unknown sector 'TRANSPRT' in "
        + "region QC (Quebec) of model canada-provinces-2021; did you mean 'TRANSPORT'?");

    Path noRegion = scenario("none.yaml", "");
    Cli.Result n = Cli.run("run", noRegion.toString(), "--model", "canada-provinces-2021");
    assertThat(n.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(n.err()).hasLineCount(1).contains("unknown sector 'TRANSPORT' in model canada-provinces-2021, whose "
        + "sectors are by region").contains("region:");

    Path empty = scenario("empty.yaml", "region: \"  \"\n");
    Cli.Result e = Cli.run("run", empty.toString());
    assertThat(e.exit()).isEqualTo(ExitCodes.BAD_SCENARIO);
    assertThat(e.err()).hasLineCount(1).contains("region: is empty");
  }
}

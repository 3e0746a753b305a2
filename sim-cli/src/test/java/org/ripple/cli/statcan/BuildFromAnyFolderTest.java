package org.ripple.cli.statcan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;

/**
 * {@code model build}, {@code build-provinces} and {@code regionalize --compare} without {@code --source} read the qge
 * files inside the jar, so they work from any working directory (tests run in the module folder, where
 * {@code models/quebec-2021/source} does not exist), leave no temporary folder behind, and a rebuilt quebec-2021 keeps
 * its concordance, so {@code naics:} shocks keep working on it.
 */
class BuildFromAnyFolderTest {
  @TempDir Path tmp;

  @Test
  void theBuildWithoutSourceMakesTheBundledModelWithItsConcordance() throws Exception {
    assertThat(Path.of("models/quebec-2021/source")).doesNotExist();
    long tempsBefore = qgeTemps();
    Path out = tmp.resolve("q");
    Cli.Result r = Cli.run("model", "build", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    for (String f : List.of("model.yaml", "sectors.csv", "industry.csv", "transactions.csv", "concordance.csv")) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(ProjectRoot.model().resolve(f)));
    }
    assertThat(qgeTemps()).isEqualTo(tempsBefore);

    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(scenario, "name: t\nclosures:\n  - name: warehouse\n    naics: \"493\"\n    jobs: 100\n");
    Cli.Result onRebuilt = Cli.run("run", scenario.toString(), "--model", out.toString(), "--format", "csv");
    Cli.Result onBundled = Cli.run("run", scenario.toString(), "--format", "csv");
    assertThat(onRebuilt.exit()).as(onRebuilt.err()).isZero();
    assertThat(onRebuilt.out()).isEqualTo(onBundled.out());
  }

  @Test
  void theProvincesBuildAndTheComparisonNeedNoSource() throws Exception {
    Path out = tmp.resolve("p");
    Cli.Result r = Cli.run("model", "build-provinces", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out.resolve("transactions.csv"))).isEqualTo(Files.readAllBytes(
        ProjectRoot.get().resolve("models/canada-provinces-2021/transactions.csv")));
    Cli.Result compare = Cli.run("model", "regionalize", "--compare");
    assertThat(compare.exit()).as(compare.err()).isZero();
    assertThat(compare.out()).startsWith("Location quotients vs trade-based regional purchase coefficients");
    Cli.Result given = Cli.run("model", "regionalize", "--compare", "--source", ProjectRoot.source().toString());
    assertThat(given.out()).isEqualTo(compare.out());
  }

  private static long qgeTemps() throws Exception {
    try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("ripple-qge-")).count();
    }
  }
}

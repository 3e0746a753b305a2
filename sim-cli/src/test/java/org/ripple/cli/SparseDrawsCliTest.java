package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ripple run --draws} with {@code model_uncertainty} on a generated model of 700 sectors: above the dense
 * limit, so the automatic solver is BiCGSTAB and each draw perturbs A' in CSR and solves it iteratively. The same
 * seed gives the same bytes (in any locale), the bands bracket the point estimate, and {@code --solver dense-lu} (dense
 * draws, two LUs each) gives the same figures to the iterative solver's accuracy.
 */
class SparseDrawsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path[] files() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("modèle généré 700"));
    Cli.Result g = Cli.run("model", "generate", "--sectors", "700", "--density", "0.01", "--seed", "3", "--out",
        dir.toString());
    assertThat(g.exit()).as(g.err()).isZero();
    Path scenario = Files.writeString(tmp.resolve("fermeture é.yaml"), """
        name: g700-mu
        closures:
          - name: Plant
            sector: S000100
            annual_output: {distribution: uniform, min: 200e6, max: 400e6}
        model_uncertainty:
          coefficient_sigma: 0.1
          per: cell
          household_share_sigma: 0.1
        """, StandardCharsets.UTF_8);
    return new Path[] {dir, scenario};
  }

  private static String run(Path[] f, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "run";
    args[1] = f[1].toString();
    args[2] = "--model";
    args[3] = f[0].toString();
    args[4] = "--quiet";
    System.arraycopy(more, 0, args, 5, more.length);
    Cli.Result r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return r.out();
  }

  @Test
  void sparseDrawsAreReproducibleBracketThePointAndMatchDenseDraws() throws IOException {
    Path[] f = files();
    String first = run(f, "--format", "json", "--draws", "40", "--seed", "5");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(run(f, "--format", "json", "--draws", "40", "--seed", "5")).isEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(run(f, "--format", "json", "--draws", "40", "--seed", "6")).isNotEqualTo(first);

    JsonNode sparse = JSON.readTree(first);
    for (String measure : new String[] {"jobs", "labour_income", "value_added", "output"}) {
      JsonNode band = sparse.get("uncertainty").get("summary").get("total").get(measure);
      double point = sparse.get("summary").get("total").get(measure).asDouble();
      assertThat(point).as(measure).isBetween(band.get("p5").asDouble(), band.get("p95").asDouble());
      assertThat(band.get("sd").asDouble()).as(measure).isPositive();
    }

    JsonNode dense = JSON.readTree(run(f, "--format", "json", "--draws", "40", "--seed", "5", "--solver",
        "dense-lu"));
    for (String effect : new String[] {"direct", "indirect", "induced", "total"}) {
      for (String measure : new String[] {"jobs", "labour_income", "value_added", "output"}) {
        for (String stat : new String[] {"p5", "p50", "p95", "mean", "sd"}) {
          double d = dense.get("uncertainty").get("summary").get(effect).get(measure).get(stat).asDouble();
          double s = sparse.get("uncertainty").get("summary").get(effect).get(measure).get(stat).asDouble();
          double scale = Math.abs(dense.get("summary").get("total").get(measure).asDouble());
          assertThat(s).as("%s %s %s", effect, measure, stat).isCloseTo(d, within(1e-7 * scale));
        }
      }
    }
  }
}

package org.ripple.cli.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ripple.cli.Cli;
import org.ripple.cli.model.ModelReader;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.Multipliers;

/**
 * {@code ripple model build RECIPE --out DIR} end to end: the BEA 1997 make/use recipe gives BEA's published
 * industry-by-industry total output multipliers, read back from the written model folder; bad recipes fail with one
 * line and exit code 4, writing nothing.
 */
class RecipeBuildTest {
  private static final Path BEA = Cli.root().resolve("sim-core/src/test/resources/reference/"
      + "bea-1997-benchmark-summary/recipe.yaml");

  @TempDir
  Path tmp;

  @Test
  void bea1997RecipeReproducesPublishedMultipliers() {
    Path out = tmp.resolve("us-1997");
    Cli.Result r = Cli.run("model", "build", BEA.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote us-1997 (131 sectors)");
    Model m = ModelReader.read(out).model();
    Multipliers mult = Multipliers.of(LeontiefSystem.of(m));
    // published column sums of BEA's Table 8 (sums of its 7-decimal cells; ours are within 5.4e-7)
    assertThat(mult.output(ModelType.TYPE_I, m.sectors().positionOf("4930"))).isCloseTo(1.5554182, within(1e-6));
    assertThat(mult.output(ModelType.TYPE_I, m.sectors().positionOf("4920"))).isCloseTo(1.6634979, within(1e-6));
    assertThat(mult.output(ModelType.TYPE_I, m.sectors().positionOf("4840"))).isCloseTo(1.9893691, within(1e-6));
    assertThat(m.sectors().at(m.sectors().positionOf("4930")).name()).isEqualTo("Warehousing and storage");
    assertThat(m.has(org.ripple.core.Measure.JOBS)).isFalse();
  }

  @Test
  void unknownUseColumnIsOneLineAndNothingWritten() throws IOException {
    Path dir = BEA.getParent();
    String text = Files.readString(BEA).replace("F010, ", "");
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, text.replace("bea1997_", dir.toString().replace('\\', '/') + "/bea1997_"));
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("model", "build", recipe.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err().strip()).contains("column 'F010' is neither an industry").doesNotContain("\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownKindNamesTheKey() throws IOException {
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, "kind: make-usee\nname: x\nlicence: l\nattribution: a\nsources:\n  - title: t\n");
    Cli.Result r = Cli.run("model", "build", recipe.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("recipe.yaml:1:").contains("kind").contains("did you mean 'make-use'");
  }

  /**
   * The us-2022 recipe without its accept_negative_flows line: BEA's negative use cell (farm products bought by
   * federal general government) gives one negative flow, which is refused with the cell and the value.
   */
  @Test
  void aNegativeFlowInTheBuiltTableNeedsAReason() throws IOException {
    Path us = Cli.root().resolve("models/us-2022");
    String text = Files.readString(us.resolve("recipe.yaml"));
    assertThat(text).contains("accept_negative_flows: ");
    text = text.replaceAll("(?m)^accept_negative_flows: .*\n", "")
        .replace("source/", us.resolve("source").toString().replace('\\', '/') + "/");
    Path recipe = tmp.resolve("recipe.yaml");
    Files.writeString(recipe, text);
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("model", "build", recipe.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).hasLineCount(1).contains("recipe.yaml:").contains("the built table has 1 negative flow "
        + "(from 111CA to GFGN: -388.0923291771366); flows must be zero or more").contains("accept_negative_flows");
    assertThat(out).doesNotExist();
  }

  @Test
  void sourceAndRecipeTogetherIsUsage() {
    Cli.Result r = Cli.run("model", "build", BEA.toString(), "--source", "x", "--out", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
  }
}
